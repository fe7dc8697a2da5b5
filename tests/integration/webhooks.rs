//! Webhooks against real server processes and a receiver on 127.0.0.1 that records what
//! arrives: signatures verify, a receiver that fails at first still gets every event in order,
//! one that is down across a restart of fraudscreen gets everything after, one that hangs does
//! not hold up screening, and the group-robot formats read as WeCom and DingTalk expect.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use crate::helpers::{Server, create_key_with_cli, root, rules_dir, start_server_with};

/// One request the receiver got.
#[derive(Clone, Debug)]
struct Received {
    headers: HeaderMap,
    query: Option<String>,
    body: Value,
    raw: Vec<u8>,
}

/// How the receiver behaves.
#[derive(Default)]
struct Behaviour {
    /// Answer 500 to this many requests first.
    fail_first: usize,
    /// Hold this many requests first for this long before answering.
    hang_first: usize,
    hang_for: Duration,
    /// Answer like a group robot (`{"errcode": 0}`).
    robot: bool,
    /// Always answer 500 to the events of this request id.
    refuse: Option<&'static str>,
}

#[derive(Clone)]
struct Receiver {
    got: Arc<Mutex<Vec<Received>>>,
    seen: Arc<AtomicUsize>,
    behaviour: Arc<Behaviour>,
}

