//! The twenty rules in CEL (the `cel` crate, formerly `cel-interpreter`).
//!
//! Programs are compiled once against one environment holding the standard library and three
//! functions over keyword and regex sets. CEL overloads are plain `fn` pointers that cannot
//! capture, so the sets live in process-wide statics, built once from the ruleset.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use aho_corasick::AhoCorasick;
use cel::common::types::{self, CelBool, CelDouble, CelInt, CelMap, CelMapKey, CelString};
use cel::common::value::{CowVal, Val};
use cel::{Context, Env, ExecutionError, Program, Value};
use fraudscreen::domain::Request;
use fraudscreen::engine::features::Facts;
use fraudscreen::engine::{History, RuleSet};
use regex::Regex;
use rust_decimal::prelude::ToPrimitive;

use crate::host::{Host, Input, PARENTS, PLAIN, Plain, keyword_sets, prepare, regex_sets};
use crate::rules::RULES;

/// One automaton per keyword set, by name.
static KEYWORDS: OnceLock<HashMap<String, AhoCorasick>> = OnceLock::new();
/// One regex per regex set, by name.
static REGEXES: OnceLock<HashMap<String, Regex>> = OnceLock::new();

/// The twenty rules, compiled.
pub struct CelEngine {
    env: Arc<Env>,
    programs: Vec<Program>,
    /// Settings and rule metadata.
    pub host: Host,
}

impl CelEngine {
    /// Compiles the twenty conditions; the keyword and regex sets come from `rules`.
    pub fn new(rules: &RuleSet) -> Result<CelEngine, String> {
        let automata = keyword_sets(rules)
            .into_iter()
            .map(|(name, terms)| AhoCorasick::new(&terms).map(|a| (name, a)).map_err(|e| e.to_string()))
            .collect::<Result<HashMap<_, _>, _>>()?;
        let regexes = regex_sets(rules)
            .into_iter()
            .map(|(name, pattern)| Regex::new(&pattern).map(|r| (name, r)).map_err(|e| e.to_string()))
            .collect::<Result<HashMap<_, _>, _>>()?;
        // A second engine in the same process must see the same sets.
        if KEYWORDS.get_or_init(|| automata).len() != rules.keyword_sets.len() {
            return Err("the keyword sets were already built from another ruleset".into());
        }
        REGEXES.get_or_init(|| regexes);

        let mut env = Env::stdlib();
        let text_and_name = || vec![types::STRING_TYPE, types::STRING_TYPE];
        env.add_overload("hasAny", "hasAny_string_string", text_and_name(), has_any).map_err(|e| e.to_string())?;
        env.add_overload("countAny", "countAny_string_string", text_and_name(), count_any)
            .map_err(|e| e.to_string())?;
        env.add_overload("matchesAny", "matchesAny_string_string", text_and_name(), matches_any)
            .map_err(|e| e.to_string())?;
        let programs = RULES
            .iter()
            .map(|t| env.compile(t.cel).map_err(|e| format!("{}: {e}", t.id)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(CelEngine { env: Arc::new(env), programs, host: Host::new(rules)? })
    }

    /// Screens one request: the indices of the rules that fired.
    pub fn fire(&self, request: &Request, history: &History) -> Vec<usize> {
        let settings = &self.host.settings;
        let facts = Facts::derive(request, history, &settings.company);
        let kind = request.kind();
        let input = prepare(&facts, kind, settings.limits.max_text_chars);
        let mut context = Context::with_env(Arc::clone(&self.env));
        let [f, n, p] = variables(&input);
        context.add_variable_as_val("f", f);
        context.add_variable_as_val("n", n);
        context.add_variable_as_val("p", p);
        (0..self.programs.len())
            .filter(|&i| {
                self.host.metas[i].applies.covers(kind)
                    && matches!(self.programs[i].execute(&context), Ok(Value::Bool(true)))
            })
            .collect()
    }
}

/// `f`, `n` and `p` as CEL maps, borrowing the texts.
fn variables<'v>(input: &'v Input<'_>) -> [Box<dyn Val + 'v>; 3] {
    let plain = input.plain.iter().map(|(i, value)| {
        let value: Box<dyn Val + 'v> = match value {
            Plain::Bool(b) => Box::new(CelBool::from(*b)),
            Plain::Number(n) => Box::new(CelDouble::from(n.to_f64().unwrap_or(f64::NAN))),
            Plain::Text(t) => Box::new(CelString::from(*t)),
        };
        (PLAIN[*i].def().name, value)
    });
    let texts = |list: &'v [(&'static str, Option<String>)]| {
        list.iter().filter_map(|(name, text)| {
            text.as_deref().map(|t| (*name, Box::new(CelString::from(t)) as Box<dyn Val + 'v>))
        })
    };
    [nest(plain), nest(texts(&input.regex_text)), nest(texts(&input.keyword_text))]
}

/// A map from dotted names (at most one dot), with every object of [`PARENTS`] present.
fn nest<'v>(entries: impl Iterator<Item = (&'static str, Box<dyn Val + 'v>)>) -> Box<dyn Val + 'v> {
    type Entries<'v> = HashMap<CelMapKey<'v>, Box<dyn Val + 'v>>;
    let mut top: Entries<'v> = HashMap::new();
    let mut children: Vec<Entries<'v>> = PARENTS.iter().map(|_| HashMap::new()).collect();
    for (name, value) in entries {
        match name.split_once('.').and_then(|(head, tail)| Some((PARENTS.iter().position(|p| *p == head)?, tail))) {
            Some((parent, tail)) => children[parent].insert(CelMapKey::from(tail), value),
            None => top.insert(CelMapKey::from(name), value),
        };
    }
    for (parent, child) in PARENTS.iter().zip(children) {
        // `memo` is a text in `n` and `p` and an object only in `f` (`f.memo.persons_named`).
        let key = CelMapKey::from(*parent);
        if child.is_empty() && top.contains_key(&key) {
            continue;
        }
        top.insert(key, Box::new(CelMap::from(child)));
    }
    Box::new(CelMap::from(top))
}

fn text_and_set<'a>(args: &'a [CowVal<'_, '_>], function: &str) -> Result<(&'a str, &'a str), ExecutionError> {
    let arg = |i: usize| args.get(i).and_then(|a| a.downcast_ref::<CelString>()).map(|s| s.inner());
    match (arg(0), arg(1)) {
        (Some(text), Some(set)) => Ok((text, set)),
        _ => Err(ExecutionError::function_error(function, "want (text, set name)")),
    }
}

