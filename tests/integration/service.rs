//! The real service on `127.0.0.1:0` with a fresh SQLite file, called over HTTP.

use std::path::PathBuf;

use fraudscreen::config::{Config, Overrides};
use fraudscreen::startup::App;
use fraudscreen::store::{Role, SqliteStore};
use serde_json::{Value, json};

use crate::helpers::{copy_rules, rules_dir};

struct TestApp {
    base: String,
    client: reqwest::Client,
    db: PathBuf,
    _dir: tempfile::TempDir,
    keys: Keys,
}

struct Keys {
    acme_client: String,
    acme_analyst: String,
    other_client: String,
}

async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("data/fraudscreen.db");
    spawn_on(dir, db).await
}

async fn spawn_on(dir: tempfile::TempDir, db: PathBuf) -> TestApp {
    spawn_with_rules(dir, db, rules_dir()).await
}

async fn spawn_with_rules(dir: tempfile::TempDir, db: PathBuf, rules: PathBuf) -> TestApp {
    let overrides = Overrides {
        listen: Some("127.0.0.1:0".into()),
        database_url: Some(format!("sqlite://{}", db.display())),
        rules_dir: Some(rules),
    };
    let mut config = Config::load(None, &overrides).unwrap_or_else(|e| panic!("{e:#}"));
    // These tests drive load through one key; tests/integration/security.rs tests the limit.
    config.rate_limit_per_second = 0;
    // The authorization matrix tries an unknown key on every route, from 127.0.0.1.
    config.auth_failures_per_minute = 0;
    // Webhook receivers in these tests listen on loopback, which must be listed to be called.
    config.webhook_hosts = vec!["127.0.0.1".into()];
    let store = SqliteStore::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let key = |tenant: &str, role: Role| {
        store
            .create_key(tenant, role, &format!("{tenant} test"), None)
            .map(|(_, k)| k)
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let keys = Keys {
        acme_client: key("acme", Role::Client),
        acme_analyst: key("acme", Role::Analyst),
        other_client: key("other", Role::Client),
    };
    let app = App::build(&config).await.unwrap_or_else(|e| panic!("{e:#}"));
    let addr = app.local_addr().unwrap_or_else(|e| panic!("{e}"));
    tokio::spawn(app.run_until_stopped());
    TestApp { base: format!("http://{addr}"), client: reqwest::Client::new(), db, _dir: dir, keys }
}

impl TestApp {
    async fn post(&self, path: &str, key: &str, body: &Value) -> (u16, Value) {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .bearer_auth(key)
            .json(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn post_raw(&self, path: &str, key: &str, body: String) -> (u16, Value) {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .bearer_auth(key)
            .body(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn get(&self, path: &str, key: &str) -> (u16, Value) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .bearer_auth(key)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }
}

fn payment(request_id: &str, amount: &str) -> Value {
    json!({
        "request_id": request_id,
        "submitted_at": "2026-07-14T10:32:00+08:00",
        "payee": {"name": "某某设备有限公司", "account_no": "6222000000097777"},
        "amount": amount,
        "purpose": "预付款"
    })
}

#[tokio::test]
async fn a_screened_payment_is_recorded_and_can_be_read_back() {
    let app = spawn_app().await;
    let (status, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("P-1", "1000.00")).await;
    assert_eq!(status, 200, "{decision}");
    assert_eq!(decision["request_id"], "P-1");
    assert_eq!(decision["decision"], "allow");
    let id = decision["decision_id"].as_str().unwrap_or_default().to_owned();
    assert!(!id.is_empty());
    let (status, read) = app.get(&format!("/v1/decisions/{id}"), &app.keys.acme_analyst).await;
    assert_eq!((status, &read), (200, &decision));
}

#[tokio::test]
async fn a_review_opens_a_case_and_orders_are_screened_too() {
    let app = spawn_app().await;
    let (status, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("P-2", "49800.00")).await;
    assert_eq!((status, decision["decision"].as_str()), (200, Some("review")), "{decision}");
    assert!(decision["case_id"].is_string());
    let order = json!({"record_id": "SO-1", "received_at": "2026-07-14T09:05:00+08:00", "customer": {"name": "某某贸易有限公司"}, "total_amount": "5000.00"});
    let (status, decision) = app.post("/v1/screen/order", &app.keys.acme_client, &order).await;
    assert_eq!((status, decision["request_id"].as_str()), (200, Some("SO-1")), "{decision}");
    assert!(decision["case_id"].is_null());
}

#[tokio::test]
async fn the_same_request_returns_the_stored_decision_and_a_different_body_is_409() {
    let app = spawn_app().await;
    let (_, first) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("P-3", "1000.00")).await;
    // Same body, other key order and whitespace.
    let reordered = r#"{ "amount": "1000.00", "purpose": "预付款", "payee": {"account_no": "6222000000097777", "name": "某某设备有限公司"},
        "submitted_at": "2026-07-14T10:32:00+08:00", "request_id": "P-3" }"#;
    let (status, again) = app.post_raw("/v1/screen/payment", &app.keys.acme_client, reordered.into()).await;
    assert_eq!((status, &again), (200, &first));
    let (status, error) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("P-3", "2000.00")).await;
    assert_eq!(
        (status, error["code"].as_str(), error["field"].as_str()),
        (409, Some("idempotency_conflict"), Some("request_id"))
    );
    // Another tenant may use the same id for its own request.
    let (status, theirs) = app.post("/v1/screen/payment", &app.keys.other_client, &payment("P-3", "2000.00")).await;
    assert_eq!(status, 200);
    assert_ne!(theirs["decision_id"], first["decision_id"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_duplicates_yield_one_decision() {
    let app = spawn_app().await;
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..16 {
        let (client, url, key) =
            (app.client.clone(), format!("{}/v1/screen/payment", app.base), app.keys.acme_client.clone());
        calls.spawn(async move {
            let response = client
                .post(url)
                .bearer_auth(key)
                .json(&payment("P-4", "1000.00"))
                .send()
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            (response.status().as_u16(), response.json::<Value>().await.unwrap_or(Value::Null))
        });
    }
    let mut ids = std::collections::BTreeSet::new();
    while let Some(result) = calls.join_next().await {
        let (status, decision) = result.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(status, 200, "{decision}");
        ids.insert(decision["decision_id"].as_str().unwrap_or_default().to_owned());
    }
    assert_eq!(ids.len(), 1, "{ids:?}");
}

#[tokio::test]
async fn keys_roles_and_tenants_are_enforced() {
    let app = spawn_app().await;
    let (status, _) = app.post("/v1/screen/payment", "fs_not_a_key", &payment("P-5", "1.00")).await;
    assert_eq!(status, 401);
    let (status, error) = app.post("/v1/screen/payment", &app.keys.acme_analyst, &payment("P-5", "1.00")).await;
    assert_eq!((status, error["code"].as_str()), (403, Some("forbidden")));
    let (_, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("P-5", "1.00")).await;
    let id = decision["decision_id"].as_str().unwrap_or_default();
    let (status, _) = app.get(&format!("/v1/decisions/{id}"), &app.keys.other_client).await;
    assert_eq!(status, 404);
    let (status, _) =
        app.post(&format!("/v1/decisions/{id}/outcome"), &app.keys.other_client, &json!({"outcome": "executed"})).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn bad_input_is_a_4xx_naming_the_field_and_writes_nothing() {
    let app = spawn_app().await;
    let mut body = payment("P-6", "1.00");
    body["payee"]["acount_no"] = json!("1");
    let (status, error) = app.post("/v1/screen/payment", &app.keys.acme_client, &body).await;
    assert_eq!((status, error["code"].as_str()), (400, Some("invalid_field")), "{error}");
    assert!(error["message"].as_str().unwrap_or_default().contains("acount_no"), "{error}");
    let (status, error) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("P-6", "12.345")).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("amount")), "{error}");
    let (status, error) = app.post_raw("/v1/screen/payment", &app.keys.acme_client, "{\"request_id\": ".into()).await;
    assert_eq!((status, error["code"].as_str()), (400, Some("malformed_json")));
    assert!(error["message"].as_str().unwrap_or_default().contains("line 1 column"), "{error}");
    let huge = format!("{{\"request_id\": \"{}\"}}", "x".repeat(70 * 1024));
    let (status, error) = app.post_raw("/v1/screen/payment", &app.keys.acme_client, huge).await;
    assert_eq!((status, error["code"].as_str()), (413, Some("payload_too_large")));
    // Nothing was written for P-6: the valid body now gets a fresh decision, not a conflict.
    let (status, _) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("P-6", "1.00")).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn an_executed_outcome_makes_the_payee_known_for_the_next_payment() {
    let app = spawn_app().await;
    // 49,800 to a new payee with no contract is just below the 50,000 limit: review.
    let (_, first) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("P-7", "49800.00")).await;
    assert_eq!(first["decision"], "review", "{first}");
    let id = first["decision_id"].as_str().unwrap_or_default();
    let (status, outcome) = app
        .post(
            &format!("/v1/decisions/{id}/outcome"),
            &app.keys.acme_client,
            &json!({"outcome": "executed", "note": "called back"}),
        )
        .await;
    assert_eq!((status, outcome["outcome"].as_str()), (200, Some("executed")), "{outcome}");
    let mut later = payment("P-8", "49800.00");
    later["submitted_at"] = json!("2026-07-20T10:32:00+08:00");
    let (_, second) = app.post("/v1/screen/payment", &app.keys.acme_client, &later).await;
    let hits: Vec<&str> =
        second["hits"].as_array().into_iter().flatten().filter_map(|h| h["rule_id"].as_str()).collect();
    assert!(!hits.contains(&"CM-003"), "the payee is known now: {second}");
    let (status, error) =
        app.post(&format!("/v1/decisions/{id}/outcome"), &app.keys.acme_client, &json!({"outcome": "paid"})).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("outcome")), "{error}");
}

#[tokio::test]
async fn decisions_and_history_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("fraudscreen.db");
    let app = spawn_on(dir, db.clone()).await;
    let (_, first) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("P-9", "49800.00")).await;
    let id = first["decision_id"].as_str().unwrap_or_default().to_owned();
    app.post(&format!("/v1/decisions/{id}/outcome"), &app.keys.acme_client, &json!({"outcome": "executed"})).await;
    // A second server on the same database file, as after a restart.
    let TestApp { _dir, .. } = app;
    let restarted = spawn_on(_dir, db).await;
    let (status, read) = restarted.get(&format!("/v1/decisions/{id}"), &restarted.keys.acme_client).await;
    // Keys are per-spawn; the new acme key reads acme's decision, with its case as it stands.
    let mut expected = first.clone();
    expected["case_status"] = json!("open");
    assert_eq!((status, &read), (200, &expected));
    let mut later = payment("P-10", "49800.00");
    later["submitted_at"] = json!("2026-07-20T10:32:00+08:00");
    let (_, second) = restarted.post("/v1/screen/payment", &restarted.keys.acme_client, &later).await;
    assert_eq!(second["decision"], "allow", "history was rebuilt from the store: {second}");
    let _ = restarted.db;
}

