//! A deliberately naive evaluator, for differential tests: it walks the parsed syntax tree,
//! looks fields up by name, finds keywords with `str::match_indices` over each term, and
//! compiles regexes on the spot. It shares only the derived features and the normaliser with
//! the compiled evaluator, so disagreement points at the compiler, the automaton or `eval`.

use rust_decimal::Decimal;

use super::RuleSet;
use super::check::constant;
use super::eval::{compare_const, compare_values};
use super::expr::{CmpOp, Expr, Literal};
use super::features::{Facts, Value};
use super::schema::F;
use super::text::normalize;
use super::watchlist::Watchlist;
use crate::domain::Kind;

/// Evaluates `expr` naively; `None` means unknown.
pub fn evaluate(rules: &RuleSet, expr: &Expr, facts: &Facts<'_>, kind: Kind, watchlist: &Watchlist) -> Option<bool> {
    let naive = Naive { rules, facts, kind, watchlist };
    naive.eval(expr)
}

struct Naive<'r, 'a> {
    rules: &'r RuleSet,
    facts: &'r Facts<'a>,
    kind: Kind,
    watchlist: &'r Watchlist,
}

impl Naive<'_, '_> {
    fn field(&self, name: &str) -> F {
        F::by_name(name).unwrap_or(F::Text)
    }

    fn value(&self, name: &str) -> &Value<'_> {
        self.facts.get(self.field(name))
    }

    fn texts(&self, name: &str) -> Vec<String> {
        let field = self.field(name);
        let members: Vec<F> = if field.is_composite() { field.members(self.kind).to_vec() } else { vec![field] };
        let limit = self.rules.settings.limits.max_text_chars;
        members
            .into_iter()
            .filter_map(|m| match self.facts.get(m) {
                Value::Text(t) => Some(normalize(&t.chars().take(limit).collect::<String>()).text),
                _ => None,
            })
            .collect()
    }

    fn terms_found(&self, text: &str, set_name: &str) -> Vec<String> {
        let Some((_, terms)) = self.rules.keyword_sets.iter().find(|(n, _)| n == set_name) else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        for term in terms {
            let ascii_start = term.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
            let ascii_end = term.chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric());
            // `match_indices` skips overlapping occurrences; step through every start instead.
            let mut from = 0;
            while let Some(pos) = text.get(from..).and_then(|rest| rest.find(term.as_str())) {
                let start = from + pos;
                let end = start + term.len();
                let ok_start = !ascii_start || start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
                let ok_end = !ascii_end || end >= bytes.len() || !bytes[end].is_ascii_alphanumeric();
                if ok_start && ok_end {
                    found.push(term.clone());
                    break;
                }
                from = start + text[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        found
    }

    fn eval(&self, expr: &Expr) -> Option<bool> {
        match expr {
            Expr::Literal(..) => None,
            Expr::Field(name, _) => match self.value(name) {
                Value::Bool(b) => Some(*b),
                _ => None,
            },
            Expr::Not(inner, _) => self.eval(inner).map(|b| !b),
            Expr::And(items, _) => {
                let results: Vec<Option<bool>> = items.iter().map(|i| self.eval(i)).collect();
                if results.contains(&Some(false)) {
                    Some(false)
                } else if results.contains(&None) {
                    None
                } else {
                    Some(true)
                }
            }
            Expr::Or(items, _) => {
                let results: Vec<Option<bool>> = items.iter().map(|i| self.eval(i)).collect();
                if results.contains(&Some(true)) {
                    Some(true)
                } else if results.contains(&None) {
                    None
                } else {
                    Some(false)
                }
            }
            Expr::Compare(left, op, right, _) => self.compare(left, *op, right),
            Expr::InList(value, items, negated, _) => {
                let Expr::Field(name, _) = value.as_ref() else {
                    return None;
                };
                let v = self.value(name);
                if matches!(v, Value::Missing) {
                    return None;
                }
                let found = items.iter().any(|item| match item {
                    Expr::Literal(lit, _) => compare_const(v, CmpOp::Eq, &constant(lit).0) == Some(true),
                    _ => false,
                });
                Some(found != *negated)
            }
            Expr::InWatchlist(value, negated, _) => {
                let Expr::Field(name, _) = value.as_ref() else {
                    return None;
                };
                match self.value(name) {
                    Value::Text(t) => Some(self.watchlist.contains(t) != *negated),
                    _ => None,
                }
            }
            Expr::HasAny(value, set, _, _) => {
                let Expr::Field(name, _) = value.as_ref() else {
                    return None;
                };
                let texts = self.texts(name);
                if texts.is_empty() {
                    return None;
                }
                Some(texts.iter().any(|t| !self.terms_found(t, set).is_empty()))
            }
            Expr::Matches(value, set, _, _) => {
                let Expr::Field(name, _) = value.as_ref() else {
                    return None;
                };
                let texts = self.texts(name);
                if texts.is_empty() {
                    return None;
                }
                let patterns = self
                    .rules
                    .regex_sets
                    .iter()
                    .find(|(n, _, _)| n == set)
                    .map(|(_, _, p)| p.clone())
                    .unwrap_or_default();
                Some(texts.iter().any(|t| patterns.iter().any(|p| regex::Regex::new(p).is_ok_and(|r| r.is_match(t)))))
            }
            Expr::Call(name, _, args, _) => {
                let Some(Expr::Field(field, _)) = args.first() else {
                    return None;
                };
                let f = self.field(field);
                let members: Vec<F> = if f.is_composite() { f.members(self.kind).to_vec() } else { vec![f] };
                let present = members.iter().any(|m| !matches!(self.facts.get(*m), Value::Missing));
                match name.as_str() {
                    "exists" => Some(present),
                    "missing" => Some(!present),
                    _ => None,
                }
            }
        }
    }

    fn compare(&self, left: &Expr, op: CmpOp, right: &Expr) -> Option<bool> {
        match (left, right) {
            (Expr::Field(a, _), Expr::Field(b, _)) => compare_values(self.value(a), op, self.value(b)),
            (Expr::Field(a, _), Expr::Literal(lit, _)) => compare_const(self.value(a), op, &constant(lit).0),
            (Expr::Literal(lit, _), Expr::Field(b, _)) => {
                let flipped = match op {
                    CmpOp::Lt => CmpOp::Gt,
                    CmpOp::Le => CmpOp::Ge,
                    CmpOp::Gt => CmpOp::Lt,
                    CmpOp::Ge => CmpOp::Le,
                    other => other,
                };
                compare_const(self.value(b), flipped, &constant(lit).0)
            }
            (Expr::Call(name, _, args, _), Expr::Literal(Literal::Number(n), _)) if name == "distinct" => {
                let (Some(Expr::Field(field, _)), Some(Expr::Field(set, _))) = (args.first(), args.get(1)) else {
                    return None;
                };
                let texts = self.texts(field);
                if texts.is_empty() {
                    return None;
                }
                let mut terms: Vec<String> = texts.iter().flat_map(|t| self.terms_found(t, set)).collect();
                terms.sort();
                terms.dedup();
                Some(op.holds(Decimal::from(terms.len()).cmp(n)))
            }
            _ => None,
        }
    }
}
