//! Compiling a ruleset from its files, and screening a request against it.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use super::Sources;
use super::check::Node;
use super::diagnostic::Diagnostics;
use super::eval::Evaluator;
use super::expr::Expr;
use super::features::Facts;
use super::history::History;
use super::matcher::{KeywordMatcher, RegexGroup};
use super::schema::Applies;
use super::settings::{Settings, TenantOverrides};
use super::syntax::TestDef;
use super::watchlist::Watchlist;
use crate::domain::decision::Shared;
use crate::domain::{Action, Decision, Hit, Request};

/// Scam types a rule may belong to; `common` holds cross-cutting signals and mitigators.
pub const SCAM_TYPES: &[&str] = &[
    "fake_purchaser",
    "fake_order",
    "contract_fraud",
    "fake_salary",
    "boss_impersonation",
    "account_change",
    "authority_impersonation",
    "fake_invoice",
    "advance_fee",
    "task_rebate",
    "overpayment_refund",
    "account_lending",
    "common",
];

/// A compiled rule.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Stable id.
    pub id: Shared,
    /// Chinese title.
    pub title: Shared,
    /// English title.
    pub title_en: Option<Shared>,
    /// Scam type (or `common`).
    pub scam_type: Shared,
    /// Which requests it looks at.
    pub applies: Applies,
    /// The parsed condition (kept for the reference evaluator and for printing).
    pub expr: Expr,
    /// The compiled condition.
    pub node: Node,
    /// Score; negative for a mitigator.
    pub score: i32,
    /// Forced action.
    pub forced: Option<Action>,
    /// Advice in Chinese.
    pub advice: Shared,
    /// Advice in English.
    pub advice_en: Option<Shared>,
    /// Whether it runs.
    pub enabled: bool,
    /// Index of its pack.
    pub pack: usize,
}

/// A loaded pack, for listings.
#[derive(Clone, Debug)]
pub struct PackInfo {
    /// Pack id.
    pub id: String,
    /// Chinese title.
    pub title: String,
    /// File it came from.
    pub file: String,
}

/// A compiled ruleset: immutable, shared by every request.
#[derive(Debug)]
pub struct RuleSet {
    /// `sha256:` over the canonical content of the files.
    pub version: Shared,
    /// Thresholds, calendar and limits.
    pub settings: Settings,
    /// Packs, in file order.
    pub packs: Vec<PackInfo>,
    /// Rules, in file order.
    pub rules: Vec<Rule>,
    /// Keyword set names and their normalised terms, by set index.
    pub keyword_sets: Vec<(String, Vec<String>)>,
    /// Regex set names, patterns and compiled groups, by set index.
    pub regex_sets: Vec<(String, RegexGroup, Vec<String>)>,
    /// All keyword sets in one automaton.
    pub keywords: KeywordMatcher,
    /// The packs' test cases, as written.
    pub tests: Vec<(usize, TestDef)>,
}

/// What a screening needs besides the request.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// The tenant's counterparty history.
    pub history: &'a History,
    /// Confirmed scammers' identifiers.
    pub watchlist: &'a Watchlist,
    /// The tenant's own settings.
    pub tenant: Option<&'a TenantOverrides>,
}

impl RuleSet {
    /// Compiles every file of a ruleset, reporting every problem in every file at once.
    pub fn compile(sources: &Sources) -> Result<RuleSet, Diagnostics> {
        super::compile::compile(sources)
    }

    /// Screens one request. Never fails: every possible problem was caught at compile time.
    pub fn screen(&self, request: &Request, context: Context<'_>) -> Decision {
        let company = match context.tenant {
            Some(overrides) => std::borrow::Cow::Owned(self.settings.company.with(overrides)),
            None => std::borrow::Cow::Borrowed(&self.settings.company),
        };
        let mut facts = Facts::derive(request, context.history, &company);
        let kind = request.kind();
        let fired = self.fire(&facts, kind, context.watchlist);
        // A reviewed false alarm: when an allowlist entry for this payee or customer lists every
        // rule that fired, the request is marked allowlisted and the rules run again, so the
        // mitigators that read the mark apply. A rule the review did not see firing keeps it off.
        let positive: Vec<&str> = fired.iter().filter(|(r, _)| r.score > 0).map(|(r, _)| r.id.as_ref()).collect();
        if !positive.is_empty() {
            let (who, value) = match request {
                Request::Payment(p) => (super::history::AllowKind::Payee, p.payee.account_no.as_str()),
                Request::Order(o) => (super::history::AllowKind::Customer, o.customer.name.as_str()),
            };
            let covered = context
                .history
                .allowlist(who, value, request.at())
                .any(|entry| positive.iter().all(|id| entry.rules.iter().any(|r| r == id)));
            if covered {
                facts.set_allowlisted(kind);
                let again = self.fire(&facts, kind, context.watchlist);
                return self.decide(request, again);
            }
        }
        self.decide(request, fired)
    }