#[tokio::test]
async fn decisions_are_listed_by_filter_and_paged_with_a_cursor() {
    let app = spawn_app().await;
    for n in 0..5 {
        let amount = if n % 2 == 0 { "49800.00" } else { "1000.00" };
        app.post("/v1/screen/payment", &app.keys.acme_client, &payment(&format!("L-{n}"), amount)).await;
    }
    app.post("/v1/screen/payment", &app.keys.other_client, &payment("L-other", "1000.00")).await;
    let (status, page) = app.get("/v1/decisions?limit=2", &app.keys.acme_analyst).await;
    assert_eq!(status, 200, "{page}");
    let ids = |page: &Value| -> Vec<String> {
        page["decisions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|d| d["request_id"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(ids(&page), vec!["L-0", "L-1"]);
    let cursor = page["next_cursor"].as_str().unwrap_or_default().to_owned();
    let (_, page2) = app.get(&format!("/v1/decisions?limit=2&cursor={cursor}"), &app.keys.acme_analyst).await;
    assert_eq!(ids(&page2), vec!["L-2", "L-3"]);
    let (_, reviews) = app.get("/v1/decisions?decision=review", &app.keys.acme_analyst).await;
    assert_eq!(ids(&reviews), vec!["L-0", "L-2", "L-4"]);
    let (_, common) = app.get("/v1/decisions?scam_type=common&decision=review", &app.keys.acme_analyst).await;
    assert_eq!(ids(&common).len(), 3);
    let (_, none) = app.get("/v1/decisions?from=2999-01-01T00:00:00Z", &app.keys.acme_analyst).await;
    assert!(ids(&none).is_empty());
    // Another tenant's decisions never show, even when asked for.
    let (_, theirs) = app.get("/v1/decisions?tenant=other", &app.keys.acme_analyst).await;
    assert!(ids(&theirs).is_empty(), "{theirs}");
    let (status, error) = app.get("/v1/decisions?decision=maybe", &app.keys.acme_analyst).await;
    assert_eq!(status, 400, "{error}");
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/healthz", app.base))
        .header("x-request-id", "abc-123")
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.headers().get("x-request-id").and_then(|v| v.to_str().ok()), Some("abc-123"));
    let response =
        app.client.get(format!("{}/v1/decisions/nope", app.base)).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 401);
    assert!(response.headers().get("x-request-id").is_some_and(|v| v.len() == 26));
}

