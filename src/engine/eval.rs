//! Evaluation of compiled conditions over one request's facts, with three-valued logic:
//! a test on a missing field is *unknown*, `not unknown` is unknown, and a rule fires only
//! when its condition is definitely true. So a rule never fires on missing data by accident.

use std::cell::OnceCell;

use rust_decimal::Decimal;

use super::RuleSet;
use super::check::{Const, Node};
use super::expr::CmpOp;
use super::features::{Facts, JOIN_SEPARATOR, Value};
use super::matcher::KeywordHit;
use super::schema::{F, N_FIELDS};
use super::text::{NormalizedText, normalize};
use super::watchlist::Watchlist;
use crate::domain::{Evidence, Kind};

/// A text field, normalised and scanned for every keyword set at once.
#[derive(Debug)]
pub struct Scanned<'r> {
    /// The original text (truncated to the limit).
    pub original: &'r str,
    /// Its normalised form.
    pub norm: String,
    /// Every keyword occurrence.
    pub hits: Vec<KeywordHit>,
    /// One bit per keyword set that occurs, so that `has_any` is a bit test.
    /// (Sets past the first 256 are found by scanning `hits`.)
    pub sets: [u64; 4],
    /// The map from the normalised text back to the original, built for the first match that
    /// becomes evidence and shared by the rest.
    origin: OnceCell<NormalizedText>,
}

/// Per-request evaluation state: the facts, and text fields scanned on first use.
pub struct Evaluator<'r, 'a> {
    pub(crate) rules: &'r RuleSet,
    pub(crate) facts: &'r Facts<'a>,
    pub(crate) kind: Kind,
    pub(crate) watchlist: &'r Watchlist,
    /// Text fields scanned so far, by field; on the stack to keep the hot path off the heap.
    /// Boxed so that the per-request array stays small: few fields are ever scanned.
    scanned: [OnceCell<Option<Box<Scanned<'r>>>>; N_FIELDS],
}

impl<'r, 'a> Evaluator<'r, 'a> {
    /// An evaluator for one request.
    pub fn new(rules: &'r RuleSet, facts: &'r Facts<'a>, kind: Kind, watchlist: &'r Watchlist) -> Evaluator<'r, 'a> {
        Evaluator { rules, facts, kind, watchlist, scanned: std::array::from_fn(|_| OnceCell::new()) }
    }

    /// The scanned form of a plain text field, or `None` when the field is missing.
    pub fn scanned(&self, field: F) -> Option<&Scanned<'r>> {
        self.scanned[field as usize]
            .get_or_init(|| {
                let facts: &'r Facts<'a> = self.facts;
                let Value::Text(text) = facts.get(field) else {
                    return None;
                };
                let text: &'r str = text.as_ref();
                let limit = self.rules.settings.limits.max_text_chars;
                // A text of at most `limit` bytes has at most `limit` characters: no need to count.
                let original = match (text.len() > limit).then(|| text.char_indices().nth(limit)).flatten() {
                    Some((cut, _)) => &text[..cut],
                    None => text,
                };
                let (norm, hits) = self.rules.keywords.normalize_and_scan(original);
                let mut sets = [0u64; 4];
                for hit in hits.iter().filter(|h| h.set < 256) {
                    sets[hit.set as usize / 64] |= 1 << (hit.set % 64);
                }
                Some(Box::new(Scanned { original, norm, hits, sets, origin: OnceCell::new() }))
            })
            .as_deref()
    }

