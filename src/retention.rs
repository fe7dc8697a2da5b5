//! Retention of personal data (PIPL): past the retention period, a decision's request as
//! received is cut down to what the aggregates need (kind, time, amount, currency, purpose,
//! channel), and the evidence loses every quote of text or identifier. The decision itself —
//! action, score, rules, advice, case and outcome — is kept, so reports and rule statistics
//! stay whole. The counterparty history event the decision fed (an executed payment, an
//! accepted order) is cut down too, to what the history reads.

use serde_json::{Map, Value, json};

use crate::domain::request::{Customer, Instruction, OrderRequest, Payee, PaymentRequest, Related};
use crate::domain::{Kind, Request};
use crate::engine::history::{mail_domains_in, payment_mail_domains};

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

/// A counterparty history event's request as kept after the retention period: only what the
/// history reads from it (`Event::executed_payment`, `Event::accepted_order`), so the payee or
/// customer stays known and every check that looks back still works, while memos,
/// instructions, the payer, order lines, addresses and notes go (of instructions and notes,
/// only the organisations' mail domains stay, as bare `@domain` addresses). Still a valid request of its
/// kind; `None` when `request_json` is not one (nothing to cut).
pub fn reduce_history_request(kind: Kind, request_json: &str) -> Option<String> {
    let value: Value = serde_json::from_str(request_json).ok()?;
    let kept = match Request::from_json(kind, value).ok()? {
        Request::Payment(p) => serde_json::to_value(PaymentRequest {
            // The organisations' mail domains the look-alike domain test compares with, without
            // the addresses, names or words they came in.
            instruction: addresses_of(&payment_mail_domains(&p)).map(|domains| Instruction {
                channel: None,
                from_name: None,
                from_contact: Some(domains),
                text: None,
                urgent: None,
            }),
            request_id: p.request_id,
            submitted_at: p.submitted_at,
            payer: None,
            payee: Payee {
                name: p.payee.name,
                account_no: p.payee.account_no,
                bank: None,
                account_type: None,
                vendor_id: p.payee.vendor_id,
                phone: p.payee.phone,
            },
            amount: p.amount,
            currency: p.currency,
            purpose: None,
            memo: None,
            requested_by: p.requested_by,
            approved_by: None,
            related: p.related.and_then(|r| r.invoice_no).map(|invoice_no| Related {
                order_id: None,
                contract_id: None,
                invoice_no: Some(invoice_no),
            }),
            payee_account_changed_at: None,
            verification: None,
        }),
        Request::Order(o) => serde_json::to_value(OrderRequest {
            record_id: o.record_id,
            received_at: o.received_at,
            customer: Customer {
                name: o.customer.name,
                credit_code: None,
                contact_name: None,
                phone: o.customer.phone,
                email: o.customer.email,
                im_id: o.customer.im_id,
                customer_id: o.customer.customer_id,
            },
            items: Vec::new(),
            total_amount: o.total_amount,
            currency: o.currency,
            channel: None,
            delivery: None,
            // Terms are commercial, not personal, and tell a customer's usual terms from new ones.
            payment_terms: o.payment_terms,
            third_party: None,
            fees_requested: Vec::new(),
            notes: addresses_of(&mail_domains_in(o.notes.as_deref())),
        }),
    }
    .ok()?;
    Some(without_empty(kept).to_string())
}

/// Mail domains written as bare addresses (`@example.com @example.cn`), as the history reads them
/// back; `None` when there are none.
fn addresses_of(domains: &[String]) -> Option<String> {
    (!domains.is_empty()).then(|| domains.iter().map(|d| format!("@{d}")).collect::<Vec<_>>().join(" "))
}

