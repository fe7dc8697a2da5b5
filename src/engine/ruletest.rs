//! The `[[test]]` cases of rule packs: building their requests and history, running them,
//! and checking that every rule has a case where it hits and a look-alike where it does not.

use std::ops::Range;

use serde_json::{Map, Value as Json, json};

use super::history::{CounterpartyKind, CounterpartyRecord, Event, History};
use super::ruleset::{Context, RuleSet};
use super::syntax::TestDef;
use super::watchlist::{WatchEntry, Watchlist};
use crate::domain::{Decision, Kind, Request};

/// The time of a test request unless it says otherwise: a Tuesday morning in office hours.
pub const DEFAULT_TIME: &str = "2026-07-14T11:00:00+08:00";

/// A test case made ready to screen.
pub struct Case {
    /// The request.
    pub request: Request,
    /// History built from the case's earlier requests and counterparties.
    pub history: History,
    /// The case's watchlist.
    pub watchlist: Watchlist,
}

/// The outcome of one test case.
#[derive(Debug)]
pub struct CaseResult {
    /// Pack file.
    pub file: String,
    /// Test name.
    pub name: String,
    /// What went wrong; empty when it passed.
    pub failures: Vec<String>,
    /// The decision made.
    pub decision: Option<Decision>,
}

/// All test results and the coverage check.
#[derive(Debug, Default)]
pub struct TestReport {
    /// One per case.
    pub cases: Vec<CaseResult>,
    /// Rules without a passing case where they hit, or without a look-alike case.
    pub uncovered: Vec<String>,
}

impl TestReport {
    /// Whether every case passed and every rule is covered.
    pub fn passed(&self) -> bool {
        self.cases.iter().all(|c| c.failures.is_empty()) && self.uncovered.is_empty()
    }
}

fn base(kind: Kind) -> Json {
    match kind {
        Kind::Payment => json!({
            "request_id": "TEST-PAY",
            "submitted_at": DEFAULT_TIME,
            "payee": {"name": "测试收款商贸有限公司", "account_no": "6200000000000000001"},
            "amount": "10000.00"
        }),
        Kind::Order => json!({
            "record_id": "TEST-ORDER",
            "received_at": DEFAULT_TIME,
            "customer": {"name": "测试客户有限公司"},
            "total_amount": "10000.00"
        }),
    }
}

