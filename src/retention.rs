//! Retention of personal data (PIPL): past the retention period, a decision's request as
//! received is cut down to what the aggregates need (kind, time, amount, currency, purpose,
//! channel), and the evidence loses every quote of text or identifier. The decision itself —
//! action, score, rules, advice, case and outcome — is kept, so reports and rule statistics
//! stay whole.

use serde_json::{Map, Value, json};

/// What a purged request keeps: the fields reports and statistics read, none of which names
/// or identifies a person or an account.
const KEPT: &[&str] =
    &["request_id", "record_id", "submitted_at", "received_at", "amount", "total_amount", "currency", "purpose"];

/// The request as kept after the retention period.
pub fn reduce_request(request_json: &str, purged_at: &str) -> String {
    let original: Value = serde_json::from_str(request_json).unwrap_or(Value::Null);
    let mut kept = Map::new();
    for key in KEPT {
        if let Some(value) = original.get(*key) {
            kept.insert((*key).to_owned(), value.clone());
        }
    }
    // The channel an instruction or order came through is a category, not an identifier.
    if let Some(channel) = original.pointer("/instruction/channel").or_else(|| original.get("channel")) {
        kept.insert("channel".into(), channel.clone());
    }
    kept.insert("purged_at".into(), json!(purged_at));
    Value::Object(kept).to_string()
}

/// Whether a piece of evidence quotes the request (a text match, or an identifier such as a
/// name, account number, phone or contact) rather than stating a derived fact.
fn quotes_the_request(evidence: &Value) -> bool {
    if evidence.get("at").is_some() {
        return true;
    }
    let field = evidence.get("field").and_then(Value::as_str).unwrap_or_default();
    ["account", "name", "phone", "contact", "email", "im_id", "memo", "text", "notes", "address", "bank"]
        .iter()
        .any(|word| field.contains(word))
}

/// The decision as kept after the retention period: every quoting piece of evidence says
/// `(purged)` instead, and loses its position.
pub fn reduce_decision(decision_json: &str) -> String {
    let Ok(mut decision) = serde_json::from_str::<Value>(decision_json) else { return decision_json.to_owned() };
    if let Some(hits) = decision.get_mut("hits").and_then(Value::as_array_mut) {
        for hit in hits {
            if let Some(evidence) = hit.get_mut("evidence").and_then(Value::as_array_mut) {
                for item in evidence.iter_mut().filter(|e| quotes_the_request(e)) {
                    if let Some(object) = item.as_object_mut() {
                        object.insert("matched".into(), json!("(purged)"));
                        object.remove("at");
                    }
                }
            }
        }
    }
    decision.to_string()
}

/// Purges, at start and then every hour, what is older than `days`, a batch at a time so
/// screenings keep flowing meanwhile.
pub async fn run(store: crate::store::Store, days: u32) {
    loop {
        let cutoff = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24 * i64::from(days));
        let cutoff = crate::store::stamp(cutoff);
        let mut purged = 0;
        loop {
            match store.purge_before(&cutoff, 500).await {
                Ok(0) => break,
                Ok(n) => purged += n,
                Err(error) => {
                    tracing::warn!(%error, "purging after the retention period failed; trying again in an hour");
                    break;
                }
            }
        }
        if purged > 0 {
            tracing::info!(purged, days, "requests older than the retention period cut down");
        }
        tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_purged_request_keeps_the_aggregates_and_nothing_that_identifies() {
        let request = r#"{"request_id":"P-1","submitted_at":"2026-01-05T10:00:00+08:00","amount":"520000.00",
            "currency":"CNY","purpose":"保证金","memo":"资源合作保证金",
            "payee":{"name":"乌鲁木齐示例矿业投资有限公司","account_no":"6217000000000999"},
            "instruction":{"channel":"im","from_name":"马总","text":"这事先别声张"}}"#;
        let kept: Value = serde_json::from_str(&reduce_request(request, "2027-01-05T00:00:00Z")).unwrap_or_default();
        assert_eq!(kept["amount"], "520000.00");
        assert_eq!(kept["channel"], "im");
        assert_eq!(kept["purged_at"], "2027-01-05T00:00:00Z");
        let text = kept.to_string();
        for personal in ["6217000000000999", "乌鲁木齐", "马总", "别声张", "memo"] {
            assert!(!text.contains(personal), "{personal} kept in {text}");
        }
    }

    #[test]
    fn purged_evidence_keeps_derived_facts_and_drops_quotes() {
        let decision = r#"{"decision":"block","score":95,"hits":[{"rule_id":"B-1","evidence":[
            {"field":"instruction.text","matched":"别声张","at":[10,13]},
            {"field":"payee.account_no","matched":"6217000000000999"},
            {"field":"payee.is_new","matched":"true"}]}]}"#;
        let kept = reduce_decision(decision);
        assert!(!kept.contains("别声张") && !kept.contains("6217000000000999"), "{kept}");
        assert!(kept.contains("\"payee.is_new\"") && kept.contains("\"true\""), "{kept}");
        assert!(kept.contains("\"score\":95") && kept.contains("\"B-1\""), "{kept}");
    }
}