/// Every route of the router's own table, for every kind of caller: 401 without a valid key,
/// 403 for a role the route does not allow, 404 for an object outside the caller's tenants.
#[tokio::test]
async fn the_authorization_matrix_holds_for_every_route() {
    use fraudscreen::http::{Access, ROUTES};
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let key = |tenant: &str, role: Role, jurisdiction: Option<&[String]>| {
        store.create_key(tenant, role, "matrix", jurisdiction).map(|(_, k)| k).unwrap_or_else(|e| panic!("{e}"))
    };
    let other_only = vec!["other".to_owned()];
    let callers: Vec<(&str, Option<String>, Option<Role>, bool)> = vec![
        // (label, key, role, may see tenant acme's objects)
        ("no key", None, None, false),
        ("unknown key", Some("fs_unknown".into()), None, false),
        ("acme client", Some(app.keys.acme_client.clone()), Some(Role::Client), true),
        ("acme analyst", Some(app.keys.acme_analyst.clone()), Some(Role::Analyst), true),
        ("other client", Some(app.keys.other_client.clone()), Some(Role::Client), false),
        ("officer for other", Some(key("police", Role::Officer, Some(&other_only))), Some(Role::Officer), false),
        ("officer for all", Some(key("police", Role::Officer, None)), Some(Role::Officer), true),
        ("admin", Some(key("ops", Role::Admin, None)), Some(Role::Admin), true),
    ];
    let (_, acme_decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("M-0", "1000.00")).await;
    let vendor = json!([{"kind": "vendor", "id": "V-M", "name": "矩阵测试物流有限公司", "account_no": "6505000000000777", "since": "2026-01-01T00:00:00+08:00"}]);
    app.post("/v1/counterparties/import", &app.keys.acme_client, &vendor).await;
    let acme_id = acme_decision["decision_id"].as_str().unwrap_or_default().to_owned();
    let (_, acme_review) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("M-R", "49800.00")).await;
    let acme_case = acme_review["case_id"].as_str().unwrap_or_default().to_owned();
    // A watchlist entry from one of acme's confirmed frauds: officers covering acme manage it.
    let (_, confirmed) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("M-W", "49800.00")).await;
    let confirmed_id = confirmed["decision_id"].as_str().unwrap_or_default().to_owned();
    app.post(
        &format!("/v1/decisions/{confirmed_id}/outcome"),
        &app.keys.acme_client,
        &json!({"outcome": "confirmed_fraud"}),
    )
    .await;
    let acme_watch = fraudscreen::store::Store::Sqlite(store.clone())
        .watch_records(false)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .first()
        .map(|r| r.id.clone())
        .unwrap_or_default();
    // An outreach session that reached acme, recorded straight in the store.
    let outreach_row = |id: &str| fraudscreen::store::OutreachRow {
        id: id.to_owned(),
        held_at: "2026-07-14T02:00:00.000000Z".into(),
        session: json!({"held_at": "2026-07-14T10:00:00+08:00", "companies": ["acme"], "format": "talk",
                        "attendance": 80, "officer": "张警官"})
        .to_string(),
        by: "matrix".into(),
    };
    let sqlite = fraudscreen::store::Store::Sqlite(store.clone());
    sqlite.put_outreach(outreach_row("OUT-ACME")).await.unwrap_or_else(|e| panic!("{e}"));
    let incident = fraudscreen::store::IncidentRow {
        id: "INC-ACME".into(),
        company: "acme".into(),
        reported_at: "2026-07-14T02:00:00.000000Z".into(),
        status: "reported".into(),
        incident: json!({"reported_at": "2026-07-14T10:00:00+08:00", "company": "acme", "scam_type": "fake_order",
                         "status": "reported", "officer": "张警官"})
        .to_string(),
        by: "matrix".into(),
    };
    sqlite.put_incident(incident.clone(), Vec::new(), Vec::new()).await.unwrap_or_else(|e| panic!("{e}"));
    // A webhook of acme's, its receiver on a port nobody listens on.
    let webhook_row = |id: &str| fraudscreen::store::WebhookRow {
        id: id.to_owned(),
        tenant: Some("acme".into()),
        jurisdiction: None,
        url: "http://127.0.0.1:9/hook".into(),
        events: vec!["decision.block".into()],
        format: "json".into(),
        secret: Some("0123456789abcdef".into()),
        created_by: "matrix".into(),
        created_by_key: None,
        created_at: "2026-07-14T02:00:00.000000Z".into(),
        last_seq: 0,
        attempts: 0,
        next_attempt_at: None,
    };
    sqlite.create_webhook(webhook_row("WH-ACME")).await.unwrap_or_else(|e| panic!("{e}"));
    let mut n = 0;
    let mut failures = Vec::new();
    for route in ROUTES {
        for (label, key, role, sees_acme) in &callers {
            n += 1;
            // A session deleted by one caller is gone for the next: each DELETE gets its own.
            let fresh_outreach = format!("OUT-{n}");
            if route.path.starts_with("/v1/outreach/") && route.method == "DELETE" {
                sqlite.put_outreach(outreach_row(&fresh_outreach)).await.unwrap_or_else(|e| panic!("{e}"));
            }
            let fresh_incident = format!("INC-{n}");
            if route.path.starts_with("/v1/incidents/") && route.method == "DELETE" {
                let row = fraudscreen::store::IncidentRow { id: fresh_incident.clone(), ..incident.clone() };
                sqlite.put_incident(row, Vec::new(), Vec::new()).await.unwrap_or_else(|e| panic!("{e}"));
            }
            let fresh_webhook = format!("WH-{n}");
            if route.path.starts_with("/v1/webhooks/") && route.method == "DELETE" {
                sqlite.create_webhook(webhook_row(&fresh_webhook)).await.unwrap_or_else(|e| panic!("{e}"));
            }
            let id = if route.path.starts_with("/v1/cases/") {
                &acme_case
            } else if route.path.starts_with("/v1/watchlist/") {
                &acme_watch
            } else if route.path.starts_with("/v1/webhooks/") {
                if route.method == "DELETE" { &fresh_webhook } else { &"WH-ACME".to_owned() }
            } else if route.path.starts_with("/v1/incidents/") {
                if route.method == "DELETE" { &fresh_incident } else { &"INC-ACME".to_owned() }
            } else if route.path.starts_with("/v1/outreach/") {
                if route.method == "DELETE" { &fresh_outreach } else { &"OUT-ACME".to_owned() }
            } else {
                &acme_id
            };
            let path = route
                .path
                .replace("{id}", id)
                .replace("{tenant}", "acme")
                .replace("{account_no}", "6505000000000777?tenant=acme")
                .replace("{name}", "某某贸易有限公司?tenant=acme")
                .replace("/v1/reports/weekly", "/v1/reports/weekly?week=2026-W29");
            let body = match route.path {
                "/v1/screen/payment" => payment(&format!("M-{n}"), "1000.00"),
                "/v1/screen/order" => {
                    json!({"record_id": format!("M-{n}"), "received_at": "2026-07-14T09:05:00+08:00", "customer": {"name": "某某贸易有限公司"}, "total_amount": "5000.00"})
                }
                "/v1/tenants/{tenant}/settings" => json!({"business_hours": ["09:00", "18:00"]}),
                "/v1/rules/rollback" | "/v1/rules/backtest" | "/v1/rules/shadow" => {
                    json!({"version": acme_decision["ruleset_version"]})
                }
                "/v1/counterparties/import" => vendor.clone(),
                "/v1/cases/{id}" => json!({"note": "matrix"}),
                "/v1/watchlist" => json!({"kind": "phone", "value": "13900000000"}),
                "/v1/outreach" => {
                    json!({"held_at": "2026-07-14T10:00:00+08:00", "companies": ["other"], "format": "talk",
                                         "attendance": 50, "officer": "李警官"})
                }
                "/v1/outreach/{id}" => json!({"attendance": 81}),
                "/v1/incidents" => json!({"reported_at": "2026-07-14T10:00:00+08:00", "company": "other",
                                          "scam_type": "fake_order", "status": "reported", "officer": "李警官"}),
                "/v1/incidents/{id}" => json!({"narrative": "矩阵"}),
                "/v1/webhooks" => json!({"url": "http://127.0.0.1:9/hook", "events": ["decision.block"],
                                         "secret": "0123456789abcdef"}),
                _ => json!({"outcome": "cancelled"}),
            };
            let url = format!("{}{path}", app.base);
            let mut request = match route.method {
                _ if route.path == "/v1/outreach/import" => app
                    .client
                    .post(url)
                    .header("content-type", "text/csv")
                    .body("时间,企业,形式,人数,民警\n2026-07-14 10:00,other,宣讲,30,李警官\n"),
                _ if route.path == "/v1/incidents/import" => app
                    .client
                    .post(url)
                    .header("content-type", "text/csv")
                    .body("报案时间,企业,诈骗类型,状态,民警\n2026-07-14 10:00,other,fake_order,已报案,李警官\n"),
                "GET" => app.client.get(url),
                "PUT" => app.client.put(url).json(&body),
                "PATCH" => app.client.patch(url).json(&body),
                "DELETE" => app.client.delete(url),
                _ => app.client.post(url).json(&body),
            };
            if let Some(key) = key {
                request = request.bearer_auth(key);
            }
            let status = request.send().await.unwrap_or_else(|e| panic!("{e}")).status().as_u16();
            let expected = match route.access {
                Access::Public => 200,
                Access::Roles(allowed) => match role {
                    None => 401,
                    Some(role) if !allowed.contains(role) => 403,
                    Some(_) if route.path.contains('{') && !sees_acme => 404,
                    Some(_) => 200,
                },
            };
            if status != expected {
                failures.push(format!("{} {} as {label}: {status}, expected {expected}", route.method, route.path));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn tenant_settings_override_the_defaults_for_that_tenant_only() {
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let officer = store
        .create_key("police", Role::Officer, "park officer", None)
        .map(|(_, k)| k)
        .unwrap_or_else(|e| panic!("{e}"));
    let put = |body: Value| {
        let request =
            app.client.put(format!("{}/v1/tenants/acme/settings", app.base)).bearer_auth(&officer).json(&body);
        async move {
            let response = request.send().await.unwrap_or_else(|e| panic!("{e}"));
            (response.status().as_u16(), response.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let (status, error) = put(json!({"approval_limits": ["100000", "-5"]})).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("approval_limits[1]")), "{error}");
    // The time zone stays Beijing time: at Urumqi time the 10:32 payment would fall before
    // business hours, and CM-006 would review it for that instead.
    let (status, _) = put(json!({"approval_limits": ["100000"], "time_zone": "Asia/Shanghai"})).await;
    assert_eq!(status, 200);
    let (status, read) = app.get("/v1/tenants/acme/settings", &officer).await;
    assert_eq!((status, read["approval_limits"][0].as_str()), (200, Some("100000")), "{read}");
    // 49,800 is no longer just below acme's limit; the other tenant keeps the default 50,000.
    let (_, acme) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("T-1", "49800.00")).await;
    assert_eq!(acme["decision"], "allow", "{acme}");
    let (_, other) = app.post("/v1/screen/payment", &app.keys.other_client, &payment("T-1", "49800.00")).await;
    assert_eq!(other["decision"], "review", "{other}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rollback_stays_until_the_rule_files_change_even_across_a_restart() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let rules = dir.path().join("rules");
    copy_rules(&rules);
    let db = dir.path().join("fraudscreen.db");
    let app = spawn_with_rules(dir, db.clone(), rules.clone()).await;
    let store = SqliteStore::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let officer =
        store.create_key("police", Role::Officer, "officer", None).map(|(_, k)| k).unwrap_or_else(|e| panic!("{e}"));
    let version = |rules: &Value| rules["version"].as_str().unwrap_or_default().to_owned();
    let (_, before) = app.get("/v1/rules", &officer).await;
    let edit = |marker: &str| {
        let common = rules.join("common.toml");
        let text = std::fs::read_to_string(&common).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&common, format!("{text}\n# {marker}\n")).unwrap_or_else(|e| panic!("{e}"));
    };
    edit("first edit");
    let (status, edited) = app.post("/v1/rules/reload", &officer, &json!({})).await;
    assert_eq!(status, 200, "{edited}");
    let (status, _) = app.post("/v1/rules/rollback", &officer, &json!({"version": version(&before)})).await;
    assert_eq!(status, 200);
    // The watcher polls every 2 s; the files did not change, so the rollback stays.
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    let (_, now) = app.get("/v1/rules", &officer).await;
    assert_eq!(version(&now), version(&before), "{now}");
    // A restart on the same files keeps it too.
    let TestApp { _dir, .. } = app;
    let restarted = spawn_with_rules(_dir, db.clone(), rules.clone()).await;
    let (_, after_restart) = restarted.get("/v1/rules", &officer).await;
    assert_eq!(version(&after_restart), version(&before), "{after_restart}");
    assert!(after_restart["loaded_by"].as_str().unwrap_or_default().contains("kept at start"), "{after_restart}");
    // New files are activated by the watcher.
    edit("second edit");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let (_, current) = restarted.get("/v1/rules", &officer).await;
        if version(&current) != version(&before) && version(&current) != version(&edited) {
            // The first server still runs on the same files and database: either may be first.
            assert!(current["loaded_by"].as_str().unwrap_or_default().starts_with("watcher"), "{current}");
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the edited files were not activated");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reloads_swap_good_rulesets_refuse_broken_ones_and_never_fail_a_request() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let rules = dir.path().join("rules");
    copy_rules(&rules);
    let db = dir.path().join("fraudscreen.db");
    let app = spawn_with_rules(dir, db.clone(), rules.clone()).await;
    let store = SqliteStore::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let officer = store
        .create_key("police", Role::Officer, "rules officer", None)
        .map(|(_, k)| k)
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, before) = app.get("/v1/rules", &officer).await;
    let first_version = before["version"].as_str().unwrap_or_default().to_owned();
    assert_eq!(before["loaded_by"], "startup");

    // Traffic runs throughout; every request must succeed.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut traffic = tokio::task::JoinSet::new();
    for worker in 0..4 {
        let (client, url, key, stop) =
            (app.client.clone(), format!("{}/v1/screen/payment", app.base), app.keys.acme_client.clone(), stop.clone());
        traffic.spawn(async move {
            let (mut ok, mut failed) = (0, 0);
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let response = client
                    .post(&url)
                    .bearer_auth(&key)
                    .json(&payment(&format!("R-{worker}-{n}"), "1000.00"))
                    .send()
                    .await;
                match response.map(|r| r.status().as_u16()) {
                    Ok(200) => ok += 1,
                    _ => failed += 1,
                }
            }
            (ok, failed)
        });
    }

    // A good change: one more rule.
    let extra = "\n[[rule]]\nid = \"CM-900\"\ntitle = \"测试规则\"\nscam_type = \"common\"\napplies_to = \"payment\"\nwhen = 'amount > 99999999'\nscore = 10\nadvice = \"核实\"\n";
    let common = std::fs::read_to_string(rules.join("common.toml")).unwrap_or_default();
    std::fs::write(rules.join("common.toml"), format!("{common}{extra}")).unwrap_or_else(|e| panic!("{e}"));
    let (status, after) = app.post("/v1/rules/reload", &officer, &json!({})).await;
    assert_eq!(status, 200, "{after}");
    let second_version = after["version"].as_str().unwrap_or_default().to_owned();
    assert_ne!(second_version, first_version);
    assert_eq!(after["rule_count"].as_u64(), before["rule_count"].as_u64().map(|n| n + 1));

    // A broken change is refused with its diagnostics; the good ruleset keeps serving.
    std::fs::write(rules.join("broken.toml"), "[pack]\nid = \"broken\"\ntitle = \"坏\"\n[[rule]]\nid = \"X-1\"\ntitle = \"x\"\nwhen = 'amount >= '\nscore = 1\nadvice = \"x\"\n").unwrap_or_else(|e| panic!("{e}"));
    let (status, error) = app.post("/v1/rules/reload", &officer, &json!({})).await;
    assert_eq!((status, error["code"].as_str()), (422, Some("invalid_ruleset")), "{error}");
    assert!(error["message"].as_str().unwrap_or_default().contains("broken.toml"), "{error}");
    let (_, status_now) = app.get("/v1/rules", &officer).await;
    assert_eq!(status_now["version"].as_str(), Some(second_version.as_str()));
    assert!(status_now["last_reload_error"].is_string());
    let (_, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("R-check", "1000.00")).await;
    assert_eq!(decision["ruleset_version"].as_str(), Some(second_version.as_str()));

    // Every activated ruleset is archived and can be rolled back to.
    let (_, versions) = app.get("/v1/rules/versions", &officer).await;
    let archived: Vec<&str> =
        versions["versions"].as_array().into_iter().flatten().filter_map(|v| v["version"].as_str()).collect();
    // (The directory watcher may have activated the good change too, archiving it twice.)
    assert!(archived.contains(&first_version.as_str()) && archived.contains(&second_version.as_str()), "{versions}");
    let (status, rolled) = app.post("/v1/rules/rollback", &officer, &json!({"version": first_version})).await;
    assert_eq!((status, rolled["version"].as_str()), (200, Some(first_version.as_str())), "{rolled}");

    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (mut ok, mut failed) = (0, 0);
    while let Some(result) = traffic.join_next().await {
        let (o, f) = result.unwrap_or((0, 1));
        ok += o;
        failed += f;
    }
    assert!(ok > 10, "too little traffic: {ok}");
    assert_eq!(failed, 0, "{failed} requests failed during reloads ({ok} succeeded)");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_show_requests_rule_hits_and_batches_larger_than_one_under_load() {
    let app = spawn_app().await;
    let mut calls = tokio::task::JoinSet::new();
    for n in 0..64 {
        let (client, url, key) =
            (app.client.clone(), format!("{}/v1/screen/payment", app.base), app.keys.acme_client.clone());
        calls.spawn(async move {
            let amount = if n % 2 == 0 { "49800.00" } else { "1000.00" };
            client
                .post(url)
                .bearer_auth(key)
                .json(&payment(&format!("B-{n}"), amount))
                .send()
                .await
                .map(|r| r.status().as_u16())
                .unwrap_or(0)
        });
    }
    while let Some(status) = calls.join_next().await {
        assert_eq!(status.unwrap_or(0), 200);
    }
    let text = app
        .client
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(text.contains("fraudscreen_http_requests_total{route=\"/v1/screen/payment\",status=\"200\"} 64"), "{text}");
    assert!(text.contains("fraudscreen_rule_hits_total{rule_id=\"CM-003\"} 32"), "{text}");
    assert!(
        text.contains("fraudscreen_screening_duration_seconds_count{kind=\"payment\",decision=\"review\"} 32"),
        "{text}"
    );
    let value = |prefix: &str| -> f64 {
        text.lines()
            .find(|l| l.starts_with(prefix))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(-1.0)
    };
    let batches = value("fraudscreen_store_batch_size_count");
    let single = value("fraudscreen_store_batch_size_bucket{le=\"1\"}");
    assert!(
        batches > 0.0 && single < batches,
        "some batch held more than one write: {single} of {batches} were single\n{text}"
    );
}

#[tokio::test]
async fn an_imported_vendor_master_makes_another_account_read_as_an_account_change() {
    let app = spawn_app().await;
    // GB18030-encoded CSV, as Excel on Chinese Windows saves it.
    let csv = "kind,id,name,account_no,bank,account_type,phone,since,earlier_accounts\n\
               vendor,V-9,哈密测试煤业有限公司,6505000011112222,中国建设银行哈密分行,corporate,0902-0000111,2025-01-01T00:00:00+08:00,6505000099990000@2025-06-01T00:00:00+08:00\n";
    let (bytes, _, _) = encoding_rs::GB18030.encode(csv);
    let response = app
        .client
        .post(format!("{}/v1/counterparties/import", app.base))
        .bearer_auth(&app.keys.acme_client)
        .header("content-type", "text/csv")
        .body(bytes.into_owned())
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!((status, body["imported"].as_u64()), (200, Some(1)), "{body}");
    let (status, record) = app.get("/v1/counterparties/6505000011112222", &app.keys.acme_analyst).await;
    assert_eq!((status, record["records"][0]["name"].as_str()), (200, Some("哈密测试煤业有限公司")), "{record}");
    assert_eq!(record["records"][0]["phone"].as_str(), Some("0902-0000111"), "the call-back number is kept: {record}");
    let (status, _) = app.get("/v1/counterparties/6505000011112222", &app.keys.other_client).await;
    assert_eq!(status, 404);
    // A payment to the same vendor at an account not on file reads as an account change.
    let mut body = payment("CP-1", "80000.00");
    body["payee"] = json!({"name": "哈密测试煤业有限公司", "account_no": "6217000055554444", "vendor_id": "V-9"});
    let (_, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &body).await;
    let hits: Vec<&str> =
        decision["hits"].as_array().into_iter().flatten().filter_map(|h| h["rule_id"].as_str()).collect();
    assert!(hits.contains(&"AC-004"), "{decision}");
    // A JSON import with a bad field names it.
    let (status, error) = app
        .post(
            "/v1/counterparties/import",
            &app.keys.acme_client,
            &json!([{"kind": "supplier", "id": "x", "name": "x", "account_no": "1", "since": "2026-01-01T00:00:00Z"}]),
        )
        .await;
    assert_eq!((status, error["field"].as_str()), (400, Some("[0].kind")), "{error}");
}

/// The rule ids of a decision.
fn hit_ids(decision: &Value) -> Vec<String> {
    decision["hits"].as_array().into_iter().flatten().filter_map(|h| h["rule_id"].as_str()).map(str::to_owned).collect()
}

#[tokio::test]
async fn a_call_back_counts_only_to_the_phone_in_the_imported_vendor_master() {
    let app = spawn_app().await;
    let vendor = json!([{"kind": "vendor", "id": "V-21", "name": "昌吉测试机电有限公司", "account_no": "6228000011110000",
                         "phone": "0994-2000111", "since": "2025-01-01T00:00:00+08:00"}]);
    let (status, _) = app.post("/v1/counterparties/import", &app.keys.acme_client, &vendor).await;
    assert_eq!(status, 200);
    // The supplier "changed" its account; finance called a number the caller gave by phone.
    let change = |id: &str, called: &str| {
        let mut body = payment(id, "30000.00");
        body["payee"] = json!({"name": "昌吉测试机电有限公司", "account_no": "6217000099998888", "vendor_id": "V-21"});
        body["instruction"] = json!({"channel": "email", "text": "我司银行账户已变更，请将货款汇入新账户。"});
        body["verification"] = json!({"callback_done": true, "callback_number": called});
        body
    };
    let (_, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &change("CB-1", "0994-2999999")).await;
    assert!(hit_ids(&decision).contains(&"AC-002".to_owned()), "not the number on file: {decision}");
    let (_, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &change("CB-2", "0994 2000111")).await;
    assert!(!hit_ids(&decision).contains(&"AC-002".to_owned()), "the number on file: {decision}");
    // Another tenant has no such vendor master: the same call-back is judged without it.
    let (_, other) = app.post("/v1/screen/payment", &app.keys.other_client, &change("CB-1", "0994-2999999")).await;
    assert!(!hit_ids(&other).contains(&"AC-002".to_owned()), "{other}");
}

#[tokio::test]
async fn where_configured_an_allowed_payment_makes_the_payee_known() {
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let admin =
        store.create_key("police", Role::Admin, "admin", None).map(|(_, k)| k).unwrap_or_else(|e| panic!("{e}"));
    let response = app
        .client
        .put(format!("{}/v1/tenants/acme/settings", app.base))
        .bearer_auth(&admin)
        .json(&json!({"allow_updates_history": true}))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    // A small allowed payment, then one just below the limit to the same payee a week later.
    for (tenant_key, expected) in [(&app.keys.acme_client, "allow"), (&app.keys.other_client, "review")] {
        let (_, first) = app.post("/v1/screen/payment", tenant_key, &payment("AH-1", "1000.00")).await;
        assert_eq!(first["decision"], "allow", "{first}");
        let mut later = payment("AH-2", "49800.00");
        later["submitted_at"] = json!("2026-07-21T10:32:00+08:00");
        let (_, second) = app.post("/v1/screen/payment", tenant_key, &later).await;
        assert_eq!(second["decision"], expected, "acme counts allowed payments as paid, other does not: {second}");
    }
    // The history event was stored with the decision, once, even when the request is retried.
    app.post("/v1/screen/payment", &app.keys.acme_client, &payment("AH-1", "1000.00")).await;
    assert_eq!(history_events(&app.db, "acme"), 2);
    assert_eq!(history_events(&app.db, "other"), 0);
}

/// History events of a tenant, read from the database file.
fn history_events(db: &std::path::Path, tenant: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    conn.query_row("SELECT count(*) FROM history_events WHERE tenant = ?1", [tenant], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn a_repeated_executed_outcome_adds_the_payment_to_the_history_once() {
    let app = spawn_app().await;
    let (_, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("EX-1", "49800.00")).await;
    let id = decision["decision_id"].as_str().unwrap_or_default();
    for _ in 0..3 {
        let (status, _) = app
            .post(&format!("/v1/decisions/{id}/outcome"), &app.keys.acme_client, &json!({"outcome": "executed"}))
            .await;
        assert_eq!(status, 200);
    }
    assert_eq!(history_events(&app.db, "acme"), 1);
}

#[tokio::test]
async fn a_revoked_key_stops_working_on_the_running_service() {
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let (info, key) = store.create_key("acme", Role::Analyst, "leaver", None).unwrap_or_else(|e| panic!("{e}"));
    let (status, _) = app.get("/v1/decisions", &key).await;
    assert_eq!(status, 200, "a new key works at once");
    assert!(store.revoke_key(&info.id).unwrap_or_else(|e| panic!("{e}")));
    // Looked-up keys are trusted for KEY_CACHE_TTL; poll well past it.
    let deadline = std::time::Instant::now() + fraudscreen::http::KEY_CACHE_TTL * 6;
    loop {
        let (status, _) = app.get("/v1/decisions", &key).await;
        if status == 401 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the revoked key still works");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

async fn patch(app: &TestApp, path: &str, key: &str, body: &Value) -> (u16, Value) {
    let response = app
        .client
        .patch(format!("{}{path}", app.base))
        .bearer_auth(key)
        .json(body)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_flagged_payment_is_reviewed_closed_and_released_through_its_case() {
    let app = spawn_app().await;
    let (_, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("CASE-1", "49800.00")).await;
    assert_eq!(decision["decision"], "review", "{decision}");
    let (decision_id, case_id) =
        (decision["decision_id"].as_str().unwrap_or_default(), decision["case_id"].as_str().unwrap_or_default());
    let (_, polled) = app.get(&format!("/v1/decisions/{decision_id}"), &app.keys.acme_client).await;
    assert_eq!(polled["case_status"], "open", "{polled}");

    // The review queue of this ISO week, in the service's time zone (Asia/Shanghai).
    let week = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Asia/Shanghai").unwrap_or_else(|e| panic!("{e}")));
    let week = week.date().iso_week_date();
    let week = format!("{}-W{:02}", week.year(), week.week());
    let (status, queue) = app.get(&format!("/v1/cases?status=open&week={week}"), &app.keys.acme_analyst).await;
    assert_eq!(status, 200, "{queue}");
    let listed: Vec<&str> = queue["cases"].as_array().into_iter().flatten().filter_map(|c| c["id"].as_str()).collect();
    assert_eq!(listed, vec![case_id], "{queue}");
    assert_eq!(queue["cases"][0]["rule_ids"], json!(["CM-003"]));
    let (_, last_year) = app.get("/v1/cases?week=2025-W29", &app.keys.acme_analyst).await;
    assert_eq!(last_year["cases"], json!([]));
    let (status, error) = app.get("/v1/cases?week=29", &app.keys.acme_analyst).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("week")), "{error}");
    let (_, other) = app.get(&format!("/v1/cases/{case_id}"), &app.keys.other_client).await;
    assert_eq!(other["code"], "not_found");

    // The case with its decision, request and history; a client sees only its status.
    let (status, detail) = app.get(&format!("/v1/cases/{case_id}"), &app.keys.acme_analyst).await;
    assert_eq!(status, 200, "{detail}");
    assert_eq!(
        (detail["request"]["request_id"].as_str(), detail["history"][0]["action"].as_str()),
        (Some("CASE-1"), Some("opened"))
    );
    let (_, brief) = app.get(&format!("/v1/cases/{case_id}"), &app.keys.acme_client).await;
    assert_eq!((brief["status"].as_str(), brief.get("request")), (Some("open"), None), "{brief}");

    let path = format!("/v1/cases/{case_id}");
    let analyst = app.keys.acme_analyst.clone();
    let (status, taken) = patch(&app, &path, &analyst, &json!({"status": "in_review", "assignee": "李会计"})).await;
    assert_eq!((status, taken["case"]["status"].as_str()), (200, Some("in_review")), "{taken}");
    let (status, error) = patch(&app, &path, &analyst, &json!({"status": "closed"})).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("resolution")), "{error}");
    let (status, error) = patch(&app, &path, &analyst, &json!({"resolution": "looks fine"})).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("resolution")), "{error}");
    let (status, error) = patch(&app, &path, &analyst, &json!({"status": "in_review", "colour": "red"})).await;
    assert_eq!(status, 400, "{error}");
    let (status, closed) = patch(
        &app,
        &path,
        &analyst,
        &json!({"resolution": "paid_after_verification", "note": "按供应商主数据留存电话回拨，确认无误"}),
    )
    .await;
    assert_eq!((status, closed["case"]["resolution"].as_str()), (200, Some("paid_after_verification")), "{closed}");
    let actions: Vec<&str> =
        closed["history"].as_array().into_iter().flatten().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(actions, vec!["opened", "status", "assignee", "status", "resolution", "note"]);
    assert_eq!(closed["history"][5]["by_name"], "acme test");

    // The finance system polling the decision sees it released; the payee is known now.
    let (_, polled) = app.get(&format!("/v1/decisions/{decision_id}"), &app.keys.acme_client).await;
    assert_eq!(
        (polled["case_status"].as_str(), polled["case_resolution"].as_str()),
        (Some("closed"), Some("paid_after_verification"))
    );
    let mut later = payment("CASE-2", "49800.00");
    later["submitted_at"] = json!("2026-07-20T10:32:00+08:00");
    let (_, second) = app.post("/v1/screen/payment", &app.keys.acme_client, &later).await;
    assert!(!hit_ids(&second).contains(&"CM-003".to_owned()), "{second}");

    // A closed case takes notes only.
    let (status, error) = patch(&app, &path, &analyst, &json!({"status": "in_review"})).await;
    assert_eq!((status, error["code"].as_str()), (409, Some("case_closed")), "{error}");
    let (status, _) = patch(&app, &path, &analyst, &json!({"note": "已归档"})).await;
    assert_eq!(status, 200);
    let (status, _) = patch(&app, &path, &app.keys.acme_client.clone(), &json!({"note": "client"})).await;
    assert_eq!(status, 403);

    // Rule effectiveness: CM-003 fired twice, once on a case closed as paid after verification.
    let (status, stats) = app.get("/v1/rules/stats?since=2020-01-01T00:00:00Z", &analyst).await;
    assert_eq!(status, 200, "{stats}");
    let rules = stats["rules"].as_array().cloned().unwrap_or_default();
    let cm003 = rules.iter().find(|r| r["rule_id"] == "CM-003").cloned().unwrap_or_default();
    assert_eq!(
        (cm003["hits"].as_i64(), cm003["cases"].as_i64(), cm003["active"].as_bool()),
        (Some(1), Some(1), Some(true)),
        "{cm003}"
    );
    assert_eq!(cm003["precision"], Value::Null, "no confirmed fraud or false alarm yet");
    assert!(rules.len() >= 75, "every active rule is listed, fired or not");
    let silent = rules.iter().find(|r| r["rule_id"] == "BI-001").cloned().unwrap_or_default();
    assert_eq!((silent["hits"].as_i64(), silent["last_fired"].clone()), (Some(0), Value::Null));

    // The weekly report, over the API and from the command line on the same database.
    let (status, report) = app.get(&format!("/v1/reports/weekly?week={week}"), &analyst).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        (report["tenant"].as_str(), report["screenings"]["total"].as_i64()),
        (Some("acme"), Some(2)),
        "{report}"
    );
    assert_eq!((report["cases"]["opened"].as_i64(), report["cases"]["closed"].as_i64()), (Some(1), Some(1)));
    assert_eq!(report["cases"]["closed_by_resolution"]["paid_after_verification"], 1);
    let (status, error) = app.get("/v1/reports/weekly?week=W29", &analyst).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("week")));
    let (status, _) = app.get(&format!("/v1/reports/weekly?week={week}"), &app.keys.acme_client).await;
    assert_eq!(status, 403);
    let url = format!("sqlite://{}", app.db.display());
    let csv =
        crate::helpers::fraudscreen(&["report", "weekly", "--week", &week, "--format", "csv", "--database-url", &url]);
    assert!(csv.status.success(), "{}", crate::helpers::stderr(&csv));
    assert!(csv.stdout.starts_with(b"\xEF\xBB\xBF"), "Excel needs the byte-order mark");
    let text = String::from_utf8_lossy(&csv.stdout);
    assert!(text.contains("筛查次数 screenings,2,0"), "{text}");
    let html_path = app.db.with_file_name("weekly.html");
    let html = crate::helpers::fraudscreen(&[
        "report",
        "weekly",
        "--week",
        &week,
        "--tenant",
        "acme",
        "--format",
        "html",
        "--out",
        &html_path.display().to_string(),
        "--database-url",
        &url,
    ]);
    assert!(html.status.success(), "{}", crate::helpers::stderr(&html));
    let page = std::fs::read_to_string(&html_path).unwrap_or_default();
    assert!(page.contains("<svg") && page.contains(&week) && !page.contains("<script"), "{page}");
    let bad = crate::helpers::fraudscreen(&["report", "weekly", "--week", "last", "--database-url", &url]);
    assert_eq!(bad.status.code(), Some(2));
}

