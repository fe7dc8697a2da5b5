//! fraudscreen's engine against two engines a team might pick instead, CEL and GoRules Zen,
//! on the same twenty shipped rules and the same requests (README, "Head-to-head").
//!
//! - [`rules`]: the twenty conditions written in CEL and in Zen;
//! - [`host`]: the Rust around the other engines: facts, texts, scoring;
//! - [`cel_engine`], [`zen_engine`]: the two engines behind one `fire` call each;
//! - [`native_subset`]: our own engine, cut down to the same twenty rules;
//! - [`corpus`]: the labelled requests all three screen, with their histories.

pub mod cel_engine;
pub mod corpus;
pub mod host;
pub mod rules;
pub mod zen_engine;

use std::path::Path;

use fraudscreen::engine::RuleSet;
use fraudscreen::loader::read_rules_dir;

/// The shipped ruleset, in full.
pub fn shipped_rules(repo: &Path) -> Result<RuleSet, String> {
    let sources = read_rules_dir(&repo.join("rules")).map_err(|e| format!("{e:#}"))?;
    RuleSet::compile(&sources).map_err(|d| d.to_string())
}

/// The shipped ruleset with only the twenty rules of [`rules::RULES`] left. The keyword
/// automaton still holds every set: that is how our engine runs, one scan for all of them.
pub fn native_subset(repo: &Path) -> Result<RuleSet, String> {
    let mut rules = shipped_rules(repo)?;
    rules.rules.retain(|r| rules::RULES.iter().any(|t| t.id == &*r.id));
    if rules.rules.len() != rules::RULES.len() {
        return Err(format!("found {} of the {} rules", rules.rules.len(), rules::RULES.len()));
    }
    Ok(rules)
}

use fraudscreen::domain::Action;
use fraudscreen::engine::{Context, History, Watchlist};

use crate::cel_engine::CelEngine;
use crate::host::Outcome;
use crate::zen_engine::ZenEngine;

/// The three engines, ready to screen.
pub struct Engines {
    /// Ours, cut down to the twenty rules.
    pub native: RuleSet,
    /// CEL.
    pub cel: CelEngine,
    /// Zen.
    pub zen: ZenEngine,
}

impl Engines {
    /// Loads the shipped rules from the repository at `repo` and builds all three.
    pub fn new(repo: &Path) -> Result<Engines, String> {
        let shipped = shipped_rules(repo)?;
        Ok(Engines { native: native_subset(repo)?, cel: CelEngine::new(&shipped)?, zen: ZenEngine::new(&shipped)? })
    }

    /// Our engine's outcome.
    pub fn native_outcome(&self, request: &fraudscreen::domain::Request, history: &History) -> Outcome {
        let watchlist = Watchlist::default();
        let decided = self.native.screen(request, Context { history, watchlist: &watchlist, tenant: None });
        let mut fired: Vec<String> = decided.hits.iter().map(|h| h.rule_id.to_string()).collect();
        fired.sort();
        Outcome { decision: decided.decision, score: decided.score, fired }
    }
}

/// What [`check_identical`] saw.
#[derive(Debug, Default)]
pub struct Agreement {
    /// Requests screened by all three.
    pub screened: usize,
    /// Rule hits among them.
    pub hits: usize,
    /// How often each of the twenty rules fired, in [`rules::RULES`] order.
    pub fired_per_rule: [usize; 20],
    /// Requests per decision: allow, review, block.
    pub decisions: [usize; 3],
    /// Every request on which the engines disagree, described.
    pub differences: Vec<String>,
}

/// Replays every corpus line through all three engines, each line against its tenant's
/// history so far, and compares the rules fired, the score and the decision.
pub fn check_identical(engines: &Engines, lines: &[corpus::Line]) -> Agreement {
    let mut histories: std::collections::BTreeMap<&str, History> = Default::default();
    let mut seen = Agreement::default();
    for line in lines {
        let history = histories.entry(&line.tenant).or_default();
        let ours = engines.native_outcome(&line.request, history);
        let cel = engines.cel.host.outcome(&engines.cel.fire(&line.request, history));
        let zen = engines.zen.host.outcome(&engines.zen.fire(&line.request, history));
        seen.screened += 1;
        seen.hits += ours.fired.len();
        for id in &ours.fired {
            if let Some(i) = rules::RULES.iter().position(|t| t.id == id) {
                seen.fired_per_rule[i] += 1;
            }
        }
        seen.decisions[match ours.decision {
            Action::Allow => 0,
            Action::Review => 1,
            Action::Block => 2,
        }] += 1;
        if cel != ours || zen != ours {
            seen.differences.push(format!("{}: fraudscreen {ours:?}, CEL {cel:?}, Zen {zen:?}", line.id));
        }
        if line.is_history {
            line.record(history);
        }
    }
    seen
}