    /// The plain fields a (possibly composite) text field stands for.
    fn members(&self, field: F) -> &'static [F] {
        if field.is_composite() {
            field.members(self.kind)
        } else {
            std::slice::from_ref(F::ALL.get(field as usize).unwrap_or(&F::Text))
        }
    }

    /// Evaluates a condition: `Some(true)`, `Some(false)` or `None` (unknown).
    pub fn eval(&self, node: &Node) -> Option<bool> {
        match node {
            Node::Flag(f) => match self.facts.get(*f) {
                Value::Bool(b) => Some(*b),
                _ => None,
            },
            Node::Not(inner) => self.eval(inner).map(|b| !b),
            Node::And(items) => {
                let mut unknown = false;
                for item in items {
                    match self.eval(item) {
                        Some(false) => return Some(false),
                        None => unknown = true,
                        Some(true) => {}
                    }
                }
                (!unknown).then_some(true)
            }
            Node::Or(items) => {
                let mut unknown = false;
                for item in items {
                    match self.eval(item) {
                        Some(true) => return Some(true),
                        None => unknown = true,
                        Some(false) => {}
                    }
                }
                (!unknown).then_some(false)
            }
            Node::Compare(f, op, c) => compare_const(self.facts.get(*f), *op, c),
            Node::CompareFields(a, op, b) => compare_values(self.facts.get(*a), *op, self.facts.get(*b)),
            Node::InList(f, items, negated) => {
                let value = self.facts.get(*f);
                if matches!(value, Value::Missing) {
                    return None;
                }
                let found = items.iter().any(|c| compare_const(value, CmpOp::Eq, c) == Some(true));
                Some(found != *negated)
            }
            Node::InWatchlist(f, negated) => match self.facts.get(*f) {
                Value::Text(text) => Some(self.watchlist.contains(text) != *negated),
                _ => None,
            },
            Node::HasAny(f, set) => {
                let (word, bit) = (*set as usize / 64, 1u64 << (set % 64));
                match s_word(word) {
                    Some(word) => self.any_member(*f, |s| s.sets[word] & bit != 0),
                    None => self.any_member(*f, |s| s.hits.iter().any(|h| h.set == *set)),
                }
            }
            Node::Matches(f, set) => {
                let group = &self.rules.regex_sets[*set as usize].1;
                self.any_member(*f, |s| group.is_match(&s.norm))
            }
            Node::Distinct(f, set, op, n) => {
                let count = self.distinct_terms(*f, *set)?;
                Some(op.holds(Decimal::from(count).cmp(n)))
            }
            Node::Exists(f) => Some(self.members(*f).iter().any(|m| !matches!(self.facts.get(*m), Value::Missing))),
            Node::Missing(f) => Some(self.members(*f).iter().all(|m| matches!(self.facts.get(*m), Value::Missing))),
        }
    }

    fn any_member(&self, field: F, test: impl Fn(&Scanned<'_>) -> bool) -> Option<bool> {
        let mut present = false;
        for member in self.members(field) {
            if let Some(scanned) = self.scanned(*member) {
                present = true;
                if test(scanned) {
                    return Some(true);
                }
            }
        }
        present.then_some(false)
    }

    fn distinct_terms(&self, field: F, set: u32) -> Option<usize> {
        let mut present = false;
        let mut patterns: Vec<u32> = Vec::new();
        for member in self.members(field) {
            if let Some(scanned) = self.scanned(*member) {
                present = true;
                for hit in scanned.hits.iter().filter(|h| h.set == set) {
                    if !patterns.contains(&hit.pattern) {
                        patterns.push(hit.pattern);
                    }
                }
            }
        }
        present.then_some(patterns.len())
    }

    /// The evidence behind a condition that evaluated to true.
    pub fn explain(&self, node: &Node, out: &mut Vec<Evidence>) {
        match node {
            Node::Not(_) | Node::Missing(_) => {}
            Node::And(items) => items.iter().for_each(|i| self.explain(i, out)),
            Node::Or(items) => {
                for item in items {
                    if self.eval(item) == Some(true) {
                        self.explain(item, out);
                    }
                }
            }
            // The evidence of a watchlist hit says which entry: its kind, since when, from what.
            Node::InWatchlist(f, false) => {
                if let Value::Text(text) = self.facts.get(*f) {
                    let about = self.watchlist.about(text).unwrap_or("watchlist");
                    push_unique(
                        out,
                        Evidence { field: f.def().name.to_owned(), matched: format!("{text} ({about})"), at: None },
                    );
                }
            }
            Node::Flag(f) | Node::Compare(f, _, _) | Node::InList(f, _, false) | Node::Exists(f) => {
                if !f.is_composite() {
                    push_unique(
                        out,
                        Evidence { field: f.def().name.to_owned(), matched: display(self.facts.get(*f)), at: None },
                    );
                }
            }
            Node::CompareFields(a, _, b) => {
                for f in [a, b] {
                    push_unique(
                        out,
                        Evidence { field: f.def().name.to_owned(), matched: display(self.facts.get(*f)), at: None },
                    );
                }
            }
            Node::InList(..) | Node::InWatchlist(..) => {}
            Node::HasAny(f, set) => {
                for member in self.members(*f) {
                    if let Some(scanned) = self.scanned(*member) {
                        if let Some(hit) = scanned.hits.iter().find(|h| h.set == *set) {
                            push_unique(out, quote(*member, scanned, hit.start as usize, hit.end as usize));
                            return;
                        }
                    }
                }
            }
            Node::Distinct(f, set, _, _) => {
                let mut seen: Vec<u32> = Vec::new();
                for member in self.members(*f) {
                    if let Some(scanned) = self.scanned(*member) {
                        for hit in scanned.hits.iter().filter(|h| h.set == *set) {
                            if !seen.contains(&hit.pattern) {
                                seen.push(hit.pattern);
                                push_unique(out, quote(*member, scanned, hit.start as usize, hit.end as usize));
                            }
                        }
                    }
                }
            }
            Node::Matches(f, set) => {
                let group = &self.rules.regex_sets[*set as usize].1;
                for member in self.members(*f) {
                    if let Some(scanned) = self.scanned(*member) {
                        if let Some((start, end)) = group.locate(&scanned.norm) {
                            push_unique(out, quote(*member, scanned, start, end));
                            return;
                        }
                    }
                }
            }
        }
    }
}