#[tokio::test]
async fn a_case_prints_as_a_self_contained_evidence_sheet() {
    let app = spawn_app().await;
    let example: Value = serde_json::from_str(
        &std::fs::read_to_string(crate::helpers::root().join("examples/payment.json"))
            .unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (_, decision) = app.post("/v1/screen/payment", &app.keys.acme_client, &example).await;
    assert_eq!(decision["decision"], "block", "{decision}");
    let case_id = decision["case_id"].as_str().unwrap_or_default();
    patch(&app, &format!("/v1/cases/{case_id}"), &app.keys.acme_analyst.clone(), &json!({"note": "已报派出所"})).await;
    let response = app
        .client
        .get(format!("{}/v1/cases/{case_id}/sheet", app.base))
        .bearer_auth(&app.keys.acme_analyst)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    let content_type =
        response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert!(content_type.starts_with("text/html"), "{content_type}");
    let page = response.text().await.unwrap_or_default();
    for expected in [case_id, "PAY-2026-000123", "BI-001", "<mark>", "已报派出所", "acme test", "@media print"] {
        assert!(page.contains(expected), "the sheet lacks {expected}");
    }
    for external in ["<script", "src=", "href=", "http://", "https://"] {
        assert!(!page.contains(external), "the sheet is not self-contained: {external}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_candidate_ruleset_is_backtested_on_stored_traffic_without_writing() {
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let officer =
        store.create_key("police", Role::Officer, "officer", None).map(|(_, k)| k).unwrap_or_else(|e| panic!("{e}"));
    for n in 0..6 {
        let amount = if n % 3 == 0 { "49800.00" } else { "1000.00" };
        app.post("/v1/screen/payment", &app.keys.acme_client, &payment(&format!("BT-{n}"), amount)).await;
    }
    let (_, flagged) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("BT-F", "49800.00")).await;
    let case = flagged["case_id"].as_str().unwrap_or_default();
    patch(&app, &format!("/v1/cases/{case}"), &officer, &json!({"resolution": "false_alarm"})).await;
    let (_, rules) = app.get("/v1/rules", &officer).await;
    let stored_before = history_events(&app.db, "acme");

    // Replaying the active ruleset reproduces every stored decision.
    let (status, same) = app.post("/v1/rules/backtest", &officer, &json!({"version": rules["version"]})).await;
    assert_eq!(status, 200, "{same}");
    assert_eq!((same["requests"].as_u64(), same["transitions"].clone()), (Some(7), json!({})), "{same}");

    // A candidate that reviews every payment of 1,000 or more.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_rules(dir.path());
    let common = dir.path().join("common.toml");
    let text = std::fs::read_to_string(&common).unwrap_or_else(|e| panic!("{e}"));
    let extra = "\n[[rule]]\nid = \"CM-900\"\ntitle = \"一千元以上一律复核\"\napplies_to = \"payment\"\nwhen = 'amount >= 1000'\nscore = 40\nadvice = \"复核\"\n";
    std::fs::write(&common, format!("{text}{extra}")).unwrap_or_else(|e| panic!("{e}"));
    let files: Vec<(String, String)> =
        fraudscreen::loader::read_rules_dir(dir.path()).unwrap_or_else(|e| panic!("{e}")).files;
    let (status, report) = app.post("/v1/rules/backtest", &officer, &json!({"files": files})).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["transitions"]["allow->review"].as_u64(), Some(4), "{report}");
    assert_eq!(
        (report["resolved"]["false_alarms"].as_u64(), report["resolved"]["false_alarms_after"].as_u64()),
        (Some(1), Some(1))
    );
    let cm900 = report["rules"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["rule_id"] == "CM-900")
        .cloned()
        .unwrap_or_default();
    assert_eq!((cm900["before"].as_u64(), cm900["after"].as_u64()), (Some(0), Some(7)), "{report}");
    // Nothing was written, and a broken candidate is refused with its diagnostics.
    let (_, listed) = app.get("/v1/decisions?limit=100", &officer).await;
    assert_eq!(listed["decisions"].as_array().map(Vec::len), Some(7));
    assert_eq!(history_events(&app.db, "acme"), stored_before);
    let (status, refused) =
        app.post("/v1/rules/backtest", &officer, &json!({"files": [["common.toml", "[[rule]]\nid = 1"]]})).await;
    assert_eq!((status, refused["code"].as_str()), (422, Some("invalid_ruleset")), "{refused}");
    let (status, _) =
        app.post("/v1/rules/backtest", &app.keys.acme_analyst, &json!({"version": rules["version"]})).await;
    assert_eq!(status, 403);

    // The same candidate as a shadow: evaluated beside the active rules, never answered with.
    let response = app
        .client
        .put(format!("{}/v1/rules/shadow", app.base))
        .bearer_auth(&officer)
        .json(&json!({"files": files}))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    let (_, answered) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("SH-1", "1000.00")).await;
    assert_eq!(answered["decision"], "allow", "{answered}");
    assert!(!hit_ids(&answered).contains(&"CM-900".to_owned()), "{answered}");
    let (_, compared) = app.get("/v1/rules/shadow", &officer).await;
    assert_eq!(
        (compared["compared"].as_u64(), compared["transitions"].clone()),
        (Some(1), json!({"allow->review": 1})),
        "{compared}"
    );
    assert!(compared["shadow"]["version"].as_str().is_some_and(|v| v != rules["version"].as_str().unwrap_or_default()));
    let response = app
        .client
        .delete(format!("{}/v1/rules/shadow", app.base))
        .bearer_auth(&officer)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    app.post("/v1/screen/payment", &app.keys.acme_client, &payment("SH-2", "1000.00")).await;
    let (_, after) = app.get("/v1/rules/shadow", &officer).await;
    assert_eq!((after["compared"].as_u64(), after["shadow"].clone()), (Some(1), Value::Null), "{after}");

    // The same from the command line.
    let url = format!("sqlite://{}", app.db.display());
    let out = crate::helpers::fraudscreen(&[
        "rules",
        "backtest",
        "--candidate",
        &dir.path().display().to_string(),
        "--database-url",
        &url,
    ]);
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    let text = crate::helpers::stdout(&out);
    // Two more payments were screened meanwhile (under the shadow): nine in all.
    assert!(text.contains("6 decisions would change") && text.contains("allow->review: 6"), "{text}");
    assert!(crate::helpers::stderr(&out).contains("re-screened 9 of 9"), "{}", crate::helpers::stderr(&out));
}

