//! The twenty rules in GoRules Zen's expression language (`zen-expression`).
//!
//! Expressions are compiled once to bytecode and run on one reused VM. Zen has no user
//! functions, so keyword sets are passed in as data (`kw.<set>`, lists of fenced terms, built
//! once and attached to every request by reference) and regex sets as pattern strings
//! (`re.<set>`). Its values are reference-counted and not `Send`: one engine per thread.

use std::cell::RefCell;

use fraudscreen::domain::Request;
use fraudscreen::engine::features::Facts;
use fraudscreen::engine::{History, RuleSet};
use zen_expression::expression::Standard;
use zen_expression::variable::Symbol;
use zen_expression::vm::VM;
use zen_expression::{Expression, Isolate, Scope, Variable};

use crate::host::{Host, KEYWORD_TEXT, PLAIN, Plain, REGEX_TEXT, keyword_sets, prepare, regex_sets};
use crate::rules::RULES;

/// The twenty rules, compiled.
pub struct ZenEngine {
    expressions: Vec<Expression<Standard>>,
    vm: RefCell<VM>,
    keywords: Variable,
    regexes: Variable,
    /// `f.<name>`, `n.<name>` and `p.<name>` for every field, made once.
    plain_paths: Vec<String>,
    regex_paths: Vec<String>,
    keyword_paths: Vec<String>,
    /// Settings and rule metadata.
    pub host: Host,
}

impl ZenEngine {
    /// Compiles the twenty conditions; the keyword and regex sets come from `rules`.
    pub fn new(rules: &RuleSet) -> Result<ZenEngine, String> {
        let mut isolate = Isolate::new();
        let expressions = RULES
            .iter()
            .map(|t| isolate.compile_standard(t.zen).map_err(|e| format!("{}: {e:?}", t.id)))
            .collect::<Result<Vec<_>, _>>()?;
        let keywords = Variable::empty_object();
        for (name, terms) in keyword_sets(rules) {
            let list = terms.iter().map(|t| Variable::String(Symbol::from(t.as_str()))).collect();
            keywords.dot_insert(&name, Variable::from_array(list));
        }
        let regexes = Variable::empty_object();
        for (name, pattern) in regex_sets(rules) {
            regexes.dot_insert(&name, Variable::String(Symbol::from(pattern.as_str())));
        }
        let name = |f: &fraudscreen::engine::schema::F| f.def().name;
        Ok(ZenEngine {
            expressions,
            vm: RefCell::new(VM::new()),
            keywords,
            regexes,
            plain_paths: PLAIN.iter().map(|f| format!("f.{}", name(f))).collect(),
            regex_paths: REGEX_TEXT.iter().map(|f| format!("n.{}", name(f))).collect(),
            keyword_paths: KEYWORD_TEXT.iter().map(|f| format!("p.{}", name(f))).collect(),
            host: Host::new(rules)?,
        })
    }

    /// Screens one request: the indices of the rules that fired.
    pub fn fire(&self, request: &Request, history: &History) -> Vec<usize> {
        let settings = &self.host.settings;
        let facts = Facts::derive(request, history, &settings.company);
        let kind = request.kind();
        let input = prepare(&facts, kind, settings.limits.max_text_chars);
        let root = Variable::empty_object();
        for (i, value) in &input.plain {
            let value = match value {
                Plain::Bool(b) => Variable::Bool(*b),
                Plain::Number(n) => Variable::Number(*n),
                Plain::Text(t) => Variable::String(Symbol::from(*t)),
            };
            root.dot_insert(&self.plain_paths[*i], value);
        }
        // A missing text is empty here: Zen has no unknown, and an empty text matches nothing.
        let texts =
            input.regex_text.iter().zip(&self.regex_paths).chain(input.keyword_text.iter().zip(&self.keyword_paths));
        for ((_, text), path) in texts {
            root.dot_insert(path, Variable::String(Symbol::from(text.as_deref().unwrap_or(""))));
        }
        root.dot_insert("kw", self.keywords.clone());
        root.dot_insert("re", self.regexes.clone());
        let scope = Scope::new(root);
        let mut vm = self.vm.borrow_mut();
        (0..self.expressions.len())
            .filter(|&i| {
                self.host.metas[i].applies.covers(kind)
                    && self.expressions[i].evaluate_with_scope(&scope, &mut vm).ok().and_then(|v| v.as_bool())
                        == Some(true)
            })
            .collect()
    }
}