fn merge(into: &mut Json, fragment: &Json) {
    match (into, fragment) {
        (Json::Object(target), Json::Object(source)) => {
            for (key, value) in source {
                match target.get_mut(key) {
                    Some(slot) if slot.is_object() && value.is_object() => merge(slot, value),
                    _ => {
                        target.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (slot, value) => *slot = value.clone(),
    }
}

fn kind_of(text: &str) -> Result<Kind, String> {
    match text {
        "payment" => Ok(Kind::Payment),
        "order" => Ok(Kind::Order),
        other => Err(format!("kind `{other}` is neither payment nor order")),
    }
}

fn time_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Payment => "submitted_at",
        Kind::Order => "received_at",
    }
}

/// Builds the request, history and watchlist of a test case.
pub fn build_case(test: &TestDef) -> Result<Case, (Range<usize>, String)> {
    let kind = kind_of(&test.kind.value).map_err(|e| (test.kind.span.clone(), e))?;
    let mut body = base(kind);
    merge(&mut body, &test.input.value);
    let request = Request::from_json(kind, body).map_err(|e| (test.input.span.clone(), e.to_string()))?;
    let at = request.at();
    let mut history = History::new();
    let n = test.history.len() as i64;
    for (i, item) in test.history.iter().enumerate() {
        let mut fragment = item.value.clone();
        let item_kind = match fragment.as_object_mut().and_then(|o| o.remove("kind")) {
            Some(Json::String(k)) => kind_of(&k).map_err(|e| (item.span.clone(), e))?,
            Some(_) => return Err((item.span.clone(), "kind must be a string".into())),
            None => kind,
        };
        let mut body = base(item_kind);
        let days_before = (n - i as i64) * 7;
        let default_at = at.checked_sub(jiff::SignedDuration::from_hours(24 * days_before)).unwrap_or(at);
        if let Json::Object(o) = &mut body {
            o.insert(time_key(item_kind).into(), Json::String(default_at.to_string()));
            let id_key = if item_kind == Kind::Payment { "request_id" } else { "record_id" };
            o.insert(id_key.into(), Json::String(format!("TEST-H{i}")));
        }
        merge(&mut body, &fragment);
        let earlier = Request::from_json(item_kind, body).map_err(|e| (item.span.clone(), e.to_string()))?;
        history.record(match &earlier {
            Request::Payment(p) => Event::executed_payment(p),
            Request::Order(o) => Event::accepted_order(o),
        });
    }
    for item in &test.counterparties {
        history.record(Event::Counterparty(counterparty(&item.value, at).map_err(|e| (item.span.clone(), e))?));
    }
    for item in &test.allowlist {
        history.record(Event::Allowlist(allow_entry(&item.value, &request).map_err(|e| (item.span.clone(), e))?));
    }
    let mut entries = Vec::new();
    for item in &test.watchlist {
        entries.push(
            serde_json::from_value::<WatchEntry>(item.value.clone()).map_err(|e| (item.span.clone(), e.to_string()))?,
        );
    }
    Ok(Case { request, history, watchlist: Watchlist::new(&entries) })
}

/// An allowlist entry for the test request's payee or customer, in force for a year around it:
/// `{ rules = ["CM-003"] }`.
fn allow_entry(value: &Json, request: &Request) -> Result<super::history::AllowEntry, String> {
    use super::history::{AllowEntry, AllowKind};
    let empty = Map::new();
    let o = value.as_object().unwrap_or(&empty);
    if let Some(key) = o.keys().find(|k| k.as_str() != "rules") {
        return Err(format!("unknown key `{key}` in an allowlist entry (only `rules`)"));
    }
    let rules: Vec<String> = o
        .get("rules")
        .and_then(Json::as_array)
        .ok_or("an allowlist entry needs `rules`, a list of rule ids")?
        .iter()
        .map(|r| r.as_str().map(str::to_owned).ok_or("rule ids are strings"))
        .collect::<Result<_, _>>()?;
    let (kind, value) = match request {
        Request::Payment(p) => (AllowKind::Payee, p.payee.account_no.clone()),
        Request::Order(o) => (AllowKind::Customer, o.customer.name.clone()),
    };
    let year = jiff::SignedDuration::from_hours(24 * 365);
    let at = request.at();
    Ok(AllowEntry {
        at: at.checked_sub(year).unwrap_or(at),
        until: at.checked_add(year).unwrap_or(at),
        kind,
        value,
        rules,
        case_id: None,
    })
}

fn counterparty(value: &Json, at: jiff::Timestamp) -> Result<CounterpartyRecord, String> {
    let empty = Map::new();
    let o = value.as_object().unwrap_or(&empty);
    for key in o.keys() {
        if !["kind", "id", "name", "account_no", "since", "account_changed_at", "bank", "phone"].contains(&key.as_str())
        {
            return Err(format!("unknown key `{key}` in a counterparty"));
        }
    }
    let text = |key: &str| o.get(key).and_then(Json::as_str).map(str::to_owned);
    let time = |key: &str| -> Result<Option<jiff::Timestamp>, String> {
        text(key).map(|t| t.parse::<jiff::Timestamp>().map_err(|e| format!("`{key}`: {e}"))).transpose()
    };
    let kind = match text("kind").as_deref() {
        Some("vendor") => CounterpartyKind::Vendor,
        Some("employee") => CounterpartyKind::Employee,
        _ => return Err("counterparty kind must be `vendor` or `employee`".into()),
    };
    Ok(CounterpartyRecord {
        at: time("since")?.unwrap_or_else(|| at.checked_sub(jiff::SignedDuration::from_hours(24 * 365)).unwrap_or(at)),
        kind,
        id: text("id").ok_or("counterparty needs `id`")?,
        name: text("name").ok_or("counterparty needs `name`")?,
        account_no: text("account_no").ok_or("counterparty needs `account_no`")?,
        account_changed_at: time("account_changed_at")?,
        bank: text("bank"),
        phone: text("phone"),
    })
}

/// Runs every test case of the ruleset and checks rule coverage.
pub fn run(rules: &RuleSet) -> TestReport {
    let mut report = TestReport::default();
    let mut hit_covered: Vec<&str> = Vec::new();
    let mut lookalike_covered: Vec<&str> = Vec::new();
    for (pack_index, test) in &rules.tests {
        let file = rules.packs.get(*pack_index).map_or(String::new(), |p| p.file.clone());
        let mut failures = Vec::new();
        let decision = match build_case(test) {
            Ok(case) => {
                let decision = rules.screen(
                    &case.request,
                    Context { history: &case.history, watchlist: &case.watchlist, tenant: None },
                );
                if let Some(expected) = &test.decision {
                    if decision.decision.as_str() != expected.value {
                        failures.push(format!(
                            "expected {}, got {} (score {})",
                            expected.value,
                            decision.decision.as_str(),
                            decision.score
                        ));
                    }
                }
                let fired: Vec<&str> = decision.hits.iter().map(|h| &*h.rule_id).collect();
                for must in &test.hits {
                    if !fired.contains(&must.value.as_str()) {
                        failures.push(format!("rule {} did not hit", must.value));
                    }
                }
                for must_not in &test.not_hits {
                    if fired.contains(&must_not.value.as_str()) {
                        failures.push(format!("rule {} hit but must not", must_not.value));
                    }
                }
                if failures.is_empty() {
                    for must in &test.hits {
                        hit_covered.push(must.value.as_str());
                    }
                    for must_not in &test.not_hits {
                        lookalike_covered.push(must_not.value.as_str());
                    }
                }
                Some(decision)
            }
            Err((_, message)) => {
                failures.push(message);
                None
            }
        };
        report.cases.push(CaseResult { file, name: test.name.clone(), failures, decision });
    }
    for rule in rules.rules.iter().filter(|r| r.enabled) {
        let mut missing = Vec::new();
        if !hit_covered.contains(&&*rule.id) {
            missing.push("no passing case where it hits");
        }
        if !lookalike_covered.contains(&&*rule.id) {
            missing.push("no passing look-alike case listing it in not_hits");
        }
        if !missing.is_empty() {
            report.uncovered.push(format!("{}: {}", rule.id, missing.join("; ")));
        }
    }
    report
}