#[tokio::test]
async fn a_false_alarm_can_put_the_payee_on_the_allowlist_for_the_same_rules() {
    let app = spawn_app().await;
    let analyst = app.keys.acme_analyst.clone();
    let (_, first) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("AL-1", "49800.00")).await;
    assert_eq!(first["decision"], "review", "{first}");
    let path = format!("/v1/cases/{}", first["case_id"].as_str().unwrap_or_default());
    let (status, error) = patch(
        &app,
        &path,
        &analyst,
        &json!({"resolution": "confirmed_fraud", "allowlist": {"until": "2099-01-01T00:00:00Z"}}),
    )
    .await;
    assert_eq!((status, error["field"].as_str()), (400, Some("allowlist")), "{error}");
    let (status, closed) = patch(
        &app,
        &path,
        &analyst,
        &json!({"resolution": "false_alarm", "allowlist": {"until": "2099-01-01T00:00:00Z"}}),
    )
    .await;
    assert_eq!(status, 200, "{closed}");

    // The same payee, the same signal: the mitigator applies and the payment is allowed.
    let mut again = payment("AL-2", "49800.00");
    again["submitted_at"] = json!("2026-07-21T10:32:00+08:00");
    let (_, second) = app.post("/v1/screen/payment", &app.keys.acme_client, &again).await;
    assert_eq!(second["decision"], "allow", "{second}");
    assert!(hit_ids(&second).contains(&"CM-M09".to_owned()), "{second}");
    // A new signal the review never saw keeps it flagged.
    let mut pressed = payment("AL-3", "49800.00");
    pressed["submitted_at"] = json!("2026-07-21T10:40:00+08:00");
    pressed["instruction"] = json!({"channel": "im", "from_name": "王总", "text": "王总：这笔钱今天必须打过去，我在开会，这事先别声张。", "urgent": true});
    let (_, third) = app.post("/v1/screen/payment", &app.keys.acme_client, &pressed).await;
    assert_ne!(third["decision"], "allow", "{third}");
    assert!(!hit_ids(&third).contains(&"CM-M09".to_owned()), "{third}");
    // Another tenant's identical payment knows nothing of acme's allowlist.
    let (_, other) = app.post("/v1/screen/payment", &app.keys.other_client, &again).await;
    assert_eq!(other["decision"], "review", "{other}");
}