async fn receive(
    State(receiver): State<Receiver>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> (StatusCode, String) {
    let n = receiver.seen.fetch_add(1, Ordering::SeqCst);
    let b = &receiver.behaviour;
    if n < b.hang_first {
        tokio::time::sleep(b.hang_for).await;
    }
    if n < b.fail_first {
        return (StatusCode::INTERNAL_SERVER_ERROR, "not now".into());
    }
    let parsed: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if b.refuse.is_some() && parsed["payload"]["request_id"].as_str() == b.refuse {
        return (StatusCode::INTERNAL_SERVER_ERROR, "never".into());
    }
    if let Ok(mut got) = receiver.got.lock() {
        got.push(Received { headers, query, body: parsed, raw: body.to_vec() });
    }
    (StatusCode::OK, if b.robot { r#"{"errcode":0,"errmsg":"ok"}"#.into() } else { "ok".into() })
}

/// Starts a receiver on `listener`; returns what it records.
fn serve_receiver(listener: std::net::TcpListener, behaviour: Behaviour) -> Arc<Mutex<Vec<Received>>> {
    let receiver = Receiver { got: Arc::default(), seen: Arc::default(), behaviour: Arc::new(behaviour) };
    let got = Arc::clone(&receiver.got);
    let app = axum::Router::new().route("/hook", axum::routing::post(receive)).with_state(receiver);
    listener.set_nonblocking(true).unwrap_or_else(|e| panic!("{e}"));
    let listener = tokio::net::TcpListener::from_std(listener).unwrap_or_else(|e| panic!("{e}"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    got
}

fn bind() -> std::net::TcpListener {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"))
}

fn port_of(listener: &std::net::TcpListener) -> u16 {
    listener.local_addr().map(|a| a.port()).unwrap_or_else(|e| panic!("{e}"))
}

async fn call(method: &str, url: String, key: &str, body: Option<Value>) -> (u16, Value) {
    let client = reqwest::Client::new();
    let request = match method {
        "POST" => client.post(url),
        "DELETE" => client.delete(url),
        _ => client.get(url),
    };
    let request = match body {
        Some(body) => request.json(&body),
        None => request,
    };
    let response = request.bearer_auth(key).send().await.unwrap_or_else(|e| panic!("{e}"));
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn example_payment(request_id: &str) -> Value {
    let text = std::fs::read_to_string(root().join("examples/payment.json")).unwrap_or_else(|e| panic!("{e}"));
    let mut payment: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    payment["request_id"] = json!(request_id);
    payment
}

/// Waits until the receiver holds `count` distinct events (by id), with a generous limit:
/// this checks delivery, not speed.
async fn wait_for_events(got: &Arc<Mutex<Vec<Received>>>, count: usize, what: &str) -> Vec<Received> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let received = got.lock().map(|g| g.clone()).unwrap_or_default();
        let mut ids: Vec<String> = received.iter().filter_map(|r| r.body["id"].as_str().map(str::to_owned)).collect();
        ids.dedup();
        if ids.len() >= count {
            return received;
        }
        assert!(Instant::now() < deadline, "{what}: {} of {count} events arrived", ids.len());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The signature a receiver computes itself: HMAC-SHA256 over "{timestamp}.{body}".
fn expected_signature(secret: &str, timestamp: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

const SECRET: &str = "s3cret-for-the-acme-erp";

/// The receivers here listen on loopback, which a service calls only when it is listed.
const LOOPBACK_LISTED: (&str, &str) = ("FRAUDSCREEN_WEBHOOK_HOSTS", "127.0.0.1");

fn fast_retries() -> Vec<(&'static str, &'static str)> {
    vec![("FRAUDSCREEN_WEBHOOK_FIRST_RETRY_MS", "100"), ("FRAUDSCREEN_WEBHOOK_TIMEOUT_SECS", "2"), LOOPBACK_LISTED]
}

fn server(url: &str) -> Server {
    start_server_with(url, &rules_dir(), "info", &fast_retries())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_arrive_signed_in_order_after_a_receiver_fails_at_first() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("hooks.db").display());
    let client_key = create_key_with_cli(&url, "acme", "client");
    let other_key = create_key_with_cli(&url, "other", "client");
    let mut server = server(&url);
    let base = server.base.clone();
    let listener = bind();
    let hook_url = format!("http://127.0.0.1:{}/hook", port_of(&listener));
    let got = serve_receiver(listener, Behaviour { fail_first: 3, ..Behaviour::default() });

    // Bad subscriptions are refused with the field named.
    let good =
        json!({"url": hook_url, "events": ["decision.block", "case.opened"], "format": "json", "secret": SECRET});
    for (change, field) in [
        (json!({"url": "ftp://x/"}), "url"),
        (json!({"events": ["decision.maybe"]}), "events"),
        (json!({"events": ["watchlist.added"]}), "events"),
        (json!({"secret": null}), "secret"),
        (json!({"format": "sms"}), "format"),
    ] {
        let mut body = good.clone();
        if let (Some(body), Some(change)) = (body.as_object_mut(), change.as_object()) {
            body.extend(change.clone());
        }
        let (status, error) = call("POST", format!("{base}/v1/webhooks"), &client_key, Some(body)).await;
        assert_eq!((status, error["field"].as_str()), (400, Some(field)), "{error}");
    }
    let (status, hook) = call("POST", format!("{base}/v1/webhooks"), &client_key, Some(good)).await;
    assert_eq!(status, 200, "{hook}");
    assert_eq!((hook["tenant"].as_str(), hook["has_secret"].as_bool()), (Some("acme"), Some(true)));
    assert!(!hook.to_string().contains(SECRET), "the secret is never shown: {hook}");
    let id = hook["id"].as_str().unwrap_or_default().to_owned();
    assert_eq!(call("GET", format!("{base}/v1/webhooks/{id}"), &other_key, None).await.0, 404);
    let (_, theirs) = call("GET", format!("{base}/v1/webhooks"), &other_key, None).await;
    assert_eq!(theirs["webhooks"], json!([]));

    // Five blocked payments: a block and a case each, ten events.
    for n in 1..=5 {
        let (status, decision) =
            call("POST", format!("{base}/v1/screen/payment"), &client_key, Some(example_payment(&format!("WH-{n}"))))
                .await;
        assert_eq!((status, decision["decision"].as_str()), (200, Some("block")), "{decision}");
    }
    // Another company's flagged payment is not acme's to receive.
    call("POST", format!("{base}/v1/screen/payment"), &other_key, Some(example_payment("WH-OTHER"))).await;
    let received = wait_for_events(&got, 10, "acme's events").await;
    let mut order: Vec<(String, String)> = Vec::new();
    for r in &received {
        let timestamp = r.headers.get("x-fraudscreen-timestamp").and_then(|v| v.to_str().ok()).unwrap_or_default();
        let signature = r.headers.get("x-fraudscreen-signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
        assert_eq!(signature, expected_signature(SECRET, timestamp, &r.raw), "a signature that does not verify");
        assert_eq!(r.body["tenant"], "acme", "{}", r.body);
        let key = (
            r.body["type"].as_str().unwrap_or("").to_owned(),
            r.body["payload"]["request_id"].as_str().unwrap_or("").to_owned(),
        );
        if !order.contains(&key) {
            order.push(key);
        }
    }
    let expected: Vec<(String, String)> = (1..=5)
        .flat_map(|n| [("decision.block".to_owned(), format!("WH-{n}")), ("case.opened".to_owned(), format!("WH-{n}"))])
        .collect();
    assert_eq!(order, expected, "in the order they were written");
    let first = &received[0].body["payload"];
    assert_eq!(first["account"], "************0999", "the payee account is masked: {first}");

    // The attempts are on record: three refusals, then deliveries.
    let (_, log) = call("GET", format!("{base}/v1/webhooks/{id}/deliveries"), &client_key, None).await;
    let attempts: Vec<(String, Option<i64>)> = log["deliveries"]
        .as_array()
        .into_iter()
        .flatten()
        .rev()
        .map(|d| (d["outcome"].as_str().unwrap_or("").to_owned(), d["status_code"].as_i64()))
        .collect();
    assert_eq!(
        attempts[..4].to_vec(),
        vec![
            ("retrying".to_owned(), Some(500)),
            ("retrying".to_owned(), Some(500)),
            ("retrying".to_owned(), Some(500)),
            ("delivered".to_owned(), Some(200)),
        ],
        "{log}"
    );
    assert_eq!(attempts.iter().filter(|(o, _)| o == "delivered").count(), 10, "{log}");

    // The command line sends a sample event on demand.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fraudscreen"))
        .args(["webhooks", "test", &id, "--database-url", &url])
        .env(LOOPBACK_LISTED.0, LOOPBACK_LISTED.1)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    assert!(crate::helpers::stdout(&out).contains("\"delivered\": true"));
    wait_for_events(&got, 11, "the test event").await;

    // Removed, it receives nothing more; and the secret never reached the log.
    assert_eq!(call("DELETE", format!("{base}/v1/webhooks/{id}"), &client_key, None).await.0, 200);
    assert_eq!(call("GET", format!("{base}/v1/webhooks/{id}"), &client_key, None).await.0, 404);
    let log = server.log.lock().map(|l| l.join("\n")).unwrap_or_default();
    assert!(!log.contains(SECRET), "the secret is in the log");
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receiver_down_across_a_restart_gets_every_event_after() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("hooks.db").display());
    let client_key = create_key_with_cli(&url, "acme", "client");
    // A port nobody listens on yet: the receiver is down.
    let reserved = bind();
    let port = port_of(&reserved);
    drop(reserved);
    let mut first = server(&url);
    let body = json!({"url": format!("http://127.0.0.1:{port}/hook"), "events": ["decision.block"], "secret": SECRET});
    let (status, hook) = call("POST", format!("{}/v1/webhooks", first.base), &client_key, Some(body)).await;
    assert_eq!(status, 200, "{hook}");
    let id = hook["id"].as_str().unwrap_or_default().to_owned();
    for n in 1..=3 {
        call(
            "POST",
            format!("{}/v1/screen/payment", first.base),
            &client_key,
            Some(example_payment(&format!("R-{n}"))),
        )
        .await;
    }
    // Wait until the first attempts failed, then kill fraudscreen with the events pending.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (_, log) = call("GET", format!("{}/v1/webhooks/{id}/deliveries", first.base), &client_key, None).await;
        if log["deliveries"].as_array().is_some_and(|d| !d.is_empty()) {
            assert_eq!(log["deliveries"][0]["error"], "could not connect", "{log}");
            break;
        }
        assert!(Instant::now() < deadline, "no attempt was made");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    first.stop();
    let mut second = server(&url);
    let listener = std::net::TcpListener::bind(("127.0.0.1", port)).unwrap_or_else(|e| panic!("{e}"));
    let got = serve_receiver(listener, Behaviour::default());
    let received = wait_for_events(&got, 3, "events written before the restart").await;
    let ids: Vec<&str> = received.iter().filter_map(|r| r.body["payload"]["request_id"].as_str()).collect();
    assert_eq!(ids[..3].to_vec(), vec!["R-1", "R-2", "R-3"]);
    second.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hanging_receiver_does_not_hold_up_screening() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("hooks.db").display());
    let client_key = create_key_with_cli(&url, "acme", "client");
    let mut server = server(&url);
    let base = server.base.clone();
    let screen_timed = |from: usize| {
        let (base, key) = (base.clone(), client_key.clone());
        async move {
            let started = Instant::now();
            for n in from..from + 20 {
                let (status, _) =
                    call("POST", format!("{base}/v1/screen/payment"), &key, Some(example_payment(&format!("H-{n}"))))
                        .await;
                assert_eq!(status, 200);
            }
            started.elapsed() / 20
        }
    };
    let without = screen_timed(0).await;
    // The receiver holds its first three requests longer than fraudscreen waits (2 s).
    let listener = bind();
    let hook_url = format!("http://127.0.0.1:{}/hook", port_of(&listener));
    let got =
        serve_receiver(listener, Behaviour { hang_first: 3, hang_for: Duration::from_secs(5), ..Behaviour::default() });
    let body = json!({"url": hook_url, "events": ["decision.block"], "secret": SECRET});
    assert_eq!(call("POST", format!("{base}/v1/webhooks"), &client_key, Some(body)).await.0, 200);
    let with = screen_timed(100).await;
    eprintln!("mean screening time over HTTP: {without:?} without the webhook, {with:?} while its receiver hangs");
    let received = wait_for_events(&got, 20, "events held up by the hanging receiver").await;
    let ids: Vec<&str> = received.iter().filter_map(|r| r.body["payload"]["request_id"].as_str()).collect();
    assert_eq!(ids.first().copied(), Some("H-100"), "the hung event was sent again first");
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn officers_get_park_wide_events_as_wecom_and_dingtalk_messages() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("hooks.db").display());
    let officer = create_key_with_cli(&url, "police", "officer");
    let client_key = create_key_with_cli(&url, "acme", "client");
    let mut server = server(&url);
    let base = server.base.clone();
    let wecom_listener = bind();
    let wecom_url = format!("http://127.0.0.1:{}/hook?key=ROBOT-KEY", port_of(&wecom_listener));
    let wecom = serve_receiver(wecom_listener, Behaviour { robot: true, ..Behaviour::default() });
    let ding_listener = bind();
    let ding_url = format!("http://127.0.0.1:{}/hook?access_token=DING-TOKEN", port_of(&ding_listener));
    let ding = serve_receiver(ding_listener, Behaviour { robot: true, ..Behaviour::default() });
    let ding_secret = "SECdingtalk0123456789";
    let (status, robot) = call(
        "POST",
        format!("{base}/v1/webhooks"),
        &officer,
        Some(json!({"url": wecom_url, "events": ["decision.block", "watchlist.added"], "format": "wecom"})),
    )
    .await;
    assert_eq!((status, robot["tenant"].clone()), (200, Value::Null), "{robot}");
    assert!(!robot.to_string().contains("ROBOT-KEY"), "the robot's key is not shown: {robot}");
    let (status, _) = call(
        "POST",
        format!("{base}/v1/webhooks"),
        &officer,
        Some(json!({"url": ding_url, "events": ["rules.reloaded"], "format": "dingtalk", "secret": ding_secret})),
    )
    .await;
    assert_eq!(status, 200);

    // A blocked payment, a watchlist entry and a reload.
    call("POST", format!("{base}/v1/screen/payment"), &client_key, Some(example_payment("ROBOT-1"))).await;
    let entry = json!({"kind": "account", "value": "6217000055556666"});
    assert_eq!(call("POST", format!("{base}/v1/watchlist"), &officer, Some(entry)).await.0, 200);
    assert_eq!(call("POST", format!("{base}/v1/rules/reload"), &officer, None).await.0, 200);

    let deadline = Instant::now() + Duration::from_secs(60);
    while wecom.lock().map(|g| g.len()).unwrap_or(0) < 2 || ding.lock().map(|g| g.len()).unwrap_or(0) < 1 {
        assert!(Instant::now() < deadline, "the robots did not get their messages");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let wecom = wecom.lock().map(|g| g.clone()).unwrap_or_default();
    assert_eq!(wecom[0].query.as_deref(), Some("key=ROBOT-KEY"));
    let block = wecom[0].body["markdown"]["content"].as_str().unwrap_or_default();
    assert_eq!(wecom[0].body["msgtype"], "markdown");
    assert!(block.contains("拦截") && block.contains("520000.00 CNY") && block.contains("************0999"), "{block}");
    assert!(block.contains(&format!("{base}/ui/cases/")), "a link to the case: {block}");
    let listed = wecom[1].body["markdown"]["content"].as_str().unwrap_or_default();
    assert!(listed.contains("观察名单") && listed.contains("************6666"), "{listed}");

    let ding = ding.lock().map(|g| g.clone()).unwrap_or_default();
    assert_eq!(ding[0].body["msgtype"], "markdown");
    assert!(ding[0].body["markdown"]["text"].as_str().unwrap_or_default().contains("规则"));
    // DingTalk's signature: base64 HMAC-SHA256 of "{timestamp}\n{secret}", URL-encoded.
    let query = ding[0].query.clone().unwrap_or_default();
    let param =
        |name: &str| query.split('&').find_map(|p| p.strip_prefix(&format!("{name}="))).unwrap_or_default().to_owned();
    assert_eq!(param("access_token"), "DING-TOKEN");
    let timestamp = param("timestamp");
    let mut mac = Hmac::<Sha256>::new_from_slice(ding_secret.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    mac.update(format!("{timestamp}\n{ding_secret}").as_bytes());
    let expected = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    let sign = param("sign").replace("%2B", "+").replace("%2F", "/").replace("%3D", "=");
    assert_eq!(sign, expected, "{query}");
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_refused_past_the_retry_window_is_dead_and_the_next_one_goes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("hooks.db").display());
    let client_key = create_key_with_cli(&url, "acme", "client");
    let mut env = fast_retries();
    env.push(("FRAUDSCREEN_WEBHOOK_RETRY_FOR_SECS", "1"));
    let mut server = start_server_with(&url, &rules_dir(), "info", &env);
    let base = server.base.clone();
    let listener = bind();
    let hook_url = format!("http://127.0.0.1:{}/hook", port_of(&listener));
    let got = serve_receiver(listener, Behaviour { refuse: Some("DEAD-1"), ..Behaviour::default() });
    let body = json!({"url": hook_url, "events": ["decision.block"], "secret": SECRET});
    let (_, hook) = call("POST", format!("{base}/v1/webhooks"), &client_key, Some(body)).await;
    let id = hook["id"].as_str().unwrap_or_default().to_owned();
    for request_id in ["DEAD-1", "DEAD-2"] {
        call("POST", format!("{base}/v1/screen/payment"), &client_key, Some(example_payment(request_id))).await;
    }
    let received = wait_for_events(&got, 1, "the event after the dead one").await;
    assert_eq!(received[0].body["payload"]["request_id"], "DEAD-2");
    let (_, log) = call("GET", format!("{base}/v1/webhooks/{id}/deliveries"), &client_key, None).await;
    let outcomes: Vec<&str> =
        log["deliveries"].as_array().into_iter().flatten().rev().filter_map(|d| d["outcome"].as_str()).collect();
    assert_eq!(outcomes.last(), Some(&"delivered"), "{log}");
    assert_eq!(outcomes.iter().filter(|o| **o == "dead").count(), 1, "{log}");
    assert!(outcomes[..outcomes.len() - 2].iter().all(|o| *o == "retrying"), "{log}");
    server.stop();
}

/// Two instances on one PostgreSQL database share the deliveries of one subscription: events
/// screened through either arrive once each (no instance sends what the other holds the lease
/// for) and in the order they were committed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_deliver_one_subscription_in_commit_order() {
    let Some(database) = crate::helpers::PgDatabase::create("webhooks two instances").await else { return };
    let migrated = crate::helpers::fraudscreen(&["migrate", "--database-url", &database.url]);
    assert!(migrated.status.success(), "{}", crate::helpers::stderr(&migrated));
    let client_key = create_key_with_cli(&database.url, "acme", "client");
    let mut a = server(&database.url);
    let mut b = server(&database.url);
    let listener = bind();
    let hook_url = format!("http://127.0.0.1:{}/hook", port_of(&listener));
    let got = serve_receiver(listener, Behaviour::default());
    let body = json!({"url": hook_url, "events": ["decision.block"], "secret": SECRET});
    assert_eq!(call("POST", format!("{}/v1/webhooks", a.base), &client_key, Some(body)).await.0, 200);
    let mut sent = Vec::new();
    for n in 0..8 {
        let base = if n % 2 == 0 { &a.base } else { &b.base };
        let request_id = format!("PG-{n}");
        let (status, _) =
            call("POST", format!("{base}/v1/screen/payment"), &client_key, Some(example_payment(&request_id))).await;
        assert_eq!(status, 200);
        sent.push(request_id);
    }
    let received = wait_for_events(&got, 8, "events screened through both instances").await;
    let order: Vec<&str> = received.iter().filter_map(|r| r.body["payload"]["request_id"].as_str()).collect();
    assert_eq!(order, sent.iter().map(String::as_str).collect::<Vec<_>>(), "once each, in commit order");
    a.stop();
    b.stop();
}

/// Every event type comes from the change that causes it: a review and a block, their cases,
/// a case closed, a record confirmed, the watchlist entries that adds, a reload and a refused one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_event_type_is_announced_by_the_change_that_causes_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("hooks.db").display());
    let rules = dir.path().join("rules");
    crate::helpers::copy_rules(&rules);
    let officer = create_key_with_cli(&url, "police", "officer");
    let client_key = create_key_with_cli(&url, "acme", "client");
    let mut server = start_server_with(&url, &rules, "info", &fast_retries());
    let base = server.base.clone();
    let listener = bind();
    let hook_url = format!("http://127.0.0.1:{}/hook", port_of(&listener));
    let got = serve_receiver(listener, Behaviour::default());
    let all: Vec<&str> = vec![
        "decision.block",
        "decision.review",
        "case.opened",
        "case.closed",
        "incident.confirmed",
        "watchlist.added",
        "rules.reloaded",
        "rules.reload_failed",
    ];
    let body = json!({"url": hook_url, "events": all, "secret": SECRET});
    assert_eq!(call("POST", format!("{base}/v1/webhooks"), &officer, Some(body)).await.0, 200);

    // A review (a large first payment to a new payee) and a block.
    let review = json!({"request_id": "EV-1", "submitted_at": "2026-07-14T10:32:00+08:00",
                        "payee": {"name": "某某设备有限公司", "account_no": "6222000000097777"},
                        "amount": "49800.00", "purpose": "预付款"});
    let (_, reviewed) = call("POST", format!("{base}/v1/screen/payment"), &client_key, Some(review)).await;
    assert_eq!(reviewed["decision"], "review", "{reviewed}");
    call("POST", format!("{base}/v1/screen/payment"), &client_key, Some(example_payment("EV-2"))).await;
    // The review's case closed after verification.
    let case = reviewed["case_id"].as_str().unwrap_or_default();
    let client = reqwest::Client::new();
    let closed = client
        .patch(format!("{base}/v1/cases/{case}"))
        .bearer_auth(&officer)
        .json(&json!({"resolution": "paid_after_verification"}))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(closed.status().as_u16(), 200, "{}", closed.text().await.unwrap_or_default());
    // A record confirmed with the scammer's account: the record and the watchlist entry.
    let record = json!({"reported_at": "2026-07-14T11:00:00+08:00", "company": "acme", "scam_type": "fake_order",
                        "identifiers": {"accounts": ["6217000012340000"]}, "status": "confirmed",
                        "narrative": "张三被骗", "officer": "张警官"});
    assert_eq!(call("POST", format!("{base}/v1/incidents"), &officer, Some(record)).await.0, 200);
    // A reload, then a broken rule file refused.
    assert_eq!(call("POST", format!("{base}/v1/rules/reload"), &officer, None).await.0, 200);
    std::fs::write(rules.join("broken.toml"), "[pack\nid = ").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(call("POST", format!("{base}/v1/rules/reload"), &officer, None).await.0, 422);

    let received = wait_for_events(&got, 9, "one event of each type (two cases opened)").await;
    let mut types: Vec<&str> = received.iter().filter_map(|r| r.body["type"].as_str()).collect();
    types.sort_unstable();
    types.dedup();
    let mut expected = all.clone();
    expected.sort_unstable();
    assert_eq!(types, expected);
    let of = |kind: &str| received.iter().find(|r| r.body["type"] == kind).map(|r| r.body.clone()).unwrap_or_default();
    assert_eq!(of("case.closed")["payload"]["resolution"], "paid_after_verification");
    let confirmed = of("incident.confirmed");
    assert_eq!(confirmed["payload"]["identifiers"]["accounts"], json!(["************0000"]), "{confirmed}");
    assert!(confirmed["payload"].get("narrative").is_none(), "the narrative names people: {confirmed}");
    assert!(of("rules.reload_failed")["payload"]["diagnostics"].as_str().is_some_and(|d| d.contains("broken.toml")));
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_host_list_no_subscription_reaches_an_internal_address() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("hooks.db").display());
    let client_key = create_key_with_cli(&url, "acme", "client");
    let listener = bind();
    let hook_url = format!("http://127.0.0.1:{}/hook", port_of(&listener));
    let got = serve_receiver(listener, Behaviour::default());

    // Listed, loopback may be named: a subscription made then.
    let mut server = server(&url);
    let body = json!({"url": hook_url, "events": ["decision.block"], "format": "json", "secret": SECRET});
    let (status, hook) = call("POST", format!("{}/v1/webhooks", server.base), &client_key, Some(body)).await;
    assert_eq!(status, 200, "{hook}");
    let id = hook["id"].as_str().unwrap_or_default().to_owned();
    server.stop();

    // Without the list, no URL naming an internal address is taken ...
    let mut server = start_server_with(&url, &rules_dir(), "info", &fast_retries()[..2]);
    let base = server.base.clone();
    for internal in [hook_url.as_str(), "http://localhost:8080/hook", "http://169.254.169.254/latest", "http://[::1]/x"]
    {
        let body = json!({"url": internal, "events": ["decision.block"], "format": "json", "secret": SECRET});
        let (status, error) = call("POST", format!("{base}/v1/webhooks"), &client_key, Some(body)).await;
        assert_eq!((status, error["field"].as_str()), (400, Some("url")), "{internal}: {error}");
    }
    // ... and the subscription made earlier delivers nothing there: its attempts are refused.
    let (status, decision) =
        call("POST", format!("{base}/v1/screen/payment"), &client_key, Some(example_payment("WH-INSIDE"))).await;
    assert_eq!((status, decision["decision"].as_str()), (200, Some("block")), "{decision}");
    let deadline = Instant::now() + Duration::from_secs(30);
    let log = loop {
        let (_, log) = call("GET", format!("{base}/v1/webhooks/{id}/deliveries"), &client_key, None).await;
        if log.to_string().contains("refused: not a host this service may call") {
            break log;
        }
        assert!(Instant::now() < deadline, "no refused attempt: {log}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(got.lock().map(|g| g.is_empty()).unwrap_or(false), "the receiver got something: {log}");
    server.stop();
}
