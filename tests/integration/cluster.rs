//! Two real server processes on one PostgreSQL database answer as one would: one decision per
//! request id whichever instance gets it, history written (and erased) through one seen by the
//! other, and a rule change made through one active on both. Skipped without `FRAUDSCREEN_TEST_PG_URL`.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::helpers::{PgDatabase, Server, copy_rules, create_key_with_cli, fraudscreen, start_server, stderr};

/// The instances follow each other within `FOLLOW_POLL` (1 s); this is a generous limit, since
/// the test checks propagation, not its speed.
const PROPAGATION_LIMIT: Duration = Duration::from_secs(30);

struct Cluster {
    a: Server,
    b: Server,
    client: reqwest::Client,
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.a.stop();
        self.b.stop();
    }
}

async fn call(client: &reqwest::Client, method: &str, url: String, key: &str, body: Option<&Value>) -> (u16, Value) {
    let request = match method {
        "POST" => client.post(url),
        "DELETE" => client.delete(url),
        _ => client.get(url),
    };
    let request = match body {
        Some(body) => request.json(body),
        None => request,
    };
    let response = request.bearer_auth(key).send().await.unwrap_or_else(|e| panic!("{e}"));
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Polls `check` until it holds or the propagation limit passes.
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + PROPAGATION_LIMIT;
    while !check().await {
        assert!(Instant::now() < deadline, "{what}: not seen within {PROPAGATION_LIMIT:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn payment(request_id: &str, account: &str, amount: &str) -> Value {
    json!({
        "request_id": request_id,
        "submitted_at": "2026-07-14T10:32:00+08:00",
        "payee": {"name": "克拉玛依测试油服有限公司", "account_no": account},
        "amount": amount,
        "purpose": "预付款"
    })
}

fn hit_ids(decision: &Value) -> Vec<String> {
    decision["hits"].as_array().into_iter().flatten().filter_map(|h| h["rule_id"].as_str()).map(str::to_owned).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_postgresql_database_answer_as_one() {
    let Some(database) = PgDatabase::create("two instances").await else { return };
    let migrated = fraudscreen(&["migrate", "--database-url", &database.url]);
    assert!(migrated.status.success(), "{}", stderr(&migrated));
    let client_key = create_key_with_cli(&database.url, "acme", "client");
    let officer_key = create_key_with_cli(&database.url, "police", "officer");
    let rules = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_rules(rules.path());
    let cluster = Cluster {
        a: start_server(&database.url, rules.path(), "warn"),
        b: start_server(&database.url, rules.path(), "warn"),
        client: reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap_or_else(|e| panic!("{e}")),
    };
    let (a, b, http) = (cluster.a.base.clone(), cluster.b.base.clone(), cluster.client.clone());

    // The same request id sent to both at once: one decision, whichever commits first.
    for n in 0..20 {
        let body = payment(&format!("DUP-{n}"), "6222000012340000", "1200.00");
        let (to_a, to_b) = tokio::join!(
            call(&http, "POST", format!("{a}/v1/screen/payment"), &client_key, Some(&body)),
            call(&http, "POST", format!("{b}/v1/screen/payment"), &client_key, Some(&body)),
        );
        assert_eq!((to_a.0, to_b.0), (200, 200), "{to_a:?} {to_b:?}");
        assert_eq!(to_a.1["decision_id"], to_b.1["decision_id"], "request DUP-{n} became two decisions");
    }

    // An officer who signed in on A's pages is signed in on B's: sessions are stored.
    let pages = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let signed_in = pages
        .post(format!("{a}/ui/login"))
        .form(&[("key", officer_key.as_str())])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let cookie = signed_in.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let session = cookie.split(';').next().unwrap_or_default().to_owned();
    let on_b = pages.get(format!("{b}/ui/")).header("cookie", &session).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(on_b.status().as_u16(), 200, "the session made on A, on B");

    // History written through A is seen by B: a vendor master, and an executed payment.
    let vendor = json!([{"kind": "vendor", "id": "V-1", "name": "克拉玛依测试油服有限公司",
                         "account_no": "6222000099990000", "since": "2025-01-01T00:00:00+08:00"}]);
    let (status, _) = call(&http, "POST", format!("{a}/v1/counterparties/import"), &client_key, Some(&vendor)).await;
    assert_eq!(status, 200);
    eventually("the vendor master imported through A, on B", || {
        let (http, url, key) = (http.clone(), format!("{b}/v1/counterparties/6222000099990000"), client_key.clone());
        async move { call(&http, "GET", url, &key, None).await.0 == 200 }
    })
    .await;
    // 49,800 to a payee never paid, with no contract: just below the limit, CM-003.
    let (_, first) = call(
        &http,
        "POST",
        format!("{a}/v1/screen/payment"),
        &client_key,
        Some(&payment("H-1", "6217000011112222", "49800.00")),
    )
    .await;
    assert!(hit_ids(&first).contains(&"CM-003".to_owned()), "{first}");
    let id = first["decision_id"].as_str().unwrap_or_default();
    let (status, _) = call(
        &http,
        "POST",
        format!("{a}/v1/decisions/{id}/outcome"),
        &client_key,
        Some(&json!({"outcome": "executed"})),
    )
    .await;
    assert_eq!(status, 200);
    let mut attempt = 0;
    eventually("the payment executed through A, in B's history", || {
        attempt += 1;
        let mut later = payment(&format!("H-2-{attempt}"), "6217000011112222", "49800.00");
        later["submitted_at"] = json!("2026-07-20T10:32:00+08:00");
        let (http, url, key) = (http.clone(), format!("{b}/v1/screen/payment"), client_key.clone());
        async move {
            let (status, decision) = call(&http, "POST", url, &key, Some(&later)).await;
            status == 200 && !hit_ids(&decision).contains(&"CM-003".to_owned())
        }
    })
    .await;

    // The account's data erased on request through A: B forgets the payment too, and the next
    // payment to it is to a payee never paid again.
    let (status, erased) =
        call(&http, "DELETE", format!("{a}/v1/privacy/accounts/6217000011112222?tenant=acme"), &officer_key, None)
            .await;
    assert_eq!(status, 200, "{erased}");
    assert_eq!(erased["history_events_deleted"], 1, "{erased}");
    let mut attempt = 0;
    eventually("the erasure made through A, in B's history", || {
        attempt += 1;
        let mut later = payment(&format!("E-{attempt}"), "6217000011112222", "49800.00");
        later["submitted_at"] = json!("2026-07-21T10:32:00+08:00");
        let (http, url, key) = (http.clone(), format!("{b}/v1/screen/payment"), client_key.clone());
        async move {
            let (status, decision) = call(&http, "POST", url, &key, Some(&later)).await;
            status == 200 && hit_ids(&decision).contains(&"CM-003".to_owned())
        }
    })
    .await;

    // The watchlist: an entry an officer adds through A blocks the next payment on B; removed
    // through B, it stops blocking on A.
    let watched = json!({"kind": "account", "value": "6217 0000 5555 4444", "note": "cluster"});
    let (status, entry) = call(&http, "POST", format!("{a}/v1/watchlist"), &officer_key, Some(&watched)).await;
    assert_eq!(status, 200, "{entry}");
    let screen_on = |base: String, n: String| {
        let (http, key) = (http.clone(), client_key.clone());
        async move {
            let (_, decision) = call(
                &http,
                "POST",
                format!("{base}/v1/screen/payment"),
                &key,
                Some(&payment(&n, "6217000055554444", "800.00")),
            )
            .await;
            hit_ids(&decision).contains(&"CM-001".to_owned())
        }
    };
    let mut attempt = 0;
    eventually("the watchlist entry added through A, on B", || {
        attempt += 1;
        screen_on(b.clone(), format!("W-B-{attempt}"))
    })
    .await;
    let entry_id = entry["id"].as_str().unwrap_or_default();
    let (status, _) = call(&http, "DELETE", format!("{b}/v1/watchlist/{entry_id}"), &officer_key, None).await;
    assert_eq!(status, 200);
    eventually("the watchlist entry removed through B, on A", || {
        attempt += 1;
        let hit = screen_on(a.clone(), format!("W-A-{attempt}"));
        async move { !hit.await }
    })
    .await;

    // Rules: both start on the directory's version.
    let version_on = |base: String| {
        let (http, key) = (http.clone(), officer_key.clone());
        async move { call(&http, "GET", format!("{base}/v1/rules"), &key, None).await.1["version"].clone() }
    };
    let original = version_on(a.clone()).await;
    assert_eq!(version_on(b.clone()).await, original);
    // An officer changes a rule file and reloads through A; B runs the new version too.
    let common = rules.path().join("common.toml");
    let text = std::fs::read_to_string(&common).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&common, format!("{text}\n# tuned by the park officer\n")).unwrap_or_else(|e| panic!("{e}"));
    let (status, reloaded) = call(&http, "POST", format!("{a}/v1/rules/reload"), &officer_key, None).await;
    assert_eq!(status, 200, "{reloaded}");
    let changed = reloaded["version"].clone();
    assert_ne!(changed, original);
    eventually("the reloaded ruleset, on B", || {
        let (version, expected) = (version_on(b.clone()), changed.clone());
        async move { version.await == expected }
    })
    .await;
    // A rollback through B (the directory still holds the new files) reaches A.
    let (status, rolled) =
        call(&http, "POST", format!("{b}/v1/rules/rollback"), &officer_key, Some(&json!({"version": original}))).await;
    assert_eq!(status, 200, "{rolled}");
    eventually("the rollback made through B, on A", || {
        let (version, expected) = (version_on(a.clone()), original.clone());
        async move { version.await == expected }
    })
    .await;
    // And it stays: the directory watchers (every 2 s) act on changes of the files only.
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!((version_on(a.clone()).await, version_on(b.clone()).await), (original.clone(), original));
    drop(cluster);
}