#[tokio::test]
async fn a_confirmed_fraud_puts_the_scammers_account_on_the_watchlist_for_everyone() {
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let officer =
        store.create_key("police", Role::Officer, "officer", None).map(|(_, k)| k).unwrap_or_else(|e| panic!("{e}"));
    let mut scam = payment("W-1", "49800.00");
    scam["payee"] = json!({"name": "某某设备有限公司", "account_no": "6217 0000 5555 0001", "phone": "13800005555"});
    let (_, first) = app.post("/v1/screen/payment", &app.keys.acme_client, &scam).await;
    let case = first["case_id"].as_str().unwrap_or_default().to_owned();
    let (status, _) =
        patch(&app, &format!("/v1/cases/{case}"), &officer, &json!({"resolution": "confirmed_fraud"})).await;
    assert_eq!(status, 200);
    let (_, listed) = app.get("/v1/watchlist", &officer).await;
    let values: Vec<&str> =
        listed["entries"].as_array().into_iter().flatten().filter_map(|e| e["value"].as_str()).collect();
    assert_eq!(values, vec!["6217 0000 5555 0001", "13800005555"], "{listed}");
    assert_eq!(listed["entries"][0]["source"], "outcome");

    // Another company paying the same account, spelt differently, is blocked at once.
    let mut other = payment("W-2", "1000.00");
    other["payee"] = json!({"name": "另一家公司", "account_no": "6217000055550001"});
    let (_, blocked) = app.post("/v1/screen/payment", &app.keys.other_client, &other).await;
    assert_eq!(blocked["decision"], "block", "{blocked}");
    assert!(hit_ids(&blocked).contains(&"CM-001".to_owned()), "{blocked}");
    // The evidence names the entry: kind, since when, from what; not whose it was.
    let evidence = blocked["hits"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|h| h["rule_id"] == "CM-001")
        .cloned()
        .unwrap_or_default();
    let matched = evidence["evidence"][0]["matched"].as_str().unwrap_or_default().to_owned();
    assert!(matched.contains("watchlist: account") && matched.contains("confirmed fraud"), "{matched}");
    assert!(!matched.contains("acme"), "another company's name leaked: {matched}");

    // Entries added and removed by hand apply to the next screening.
    let mut fresh = payment("W-3", "1000.00");
    fresh["payee"] = json!({"name": "第三家公司", "account_no": "6222000077770001"});
    let (_, before) = app.post("/v1/screen/payment", &app.keys.other_client, &fresh).await;
    assert_eq!(before["decision"], "allow", "{before}");
    let (status, added) = app
        .post(
            "/v1/watchlist",
            &officer,
            &json!({"kind": "account", "value": "6222-0000-7777-0001", "note": "警情通报"}),
        )
        .await;
    assert_eq!(status, 200, "{added}");
    fresh["request_id"] = json!("W-4");
    let (_, after) = app.post("/v1/screen/payment", &app.keys.other_client, &fresh).await;
    assert_eq!(after["decision"], "block", "{after}");
    let id = added["id"].as_str().unwrap_or_default();
    let response = app
        .client
        .delete(format!("{}/v1/watchlist/{id}", app.base))
        .bearer_auth(&officer)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    fresh["request_id"] = json!("W-5");
    let (_, again) = app.post("/v1/screen/payment", &app.keys.other_client, &fresh).await;
    assert_eq!(again["decision"], "allow", "{again}");
    // The removal is kept for the audit.
    let (_, audit) = app.get("/v1/watchlist?include_removed=true", &officer).await;
    let removed =
        audit["entries"].as_array().into_iter().flatten().find(|e| e["id"] == id).cloned().unwrap_or_default();
    assert_eq!(removed["removed_by"], "officer", "{audit}");
    let (status, _) = app.get("/v1/watchlist", &app.keys.acme_analyst).await;
    assert_eq!(status, 403);
    // The weekly report counts the week's new entries (two from the outcome, one by hand).
    let week = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Asia/Shanghai").unwrap_or_else(|e| panic!("{e}")))
        .date()
        .iso_week_date();
    let week = format!("{}-W{:02}", week.year(), week.week());
    let (_, report) = app.get(&format!("/v1/reports/weekly?week={week}"), &officer).await;
    assert_eq!(report["new_watchlist_entries"], json!({"account": 2, "phone": 1}), "{report}");
}

