//! The engine's public API on small rulesets: scoring, forced actions, missing data,
//! tenant overrides. Each case is data in, decision out.

use fraudscreen::domain::{Action, Kind, Request};
use fraudscreen::engine::{Context, History, RuleSet, Sources, TenantOverrides, Watchlist};
use rust_decimal::Decimal;
use serde_json::json;

fn ruleset(rules: &str) -> RuleSet {
    let pack =
        format!("[pack]\nid = \"fake_order\"\ntitle = \"测试\"\n\n[keywords.deposit]\nterms = [\"保证金\"]\n\n{rules}");
    let sources = Sources { files: vec![("fake_order.toml".into(), pack)] };
    RuleSet::compile(&sources).unwrap_or_else(|d| {
        panic!("{}", d.render(&sources, fraudscreen::engine::Lang::En, fraudscreen::engine::Format::Plain))
    })
}

fn rule(id: &str, scam_type: &str, when: &str, score: i32, action: Option<&str>) -> String {
    let action = action.map(|a| format!("action = \"{a}\"\n")).unwrap_or_default();
    format!(
        "[[rule]]\nid = \"{id}\"\ntitle = \"{id}\"\nscam_type = \"{scam_type}\"\napplies_to = \"payment\"\nwhen = '{when}'\nscore = {score}\n{action}advice = \"核实 {id}\"\n\n"
    )
}

fn payment(extra: serde_json::Value) -> Request {
    let mut body = json!({
        "request_id": "P-1", "submitted_at": "2026-07-14T11:00:00+08:00",
        "payee": {"name": "测试商贸有限公司", "account_no": "6200000000000001"}, "amount": "49000.00"
    });
    if let (Some(target), Some(source)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in source {
            target.insert(k.clone(), v.clone());
        }
    }
    Request::from_json(Kind::Payment, body).unwrap_or_else(|e| panic!("{e}"))
}

fn screen(rules: &RuleSet, request: &Request, tenant: Option<&TenantOverrides>) -> (Action, u8, Vec<String>) {
    let history = History::new();
    let watchlist = Watchlist::default();
    let decision = rules.screen(request, Context { history: &history, watchlist: &watchlist, tenant });
    (decision.decision, decision.score, decision.hits.into_iter().map(|h| h.rule_id.to_string()).collect())
}

#[test]
fn scores_add_up_within_a_type_and_are_capped_before_mitigators() {
    let rules = ruleset(
        &[
            rule("A-1", "fake_order", "amount > 1", 60, None),
            rule("A-2", "fake_order", "amount > 2", 70, None),
            rule("B-1", "contract_fraud", "amount > 3", 40, None),
            rule("M-1", "common", "amount > 4", -30, None),
        ]
        .concat(),
    );
    // fake_order: min(100, 130) - 30 = 70; contract_fraud: 40 - 30 = 10; the highest wins.
    assert_eq!(
        screen(&rules, &payment(json!({})), None),
        (Action::Review, 70, vec!["A-2".into(), "A-1".into(), "B-1".into(), "M-1".into()])
    );
}

#[test]
fn unrelated_weak_signals_do_not_add_up_across_types() {
    let rules = ruleset(
        &[
            rule("A-1", "fake_order", "amount > 1", 25, None),
            rule("B-1", "contract_fraud", "amount > 1", 25, None),
            rule("C-1", "fake_invoice", "amount > 1", 25, None),
        ]
        .concat(),
    );
    assert_eq!(screen(&rules, &payment(json!({})), None).0, Action::Allow);
}

#[test]
fn a_forced_block_survives_any_mitigator() {
    let rules = ruleset(
        &[rule("H-1", "fake_order", "amount > 1", 10, Some("block")), rule("M-1", "common", "amount > 1", -100, None)]
            .concat(),
    );
    let (decision, score, _) = screen(&rules, &payment(json!({})), None);
    assert_eq!((decision, score), (Action::Block, 90));
}

#[test]
fn a_condition_on_missing_data_never_fires_even_negated() {
    let rules = ruleset(
        &[
            rule("N-1", "fake_order", "not (verification.callback_done == true)", 50, None),
            rule("N-2", "fake_order", "missing(verification.callback_done)", 40, None),
        ]
        .concat(),
    );
    assert_eq!(screen(&rules, &payment(json!({})), None).2, vec!["N-2".to_owned()]);
    let with_callback = payment(json!({"verification": {"callback_done": false}}));
    assert_eq!(screen(&rules, &with_callback, None).2, vec!["N-1".to_owned()]);
}

#[test]
fn tenant_overrides_change_the_approval_limits_and_business_hours() {
    let rules = ruleset(
        &[
            rule("L-1", "fake_order", "amount.just_below_limit", 40, None),
            rule("T-1", "fake_order", "not local.is_business_hours", 35, None),
        ]
        .concat(),
    );
    let request = payment(json!({"amount": "49000.00", "submitted_at": "2026-07-14T08:30:00+08:00"}));
    // Defaults: limit 50,000; business hours 09:00-18:00 (no settings.toml in this ruleset).
    assert_eq!(screen(&rules, &request, None).2, vec!["L-1".to_owned(), "T-1".to_owned()]);
    let tenant = TenantOverrides {
        approval_limits: Some(vec![Decimal::from(100_000)]),
        business_hours: Some((8 * 60, 17 * 60)),
        ..TenantOverrides::default()
    };
    assert_eq!(screen(&rules, &request, Some(&tenant)).2, Vec::<String>::new());
}

#[test]
fn keyword_evidence_quotes_the_original_spelling() {
    let rules = ruleset(&rule("K-1", "fake_order", "memo has_any deposit", 40, None));
    let history = History::new();
    let watchlist = Watchlist::default();
    let request = payment(json!({"memo": "先交保-證-金再发货"}));
    let decision = rules.screen(&request, Context { history: &history, watchlist: &watchlist, tenant: None });
    let evidence = &decision.hits[0].evidence[0];
    assert_eq!((evidence.field.as_str(), evidence.matched.as_str(), evidence.at), ("memo", "保-證-金", Some([2, 7])));
}
