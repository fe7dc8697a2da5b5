//! Backtesting a candidate ruleset on stored traffic before it goes live: every stored request
//! of a period is screened again under the candidate, against the counterparty history as it
//! was at the request's time, and compared with the decision it got then. Nothing is written.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;

use crate::domain::{Decision, Kind, Request};
use crate::engine::{Context, History, RuleSet, TenantOverrides, Watchlist};
use crate::store::{ReportDecision, StatsFilter, Store, StoreError};

/// Changed decisions listed one by one, at most; the counts cover them all.
const LISTED_CHANGES: usize = 1000;

/// One decision the candidate would change.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// The stored decision.
    pub decision_id: Option<String>,
    /// The caller's request id.
    pub request_id: String,
    /// Tenant.
    pub tenant: String,
    /// The stored action.
    pub before: String,
    /// The candidate's action.
    pub after: String,
    /// How the case was closed, where it was: the truth the change is judged by.
    pub resolution: Option<String>,
}

/// Flagging (review or block) of resolved cases, before and after.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Resolved {
    /// Cases closed as confirmed fraud.
    pub confirmed_frauds: usize,
    /// Of those, flagged by the stored decisions (all of them: a case exists only when flagged).
    pub frauds_flagged_before: usize,
    /// Of those, flagged by the candidate.
    pub frauds_flagged_after: usize,
    /// Cases closed as false alarms.
    pub false_alarms: usize,
    /// Of those, still flagged by the candidate (the rest would no longer bother anyone).
    pub false_alarms_after: usize,
}

/// How often a rule fired, before and after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleDelta {
    /// Rule id.
    pub rule_id: String,
    /// Hits in the stored decisions.
    pub before: usize,
    /// Hits under the candidate.
    pub after: usize,
}

/// What the candidate would have done.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Backtest {
    /// The candidate's version.
    pub candidate_version: String,
    /// Stored requests screened again.
    pub requests: usize,
    /// Stored requests this version cannot read (skipped).
    pub unreadable: usize,
    /// Changes by transition, such as `allow->review`.
    pub transitions: BTreeMap<String, usize>,
    /// The changed decisions (the first thousand).
    pub changed: Vec<Change>,
    /// Resolved cases, before and after.
    pub resolved: Resolved,
    /// Per-rule hits, before and after, rules whose count changed first.
    pub rules: Vec<RuleDelta>,
}

/// Screens `rows` again under `candidate`. `progress(done, total)` is called every 10,000
/// requests and at the end.
pub fn run(
    candidate: &RuleSet,
    rows: &[ReportDecision],
    histories: &HashMap<String, History>,
    overrides: &HashMap<String, Arc<TenantOverrides>>,
    watchlist: &Watchlist,
    mut progress: impl FnMut(usize, usize),
) -> Backtest {
    let empty = History::new();
    let mut report = Backtest { candidate_version: candidate.version.to_string(), ..Backtest::default() };
    let mut before_hits: BTreeMap<String, usize> = BTreeMap::new();
    let mut after_hits: BTreeMap<String, usize> = BTreeMap::new();
    for (n, row) in rows.iter().enumerate() {
        if n % 10_000 == 0 && n > 0 {
            progress(n, rows.len());
        }
        let kind = if row.kind == "order" { Kind::Order } else { Kind::Payment };
        let stored: Option<Decision> = serde_json::from_str(&row.decision_json).ok();
        let request = serde_json::from_str(&row.request_json).ok().and_then(|v| Request::from_json(kind, v).ok());
        let (Some(stored), Some(request)) = (stored, request) else {
            report.unreadable += 1;
            continue;
        };
        report.requests += 1;
        let context = Context {
            history: histories.get(&row.tenant).unwrap_or(&empty),
            watchlist,
            tenant: overrides.get(&row.tenant).map(Arc::as_ref),
        };
        let after = candidate.screen(&request, context);
        for hit in &stored.hits {
            *before_hits.entry(hit.rule_id.to_string()).or_default() += 1;
        }
        for hit in &after.hits {
            *after_hits.entry(hit.rule_id.to_string()).or_default() += 1;
        }
        let flagged_after = after.decision != crate::domain::Action::Allow;
        match row.resolution.as_deref() {
            Some("confirmed_fraud") => {
                report.resolved.confirmed_frauds += 1;
                report.resolved.frauds_flagged_before += usize::from(row.decision != "allow");
                report.resolved.frauds_flagged_after += usize::from(flagged_after);
            }
            Some("false_alarm") => {
                report.resolved.false_alarms += 1;
                report.resolved.false_alarms_after += usize::from(flagged_after);
            }
            _ => {}
        }
        let after_action = after.decision.as_str();
        if after_action != row.decision {
            *report.transitions.entry(format!("{}->{after_action}", row.decision)).or_default() += 1;
            if report.changed.len() < LISTED_CHANGES {
                report.changed.push(Change {
                    decision_id: stored.decision_id.clone(),
                    request_id: stored.request_id.clone(),
                    tenant: row.tenant.clone(),
                    before: row.decision.clone(),
                    after: after_action.to_owned(),
                    resolution: row.resolution.clone(),
                });
            }
        }
    }
    progress(rows.len(), rows.len());
    let mut ids: Vec<&String> = before_hits.keys().chain(after_hits.keys()).collect();
    ids.sort();
    ids.dedup();
    let mut rules: Vec<RuleDelta> = ids
        .into_iter()
        .map(|id| RuleDelta {
            rule_id: id.clone(),
            before: before_hits.get(id).copied().unwrap_or(0),
            after: after_hits.get(id).copied().unwrap_or(0),
        })
        .collect();
    rules.sort_by_key(|r| (r.before == r.after, std::cmp::Reverse(r.before.abs_diff(r.after))));
    report.rules = rules;
    report
}

/// Reads the period's stored requests, every tenant's history and settings from the store,
/// and backtests `candidate` on them.
pub async fn load_and_run(
    store: &Store,
    candidate: Arc<RuleSet>,
    filter: StatsFilter,
    progress: impl FnMut(usize, usize) + Send + 'static,
) -> Result<Backtest, StoreError> {
    let rows = store.report_decisions(&filter).await?;
    let mut histories: HashMap<String, History> = HashMap::new();
    let mut after = 0;
    loop {
        let page = store.history_events_after(after, 10_000).await?;
        for row in &page {
            if let Ok(event) = crate::http::event_of_row(row) {
                histories.entry(row.tenant.clone()).or_default().record(event);
            }
            after = row.seq;
        }
        if page.len() < 10_000 {
            break;
        }
    }
    let mut overrides = HashMap::new();
    for (tenant, json) in store.tenant_settings().await? {
        if let Some(o) =
            serde_json::from_str::<crate::http::TenantSettings>(&json).ok().and_then(|s| s.overrides().ok())
        {
            overrides.insert(tenant, Arc::new(o));
        }
    }
    // Screening is CPU work: off the async runtime's threads.
    tokio::task::spawn_blocking(move || run(&candidate, &rows, &histories, &overrides, &Watchlist::default(), progress))
        .await
        .map_err(|e| StoreError::Corrupt(format!("the backtest stopped: {e}")))
}