#[tokio::test]
async fn officers_record_outreach_and_companies_read_the_sessions_that_reached_them() {
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let acme_officer = store
        .create_key("police", Role::Officer, "张警官", Some(&["acme".to_owned(), "beta".to_owned()]))
        .map(|(_, k)| k)
        .unwrap_or_else(|e| panic!("{e}"));
    let session = json!({
        "held_at": "2026-07-14T10:00:00+08:00", "companies": ["acme", "beta"], "venue": "园区培训中心",
        "format": "talk", "topics": ["fake_order", "boss_impersonation"], "attendance": 120,
        "roster": ["E1024", "E2001"], "officer": "张警官"
    });
    let (status, created) = app.post("/v1/outreach", &acme_officer, &session).await;
    assert_eq!(status, 200, "{created}");
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    assert_eq!((created["attendance"].as_u64(), created["recorded_by"].as_str()), (Some(120), Some("张警官")));
    // Checked at the boundary: known scam types, companies of the officer's jurisdiction.
    let mut wrong = session.clone();
    wrong["topics"] = json!(["lottery"]);
    let (status, error) = app.post("/v1/outreach", &acme_officer, &wrong).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("topics")), "{error}");
    let mut elsewhere = session.clone();
    elsewhere["companies"] = json!(["other"]);
    let (status, error) = app.post("/v1/outreach", &acme_officer, &elsewhere).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("companies")), "{error}");
    let mut unknown_field = session.clone();
    unknown_field["speaker"] = json!("x");
    assert_eq!(app.post("/v1/outreach", &acme_officer, &unknown_field).await.0, 400);

    // A company reads the sessions that reached it; another company does not.
    let (_, mine) = app.get("/v1/outreach", &app.keys.acme_analyst).await;
    assert_eq!(mine["sessions"].as_array().map(Vec::len), Some(1), "{mine}");
    let (_, theirs) = app.get("/v1/outreach", &app.keys.other_client).await;
    assert_eq!(theirs["sessions"], json!([]));
    assert_eq!(app.get(&format!("/v1/outreach/{id}"), &app.keys.other_client).await.0, 404);
    let (_, in_july) =
        app.get("/v1/outreach?from=2026-07-01T00:00:00Z&to=2026-08-01T00:00:00Z", &app.keys.acme_client).await;
    assert_eq!(in_july["sessions"].as_array().map(Vec::len), Some(1));
    let (_, in_june) = app.get("/v1/outreach?to=2026-07-01T00:00:00Z", &app.keys.acme_client).await;
    assert_eq!(in_june["sessions"], json!([]));

    // Corrected, then removed.
    let (status, patched) =
        patch(&app, &format!("/v1/outreach/{id}"), &acme_officer, &json!({"attendance": 126})).await;
    assert_eq!(
        (status, patched["attendance"].as_u64(), patched["venue"].as_str()),
        (200, Some(126), Some("园区培训中心"))
    );
    let (status, _) =
        patch(&app, &format!("/v1/outreach/{id}"), &app.keys.acme_analyst.clone(), &json!({"attendance": 1})).await;
    assert_eq!(status, 403);
    let response = app
        .client
        .delete(format!("{}/v1/outreach/{id}", app.base))
        .bearer_auth(&acme_officer)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    let (_, after) = app.get("/v1/outreach", &app.keys.acme_analyst).await;
    assert_eq!(after["sessions"], json!([]));

    // Officers keep spreadsheets: Chinese headers, GB18030 as Excel on Chinese Windows saves it.
    let sheet = "时间,企业,地点,形式,主题,人数,名单,民警,备注\n\
                 2026-07-15 09:30,acme；beta,一号车间,车间走访,fake_order,45,E1024、E3003,张警官,班前会\n\
                 2026-07-16,acme,宿舍区,宿舍走访,,60,,张警官,\n";
    let (gbk, _, _) = encoding_rs::GB18030.encode(sheet);
    let import = |body: Vec<u8>| {
        let request = app
            .client
            .post(format!("{}/v1/outreach/import", app.base))
            .bearer_auth(&acme_officer)
            .header("content-type", "text/csv")
            .body(body);
        async move {
            let response = request.send().await.unwrap_or_else(|e| panic!("{e}"));
            (response.status().as_u16(), response.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let (status, imported) = import(gbk.into_owned()).await;
    assert_eq!((status, imported["imported"].as_u64()), (200, Some(2)), "{imported}");
    let (status, error) =
        import("时间,企业,形式,人数,民警\n2026-07-15,acme,飞鸽传书,3,张警官\n".as_bytes().to_vec()).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("row 2: format")), "{error}");
    let (_, listed) = app.get("/v1/outreach?tenant=acme", &app.keys.acme_analyst).await;
    let formats: Vec<&str> =
        listed["sessions"].as_array().into_iter().flatten().filter_map(|s| s["format"].as_str()).collect();
    assert_eq!(formats, vec!["workshop_visit", "dormitory_visit"], "{listed}");
    assert_eq!(listed["sessions"][0]["held_at"], "2026-07-15T01:30:00Z", "a local time in Asia/Shanghai");
    let export = app
        .client
        .get(format!("{}/v1/outreach/export", app.base))
        .bearer_auth(&app.keys.acme_analyst)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .bytes()
        .await
        .unwrap_or_default();
    assert!(export.starts_with(b"\xEF\xBB\xBF"), "Excel needs the byte-order mark");
    let text = String::from_utf8_lossy(&export);
    assert!(text.contains("编号,时间,企业") && text.contains("一号车间") && text.contains("E1024;E3003"), "{text}");

    // The same from the command line, into the same database.
    let file = app.db.with_file_name("sessions.csv");
    std::fs::write(
        &file,
        "\u{feff}held_at,companies,format,attendance,officer\n2026-07-20T10:00:00+08:00,acme,video,300,张警官\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", app.db.display());
    let out = crate::helpers::fraudscreen(&["outreach", "import", &file.display().to_string(), "--database-url", &url]);
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    let (_, all) = app.get("/v1/outreach", &app.keys.acme_client).await;
    assert_eq!(all["sessions"].as_array().map(Vec::len), Some(3), "{all}");
    // The week's report counts the sessions held that week (15 and 16 July; not the 20th).
    let (_, week) = app.get("/v1/reports/weekly?week=2026-W29", &app.keys.acme_analyst).await;
    assert_eq!(week["outreach"], json!([2, 105]), "{week}");
}

#[tokio::test]
async fn a_confirmed_incident_blocks_payments_to_the_scammers_account() {
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let officer = store
        .create_key("police", Role::Officer, "张警官", Some(&["acme".to_owned()]))
        .map(|(_, k)| k)
        .unwrap_or_else(|e| panic!("{e}"));
    // E1024 was at a talk the day before.
    let talk = json!({"held_at": "2026-07-13T16:00:00+08:00", "companies": ["acme"], "format": "talk",
                      "topics": ["fake_order"], "attendance": 80, "roster": ["E1024"], "officer": "张警官"});
    assert_eq!(app.post("/v1/outreach", &officer, &talk).await.0, 200);
    let report = json!({
        "reported_at": "2026-07-14T11:00:00+08:00", "company": "acme", "scam_type": "fake_order", "channel": "phone",
        "identifiers": {"phones": ["13900001111"], "accounts": ["6217 0000 8888 0001"]},
        "amount_at_risk": "52000.00", "amount_saved": "52000.00", "status": "reported",
        "narrative": "来电订货后要求先垫付样品款，员工想起前一天的宣讲，挂断并报警。", "employee": "E1024", "officer": "张警官"
    });
    let (status, created) = app.post("/v1/incidents", &officer, &report).await;
    assert_eq!(status, 200, "{created}");
    assert_eq!(created["attended_outreach"], true, "worked out from the talk's roster");
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    // Reported is not yet confirmed: nothing is watchlisted.
    let mut pay = payment("INC-P1", "1000.00");
    pay["payee"] = json!({"name": "某某样品供应部", "account_no": "6217000088880001"});
    let (_, before) = app.post("/v1/screen/payment", &app.keys.other_client, &pay).await;
    assert_eq!(before["decision"], "allow", "{before}");
    // Confirmed: the account and phone go on the watchlist, and every company is protected.
    let (status, confirmed) =
        patch(&app, &format!("/v1/incidents/{id}"), &officer, &json!({"status": "confirmed"})).await;
    assert_eq!((status, confirmed["status"].as_str()), (200, Some("confirmed")), "{confirmed}");
    pay["request_id"] = json!("INC-P2");
    let (_, after) = app.post("/v1/screen/payment", &app.keys.other_client, &pay).await;
    assert_eq!(after["decision"], "block", "{after}");
    let evidence =
        after["hits"].as_array().into_iter().flatten().find(|h| h["rule_id"] == "CM-001").cloned().unwrap_or_default();
    let matched = evidence["evidence"][0]["matched"].as_str().unwrap_or_default();
    assert!(matched.contains("confirmed incident") && !matched.contains("acme"), "{matched}");
    // The other company's officer sees the incident behind the hit in the case; its analyst
    // sees the hit but not whose incident it was.
    let other_officer = store
        .create_key("police", Role::Officer, "李警官", Some(&["other".to_owned()]))
        .map(|(_, k)| k)
        .unwrap_or_else(|e| panic!("{e}"));
    let other_analyst = store
        .create_key("other", Role::Analyst, "other analyst", None)
        .map(|(_, k)| k)
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, queue) = app.get("/v1/cases?tenant=other", &other_officer).await;
    let case_id = queue["cases"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["decision_id"] == after["decision_id"])
        .and_then(|c| c["id"].as_str())
        .unwrap_or_default()
        .to_owned();
    let (status, case) = app.get(&format!("/v1/cases/{case_id}"), &other_officer).await;
    assert_eq!(status, 200, "{case}");
    let source = &case["watchlist"][0];
    assert_eq!(
        (source["entry"]["kind"].as_str(), source["incident"]["id"].as_str(), source["incident"]["company"].as_str()),
        (Some("account"), Some(id.as_str()), Some("acme")),
        "{case}"
    );
    assert!(source["incident"]["narrative"].as_str().unwrap_or_default().contains("宣讲"));
    let (_, seen_by_analyst) = app.get(&format!("/v1/cases/{case_id}"), &other_analyst).await;
    assert!(seen_by_analyst["decision"].is_object() && seen_by_analyst.get("watchlist").is_none(), "{seen_by_analyst}");
    assert!(!seen_by_analyst.to_string().contains("acme"), "{seen_by_analyst}");
    // Confirming again adds nothing twice; the record stays with its company.
    patch(&app, &format!("/v1/incidents/{id}"), &officer, &json!({"narrative": "已结案"})).await;
    let (_, watch) = app.get("/v1/watchlist", &officer).await;
    assert_eq!(watch["entries"].as_array().map(Vec::len), Some(2), "{watch}");
    assert_eq!(app.get(&format!("/v1/incidents/{id}"), &app.keys.acme_analyst).await.0, 200);
    assert_eq!(app.get(&format!("/v1/incidents/{id}"), &app.keys.other_client).await.0, 404);
    let (_, week) = app.get("/v1/reports/weekly?week=2026-W29", &app.keys.acme_analyst).await;
    assert_eq!(week["new_incidents"], json!({"fake_order": 1}), "{week}");
    let mut elsewhere = report.clone();
    elsewhere["company"] = json!("other");
    let (status, error) = app.post("/v1/incidents", &officer, &elsewhere).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("company")), "{error}");
}