/// `value` without the nulls and empty lists of the fields that were dropped.
fn without_empty(value: Value) -> Value {
    match value {
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .map(|(k, v)| (k, without_empty(v)))
                .collect(),
        ),
        other => other,
    }
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

    /// The history event a request makes, from its JSON.
    fn event(kind: Kind, json: &str) -> crate::engine::Event {
        let value: Value = serde_json::from_str(json).unwrap_or_default();
        match Request::from_json(kind, value) {
            Ok(Request::Payment(p)) => crate::engine::Event::executed_payment(&p),
            Ok(Request::Order(o)) => crate::engine::Event::accepted_order(&o),
            Err(e) => panic!("not a request any more: {e}: {json}"),
        }
    }

    #[test]
    fn a_purged_history_payment_is_the_same_event_without_the_rest() {
        let request = r#"{"request_id":"P-7","submitted_at":"2026-01-05T10:00:00+08:00","amount":"48000.00",
            "currency":"CNY","purpose":"货款","memo":"按王经理微信通知付到新账户，抄送 caiwu@sz-shili.com.cn",
            "payer":{"account_no":"6222000000000001","account_name":"示例科技有限公司"},
            "payee":{"name":"深圳示例电子有限公司","account_no":"6217 0000 1111 2222","bank":"示例银行深圳分行",
                     "account_type":"corporate","vendor_id":"V-0042","phone":"0755-88880000"},
            "instruction":{"channel":"im","from_name":"王经理","from_contact":"wx_wang88","text":"今天务必付款","urgent":true},
            "requested_by":"li.na","approved_by":["zhao.lei"],
            "related":{"order_id":"PO-9","contract_id":"HT-3","invoice_no":"INV-551"},
            "payee_account_changed_at":"2026-01-03T09:00:00+08:00",
            "verification":{"callback_done":true,"callback_number":"13800000000"}}"#;
        let kept = reduce_history_request(Kind::Payment, request).unwrap_or_default();
        assert_eq!(event(Kind::Payment, &kept), event(Kind::Payment, request), "{kept}");
        // The payee's phone stays: it is the number on file that a later call-back must reach.
        assert!(kept.contains("0755-88880000"), "{kept}");
        for gone in [
            "王经理",
            "新账户",
            "6222000000000001",
            "示例银行",
            "务必",
            "zhao.lei",
            "HT-3",
            "13800000000",
            "货款",
            "caiwu",
        ] {
            assert!(!kept.contains(gone), "{gone} kept in {kept}");
        }
        assert_eq!(
            reduce_history_request(Kind::Payment, &kept).as_deref(),
            Some(kept.as_str()),
            "cutting twice changes nothing"
        );
    }

    #[test]
    fn a_purged_history_order_is_the_same_event_without_the_rest() {
        let request = r#"{"record_id":"O-3","received_at":"2026-02-01T15:00:00+08:00","total_amount":"260000.00",
            "customer":{"name":"北京示例贸易有限公司","credit_code":"91110000MA01ABCD2X","contact_name":"刘先生",
                        "phone":"13900000000","email":"liu@example.com","im_id":"liu_wx","customer_id":"C-17"},
            "items":[{"product":"茅台酒 53度","quantity":"20"}],"channel":"im",
            "delivery":{"address":"北京市朝阳区示例路1号","deadline":"2026-02-03"},
            "payment_terms":"货到付款","third_party":{"name":"示例酒业","contact":"13700000000","role":"supplier"},
            "fees_requested":[{"reason":"保证金","amount":"5000.00"}],"notes":"急单，请回复 zhang.san@bj-shili.cn"}"#;
        let kept = reduce_history_request(Kind::Order, request).unwrap_or_default();
        assert_eq!(event(Kind::Order, &kept), event(Kind::Order, request), "{kept}");
        for gone in ["刘先生", "91110000MA01ABCD2X", "茅台", "朝阳区", "示例酒业", "保证金", "急单", "zhang.san"]
        {
            assert!(!kept.contains(gone), "{gone} kept in {kept}");
        }
    }

    #[test]
    fn what_is_not_a_request_is_left_alone() {
        assert_eq!(reduce_history_request(Kind::Payment, "{\"request_id\":\"P-1\"}"), None);
        assert_eq!(reduce_history_request(Kind::Order, "not json"), None);
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