    /// The rules that fire on `facts`, with their evidence.
    fn fire(&self, facts: &Facts<'_>, kind: crate::domain::Kind, watchlist: &Watchlist) -> Vec<(&Rule, Hit)> {
        let evaluator = Evaluator::new(self, facts, kind, watchlist);
        let mut fired: Vec<(&Rule, Hit)> = Vec::new();
        for rule in &self.rules {
            if !rule.enabled || !rule.applies.covers(kind) {
                continue;
            }
            if evaluator.eval(&rule.node) == Some(true) {
                let mut evidence = Vec::new();
                evaluator.explain(&rule.node, &mut evidence);
                fired.push((rule, hit_of(rule, evidence)));
            }
        }
        fired
    }

    /// Combines the hits into a score and a decision (see README, "Scoring").
    pub(crate) fn decide(&self, request: &Request, mut fired: Vec<(&Rule, Hit)>) -> Decision {
        let common_mitigation: i32 =
            fired.iter().filter(|(r, _)| &*r.scam_type == "common" && r.score < 0).map(|(r, _)| r.score).sum();
        // Positive scores of a type are summed and capped at 100 before its mitigators apply.
        let mut type_scores: HashMap<&str, (i32, i32)> = HashMap::new();
        for (rule, _) in &fired {
            if &*rule.scam_type == "common" && rule.score < 0 {
                continue;
            }
            let entry = type_scores.entry(&rule.scam_type).or_insert((0, 0));
            if rule.score >= 0 { entry.0 += rule.score } else { entry.1 += rule.score }
        }
        let raw = type_scores
            .values()
            .map(|(positive, negative)| (positive.min(&100) + negative + common_mitigation).clamp(0, 100))
            .max()
            .unwrap_or(0);
        let forced = fired.iter().filter_map(|(r, _)| r.forced).max();
        let settings = &self.settings;
        let score = match forced {
            Some(Action::Block) => raw.max(settings.forced_block_score as i32),
            Some(Action::Review) => raw.max(settings.review_at as i32),
            _ => raw,
        } as u8;
        let decision = if forced == Some(Action::Block) || score >= settings.block_at {
            Action::Block
        } else if forced == Some(Action::Review) || score >= settings.review_at {
            Action::Review
        } else {
            Action::Allow
        };
        fired.sort_by(|(a, _), (b, _)| b.forced.cmp(&a.forced).then(b.score.cmp(&a.score)).then(a.id.cmp(&b.id)));
        let hits: Vec<Hit> = fired.into_iter().map(|(_, h)| h).collect();
        let mut advice: Vec<Shared> = Vec::new();
        for hit in &hits {
            if hit.score > 0 && !advice.contains(&hit.advice) {
                advice.push(hit.advice.clone());
            }
        }
        Decision {
            decision_id: None,
            request_id: request.id().to_owned(),
            kind: request.kind(),
            decision,
            score,
            ruleset_version: self.version.clone(),
            hits,
            advice,
            case_id: None,
            case_status: None,
            case_resolution: None,
        }
    }
}

pub(crate) fn hit_of(rule: &Rule, evidence: Vec<crate::domain::Evidence>) -> Hit {
    Hit {
        rule_id: rule.id.clone(),
        scam_type: rule.scam_type.clone(),
        title: rule.title.clone(),
        title_en: rule.title_en.clone(),
        score: rule.score,
        forced: rule.forced,
        evidence,
        advice: rule.advice.clone(),
        advice_en: rule.advice_en.clone(),
    }
}

/// `sha256:` over the files in path order, line endings folded to `\n`.
pub fn version_of(sources: &Sources) -> String {
    let mut files: Vec<&(String, String)> = sources.files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut hasher = Sha256::new();
    for (path, text) in files {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(text.replace("\r\n", "\n").as_bytes());
        hasher.update([0]);
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}