#[tokio::test]
async fn fraud_records_travel_as_spreadsheets_and_can_be_removed() {
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let officer = store
        .create_key("police", Role::Officer, "张警官", Some(&["acme".to_owned()]))
        .map(|(_, k)| k)
        .unwrap_or_else(|e| panic!("{e}"));
    let import = |body: Vec<u8>| {
        let request = app
            .client
            .post(format!("{}/v1/incidents/import", app.base))
            .bearer_auth(&officer)
            .header("content-type", "text/csv")
            .body(body);
        async move {
            let response = request.send().await.unwrap_or_else(|e| panic!("{e}"));
            (response.status().as_u16(), response.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    // Chinese headers and values, GB18030 as Excel on Chinese Windows saves it.
    let sheet = "报案时间,企业,诈骗类型,渠道,电话,账户,涉案金额,挽回,状态,受骗员工,参加过宣传,民警,经过\n\
                 2026-07-15 09:30,acme,fake_order,电话,13900002222；13900003333,6217000099990001,30000.00,30000.00,已报案,E2001,是,张警官,要求垫付样品款\n\
                 2026-07-16,acme,boss_impersonation,微信,,,8000.00,,调查中,,否,张警官,\n";
    let (gbk, _, _) = encoding_rs::GB18030.encode(sheet);
    let (status, imported) = import(gbk.into_owned()).await;
    assert_eq!((status, imported["imported"].as_u64()), (200, Some(2)), "{imported}");
    let (_, listed) = app.get("/v1/incidents", &app.keys.acme_analyst).await;
    let records = listed["incidents"].as_array().cloned().unwrap_or_default();
    assert_eq!(records.len(), 2, "{listed}");
    let first = records.iter().find(|r| r["scam_type"] == "fake_order").cloned().unwrap_or_default();
    assert_eq!(
        (first["channel"].as_str(), first["status"].as_str(), first["reported_at"].as_str()),
        (Some("phone"), Some("reported"), Some("2026-07-15T01:30:00Z")),
        "{first}"
    );
    assert_eq!(first["identifiers"]["phones"], json!(["13900002222", "13900003333"]));
    assert_eq!(
        (first["attended_outreach"].as_bool(), first["amount_saved"].as_str()),
        (Some(true), Some("30000.00")),
        "{first}"
    );
    // One bad row stores nothing, and the error names the row and column.
    let (status, error) = import(
        "报案时间,企业,诈骗类型,状态,民警\n2026-07-17,acme,fake_order,已报案,张警官\n2026-07-18,acme,lottery,已报案,张警官\n"
            .as_bytes()
            .to_vec(),
    )
    .await;
    assert_eq!((status, error["field"].as_str()), (400, Some("row 3: scam_type")), "{error}");
    let (status, error) =
        import("报案时间,企业,诈骗类型,状态,民警\n2026-07-17,other,fake_order,已报案,张警官\n".into()).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("row 2: company")), "{error}");
    // Linked screenings must be the company's own.
    let (_, own) = app.post("/v1/screen/payment", &app.keys.acme_client, &payment("LINK-1", "1000.00")).await;
    let (_, theirs) = app.post("/v1/screen/payment", &app.keys.other_client, &payment("LINK-2", "1000.00")).await;
    let linked = |decision: &Value| {
        json!({"reported_at": "2026-07-17T10:00:00+08:00", "company": "acme", "scam_type": "fake_order",
               "status": "reported", "officer": "张警官", "decisions": [decision]})
    };
    let (status, error) = app.post("/v1/incidents", &officer, &linked(&theirs["decision_id"])).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("decisions")), "{error}");
    let (status, created) = app.post("/v1/incidents", &officer, &linked(&own["decision_id"])).await;
    assert_eq!((status, &created["decisions"][0]), (200, &own["decision_id"]), "{created}");
    let removed = created["id"].as_str().unwrap_or_default();
    let response = app
        .client
        .delete(format!("{}/v1/incidents/{removed}", app.base))
        .bearer_auth(&officer)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    let (status, error) = import("日期,企业\n2026-07-17,acme\n".into()).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("header")), "{error}");
    assert_eq!(app.get("/v1/incidents", &officer).await.1["incidents"].as_array().map(Vec::len), Some(2));
    // The export opens in Excel with the Chinese intact; another company's export is empty.
    let export = |key: String| {
        let request = app.client.get(format!("{}/v1/incidents/export", app.base)).bearer_auth(key);
        async move { request.send().await.unwrap_or_else(|e| panic!("{e}")).bytes().await.unwrap_or_default() }
    };
    let mine = export(app.keys.acme_analyst.clone()).await;
    assert!(mine.starts_with(b"\xEF\xBB\xBF"), "Excel needs the byte-order mark");
    let text = String::from_utf8_lossy(&mine);
    assert!(text.contains("报案时间") && text.contains("13900002222;13900003333") && text.contains(",是,"), "{text}");
    assert_eq!(String::from_utf8_lossy(&export(app.keys.other_client.clone()).await).lines().count(), 1);
    // A record entered by mistake is removed by an officer, not by the company.
    let id = first["id"].as_str().unwrap_or_default().to_owned();
    let delete = |key: String| {
        let request = app.client.delete(format!("{}/v1/incidents/{id}", app.base)).bearer_auth(key);
        async move { request.send().await.unwrap_or_else(|e| panic!("{e}")).status().as_u16() }
    };
    assert_eq!(delete(app.keys.acme_analyst.clone()).await, 403);
    assert_eq!(delete(officer.clone()).await, 200);
    assert_eq!(delete(officer.clone()).await, 404);
    assert_eq!(app.get(&format!("/v1/incidents/{id}"), &officer).await.0, 404);
    assert_eq!(app.get("/v1/incidents", &officer).await.1["incidents"].as_array().map(Vec::len), Some(1));

    // The command line imports into the same database; a confirmed record reaches the running
    // service's watchlist without a restart.
    let file = app.db.with_file_name("records.csv");
    std::fs::write(
        &file,
        "\u{feff}reported_at,company,scam_type,channel,accounts,amount_at_risk,status,officer\n\
         2026-07-20T10:00:00+08:00,acme,fake_order,phone,6217000077770002,9000.00,confirmed,张警官\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", app.db.display());
    let out =
        crate::helpers::fraudscreen(&["incidents", "import", &file.display().to_string(), "--database-url", &url]);
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("imported 1 fraud case records"));
    let mut pay = payment("CSV-P1", "1000.00");
    pay["payee"] = json!({"name": "某某样品供应部", "account_no": "6217000077770002"});
    let mut decision = Value::Null;
    for attempt in 0..100 {
        pay["request_id"] = json!(format!("CSV-P{attempt}"));
        decision = app.post("/v1/screen/payment", &app.keys.other_client, &pay).await.1;
        if decision["decision"] == "block" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(decision["decision"], "block", "{decision}");
    let bad = app.db.with_file_name("bad.csv");
    std::fs::write(&bad, "报案时间,企业,诈骗类型,状态,民警\n2026-07-21,acme,lottery,已报案,张警官\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let out = crate::helpers::fraudscreen(&["incidents", "import", &bad.display().to_string(), "--database-url", &url]);
    assert_eq!(out.status.code(), Some(2));
    assert!(crate::helpers::stderr(&out).contains("row 2: `lottery`"), "{}", crate::helpers::stderr(&out));
}

/// A year like the park's: 18 talks reaching over 2,000 attendances, 4 frauds stopped before
/// money moved, over ¥50,000 saved, no telecom fraud that took money.
#[tokio::test]
async fn the_outreach_report_shows_a_park_year_exactly() {
    let app = spawn_app().await;
    let store = SqliteStore::open(&app.db).unwrap_or_else(|e| panic!("{e}"));
    let officer =
        store.create_key("police", Role::Officer, "园区派出所", None).map(|(_, k)| k).unwrap_or_else(|e| panic!("{e}"));
    let companies = ["acme", "beta", "gamma"];
    for n in 0..18 {
        let attendance = if n == 17 { 115 } else { 113 };
        let talk = json!({
            "held_at": format!("2026-{:02}-10T15:00:00+08:00", 1 + n % 12), "companies": [companies[n % 3]],
            "venue": "园区培训中心", "format": "talk", "topics": ["fake_order", "boss_impersonation"],
            "attendance": attendance, "roster": [format!("E{n:03}")], "officer": "园区派出所"
        });
        assert_eq!(app.post("/v1/outreach", &officer, &talk).await.0, 200);
    }
    let saved = ["52000.00", "300.00", "200.00", "100.00"];
    for (n, amount) in saved.iter().enumerate() {
        let record = json!({
            "reported_at": format!("2026-{:02}-20T10:00:00+08:00", 3 + n * 2), "company": companies[n % 3],
            "scam_type": if n == 0 { "fake_order" } else { "boss_impersonation" }, "channel": if n == 0 { "phone" } else { "im" },
            "identifiers": {"phones": [format!("1390000{n:04}")]}, "amount_at_risk": amount, "amount_saved": amount,
            "status": "confirmed", "employee": format!("E{n:03}"), "officer": "园区派出所"
        });
        assert_eq!(app.post("/v1/incidents", &officer, &record).await.0, 200);
    }
    let period = "from=2026-01-01T00:00:00%2B08:00&to=2027-01-01T00:00:00%2B08:00";
    let (status, report) = app.get(&format!("/v1/reports/outreach?{period}"), &officer).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        (
            report["sessions"].as_i64(),
            report["attendance"].as_i64(),
            report["attempted"].as_i64(),
            report["successful"].as_i64()
        ),
        (Some(18), Some(2036), Some(4), Some(0)),
        "{report}"
    );
    assert_eq!(report["money_saved"], json!({"CNY": "52600.00"}));
    assert_eq!(report["money_lost"], json!({"CNY": "0"}));
    assert_eq!(report["sessions_by_format"], json!({"talk": 18}));
    assert_eq!(report["coverage"]["acme"], json!([6, 678]));
    assert_eq!(report["targeted_attended"], json!([4, 4]), "E000 to E003 were all at a talk of their company before");
    // One company sees its own share; the command line gives the same figures.
    let (_, acme) = app.get(&format!("/v1/reports/outreach?{period}"), &app.keys.acme_analyst).await;
    assert_eq!((acme["sessions"].as_i64(), acme["incidents"].as_i64()), (Some(6), Some(2)), "{acme}");
    let url = format!("sqlite://{}", app.db.display());
    let out = crate::helpers::fraudscreen(&[
        "report",
        "outreach",
        "--from",
        "2026-01-01T00:00:00+08:00",
        "--to",
        "2027-01-01T00:00:00+08:00",
        "--format",
        "json",
        "--database-url",
        &url,
    ]);
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    let cli: Value = serde_json::from_str(&crate::helpers::stdout(&out)).unwrap_or(Value::Null);
    assert_eq!((cli["sessions"].clone(), cli["money_saved"].clone()), (json!(18), json!({"CNY": "52600.00"})), "{cli}");
    for (format, expected) in
        [("csv", "挽回 money saved,CNY 52600.00"), ("html", "<svg"), ("md", "宣传场次 sessions: 18")]
    {
        let out = crate::helpers::fraudscreen(&["report", "outreach", "--format", format, "--database-url", &url]);
        assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
        assert!(crate::helpers::stdout(&out).contains(expected), "{format}: {}", crate::helpers::stdout(&out));
    }
}

#[tokio::test]
async fn the_openapi_document_covers_every_route_and_its_schemas() {
    let app = spawn_app().await;
    let spec: Value = app
        .client
        .get(format!("{}/openapi.json", app.base))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .json()
        .await
        .unwrap_or(Value::Null);
    assert!(spec["openapi"].as_str().unwrap_or_default().starts_with('3'), "{spec}");
    for route in fraudscreen::http::ROUTES {
        let operation = &spec["paths"][route.path][route.method.to_lowercase()];
        assert!(operation.is_object(), "{} {} is missing from /openapi.json", route.method, route.path);
    }
    let payment = &spec["components"]["schemas"]["PaymentRequest"];
    for field in ["request_id", "submitted_at", "payee", "amount", "instruction"] {
        assert!(payment["properties"][field].is_object(), "PaymentRequest.{field} missing: {payment}");
    }
    // Every reference points at a schema the document defines.
    let text = spec.to_string();
    for reference in text.split("\"#/components/schemas/").skip(1) {
        let name = reference.split('"').next().unwrap_or_default();
        assert!(spec["components"]["schemas"][name].is_object(), "dangling reference to `{name}`");
    }
}
