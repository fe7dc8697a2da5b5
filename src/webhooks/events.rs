//! The events fraudscreen announces, and their payloads. Account numbers are masked in every
//! payload: a webhook lands in chat groups and third-party logs, and the receiver can read the
//! full record through the API.

use serde_json::{Value, json};

use crate::domain::{Action, Decision, Request};
use crate::store::NewEvent;

/// Every event type, as subscriptions name them.
pub const EVENT_TYPES: [&str; 8] = [
    "decision.block",
    "decision.review",
    "case.opened",
    "case.closed",
    "incident.confirmed",
    "watchlist.added",
    "rules.reloaded",
    "rules.reload_failed",
];

/// Events that concern no one company; only park-wide subscriptions receive them.
pub const PARK_WIDE_EVENTS: [&str; 3] = ["watchlist.added", "rules.reloaded", "rules.reload_failed"];

/// An account number as shown outside the API: the last four digits only.
pub fn mask_account(account: &str) -> String {
    let digits: Vec<char> = account.chars().filter(char::is_ascii_alphanumeric).collect();
    if digits.len() <= 4 {
        return "*".repeat(digits.len());
    }
    let tail: String = digits[digits.len() - 4..].iter().collect();
    format!("{}{tail}", "*".repeat(digits.len() - 4))
}

/// The events of a new flagged decision: `decision.block` or `decision.review`, and
/// `case.opened`. An `allow` announces nothing.
pub fn of_decision(tenant: &str, request: &Request, decision: &Decision) -> Vec<NewEvent> {
    let kind = match decision.decision {
        Action::Block => "decision.block",
        Action::Review => "decision.review",
        Action::Allow => return Vec::new(),
    };
    let (amount, currency, counterparty, account) = match request {
        Request::Payment(p) => (
            p.amount.decimal().to_string(),
            p.currency.clone().unwrap_or_else(|| "CNY".into()),
            p.payee.name.clone(),
            Some(mask_account(&p.payee.account_no)),
        ),
        Request::Order(o) => (
            o.total_amount.decimal().to_string(),
            o.currency.clone().unwrap_or_else(|| "CNY".into()),
            o.customer.name.clone(),
            None,
        ),
    };
    let hits: Vec<Value> = decision
        .hits
        .iter()
        .take(3)
        .map(|h| json!({"rule_id": h.rule_id.as_ref(), "title": h.title.as_ref(), "score": h.score, "advice": h.advice.as_ref()}))
        .collect();
    let payload = json!({
        "decision_id": decision.decision_id,
        "case_id": decision.case_id,
        "kind": if matches!(request, Request::Payment(_)) { "payment" } else { "order" },
        "request_id": request.id(),
        "decision": decision.decision.as_str(),
        "score": decision.score,
        "amount": amount,
        "currency": currency,
        "counterparty": counterparty,
        "account": account,
        "hits": hits,
        "advice": decision.hits.first().map(|h| h.advice.to_string()),
    });
    let mut events = vec![NewEvent::new(kind, Some(tenant), &payload)];
    if decision.case_id.is_some() {
        events.push(NewEvent::new("case.opened", Some(tenant), &payload));
    }
    events
}

/// `case.closed`, with how and by whom.
pub fn case_closed(tenant: &str, case_id: &str, decision_id: &str, resolution: Option<&str>, by: &str) -> NewEvent {
    NewEvent::new(
        "case.closed",
        Some(tenant),
        &json!({"case_id": case_id, "decision_id": decision_id, "resolution": resolution, "closed_by": by}),
    )
}

/// `incident.confirmed`: the company's record, with the scammer's identifiers (accounts masked).
pub fn incident_confirmed(id: &str, incident: &Value) -> NewEvent {
    let mut payload = incident.clone();
    if let Some(accounts) = payload.pointer_mut("/identifiers/accounts").and_then(Value::as_array_mut) {
        for account in accounts.iter_mut() {
            *account = Value::String(mask_account(account.as_str().unwrap_or_default()));
        }
    }
    if let Some(object) = payload.as_object_mut() {
        object.insert("id".into(), Value::String(id.to_owned()));
        // The narrative stays in the record: it names people.
        object.remove("narrative");
    }
    let company = incident["company"].as_str();
    NewEvent::new("incident.confirmed", company, &payload)
}

/// `rules.reloaded`: which version, how many rules, by whom.
pub fn rules_reloaded(version: &str, rule_count: usize, by: &str, source: &str) -> NewEvent {
    NewEvent::new(
        "rules.reloaded",
        None,
        &json!({"version": version, "rule_count": rule_count, "by": by, "source": source}),
    )
}

/// `rules.reload_failed`: by whom, and the diagnostics (cut to a readable length).
pub fn rules_reload_failed(by: &str, diagnostics: &str) -> NewEvent {
    let shown: String = diagnostics.chars().take(2000).collect();
    NewEvent::new("rules.reload_failed", None, &json!({"by": by, "diagnostics": shown}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_numbers_keep_their_last_four_digits() {
        assert_eq!(mask_account("6217 0000 1234 5678"), "************5678");
        assert_eq!(mask_account("123"), "***");
    }
}