/// `hasAny(text, 'set')`: whether any term of the keyword set occurs in the text.
fn has_any<'b, 'v>(args: Vec<CowVal<'b, 'v>>) -> Result<CowVal<'b, 'v>, ExecutionError> {
    let (text, set) = text_and_set(&args, "hasAny")?;
    let automaton = KEYWORDS.get().and_then(|k| k.get(set)).ok_or_else(|| unknown_set("hasAny", set))?;
    Ok(CowVal::owned(CelBool::from(automaton.is_match(text))))
}

/// `countAny(text, 'set')`: how many different terms of the keyword set occur in the text.
fn count_any<'b, 'v>(args: Vec<CowVal<'b, 'v>>) -> Result<CowVal<'b, 'v>, ExecutionError> {
    let (text, set) = text_and_set(&args, "countAny")?;
    let automaton = KEYWORDS.get().and_then(|k| k.get(set)).ok_or_else(|| unknown_set("countAny", set))?;
    let mut seen: Vec<usize> = Vec::new();
    for found in automaton.find_overlapping_iter(text) {
        if !seen.contains(&found.pattern().as_usize()) {
            seen.push(found.pattern().as_usize());
        }
    }
    Ok(CowVal::owned(CelInt::from(seen.len() as i64)))
}

/// `matchesAny(text, 'set')`: whether any pattern of the regex set matches the text.
fn matches_any<'b, 'v>(args: Vec<CowVal<'b, 'v>>) -> Result<CowVal<'b, 'v>, ExecutionError> {
    let (text, set) = text_and_set(&args, "matchesAny")?;
    let regex = REGEXES.get().and_then(|r| r.get(set)).ok_or_else(|| unknown_set("matchesAny", set))?;
    Ok(CowVal::owned(CelBool::from(regex.is_match(text))))
}

fn unknown_set(function: &str, set: &str) -> ExecutionError {
    ExecutionError::function_error(function, format!("no set named {set}"))
}