/// The word of the inline set bitmap, for set indices it covers.
fn s_word(word: usize) -> Option<usize> {
    (word < 4).then_some(word)
}

fn push_unique(out: &mut Vec<Evidence>, evidence: Evidence) {
    if !out.contains(&evidence) {
        out.push(evidence);
    }
}

/// Evidence quoting the original text behind a normalised byte range. For joined fields the
/// part is named (`items[1].product`) and the range is within that part.
fn quote(field: F, scanned: &Scanned<'_>, start: usize, end: usize) -> Evidence {
    // The map back to the original is only built here, for the few matches that become evidence.
    let [from, to] = scanned.origin.get_or_init(|| normalize(scanned.original)).original_range(start, end);
    let matched: String = scanned.original.chars().skip(from).take(to - from).collect();
    let (name, part_start) = match field {
        F::ItemsProduct | F::FeesReason => {
            let before: Vec<usize> = scanned
                .original
                .chars()
                .take(from)
                .enumerate()
                .filter(|(_, c)| *c == JOIN_SEPARATOR)
                .map(|(i, _)| i)
                .collect();
            let part = before.len();
            let part_start = before.last().map_or(0, |i| i + 1);
            let parts_total = scanned.original.matches(JOIN_SEPARATOR).count();
            if parts_total == 0 {
                (
                    if field == F::ItemsProduct {
                        "items[0].product".to_owned()
                    } else {
                        "fees_requested[0].reason".to_owned()
                    },
                    0,
                )
            } else if field == F::ItemsProduct {
                (format!("items[{part}].product"), part_start)
            } else {
                (format!("fees_requested[{part}].reason"), part_start)
            }
        }
        _ => (field.def().name.to_owned(), 0),
    };
    Evidence { field: name, matched, at: Some([from - part_start, to - part_start]) }
}

/// A value as shown in evidence.
pub fn display(value: &Value<'_>) -> String {
    match value {
        Value::Missing => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.normalize().to_string(),
        Value::Duration(secs) => {
            if secs % 86_400 == 0 {
                format!("{}d", secs / 86_400)
            } else if *secs >= 86_400 {
                format!("{:.1}d", *secs as f64 / 86_400.0)
            } else {
                format!("{}h", secs / 3_600)
            }
        }
        Value::Time(minutes) => format!("{:02}:{:02}", minutes / 60, minutes % 60),
        Value::Text(text) => text.to_string(),
    }
}

/// Compares a value with a constant; `None` when the value is missing.
pub fn compare_const(value: &Value<'_>, op: CmpOp, constant: &Const) -> Option<bool> {
    let ordering = match (value, constant) {
        (Value::Bool(a), Const::Bool(b)) => a.cmp(b),
        (Value::Number(a), Const::Number(b)) => a.cmp(b),
        (Value::Duration(a), Const::Duration(b)) => a.cmp(b),
        (Value::Time(a), Const::Time(b)) => a.cmp(b),
        (Value::Text(a), Const::Text(b)) => a.as_ref().cmp(b.as_str()),
        _ => return None,
    };
    Some(op.holds(ordering))
}

/// Compares two values of the same type; `None` when either is missing.
pub fn compare_values(a: &Value<'_>, op: CmpOp, b: &Value<'_>) -> Option<bool> {
    let ordering = match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Number(x), Value::Number(y)) => x.cmp(y),
        (Value::Duration(x), Value::Duration(y)) => x.cmp(y),
        (Value::Time(x), Value::Time(y)) => x.cmp(y),
        (Value::Text(x), Value::Text(y)) => x.as_ref().cmp(y.as_ref()),
        _ => return None,
    };
    Some(op.holds(ordering))
}
