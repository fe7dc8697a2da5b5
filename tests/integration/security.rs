//! The security review's checks against the real server: per-key rate limits, header and
//! time limits, secrets out of the log, the audit log and who may read it, and the officer
//! pages against script injection and session fixation.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{create_key_with_cli, rules_dir, start_server, start_server_with};

fn database(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}", dir.path().join("security.db").display())
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// [`http`] connecting from a loopback address of its own (all of 127.0.0.0/8 reaches the
/// server), so that a test can be two clients at once.
fn http_from(address: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .local_address(std::net::IpAddr::from(address))
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Sends a request with a key and a JSON body if given; returns the status and the JSON
/// answer (null when there is none).
async fn send_json(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: String,
    key: String,
    body: Option<Value>,
) -> (u16, Value) {
    let request = client.request(method, url).bearer_auth(key);
    let request = match body {
        Some(body) => request.json(&body),
        None => request,
    };
    let response = request.send().await.unwrap_or_else(|e| panic!("{e}"));
    (response.status().as_u16(), response.json::<Value>().await.unwrap_or_default())
}

/// Sends raw bytes and returns what the server answers until it closes the connection
/// (or 20 seconds pass, which a test then reports).
fn raw_exchange(base: &str, first: &[u8], wait_before_reading: Duration) -> (String, bool) {
    let address = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap_or_else(|e| panic!("{e}"));
    stream.write_all(first).unwrap_or_else(|e| panic!("{e}"));
    std::thread::sleep(wait_before_reading);
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap_or_else(|e| panic!("{e}"));
    let mut answer = Vec::new();
    let closed = match stream.read_to_end(&mut answer) {
        Ok(_) => true,
        Err(error) => error.kind() != std::io::ErrorKind::WouldBlock && error.kind() != std::io::ErrorKind::TimedOut,
    };
    (String::from_utf8_lossy(&answer).into_owned(), closed)
}

#[tokio::test]
async fn each_key_has_its_own_request_rate() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let (busy, quiet) = (create_key_with_cli(&url, "acme", "client"), create_key_with_cli(&url, "acme", "client"));
    let env = [("FRAUDSCREEN_RATE_LIMIT_PER_SECOND", "1"), ("FRAUDSCREEN_RATE_LIMIT_BURST", "3")];
    let mut server = start_server_with(&url, &rules_dir(), "warn", &env);
    let client = http();
    // Twenty requests at once: the burst passes, the rest are told to come back later.
    let mut at_once = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let request = client.get(format!("{}/v1/decisions", server.base)).bearer_auth(&busy);
        at_once.spawn(async move {
            let response = request.send().await.unwrap_or_else(|e| panic!("{e}"));
            let status = response.status().as_u16();
            let retry_after = response.headers().get("retry-after").and_then(|v| v.to_str().ok()).map(str::to_owned);
            (status, retry_after, response.json::<Value>().await.unwrap_or_default())
        });
    }
    let mut answers = Vec::new();
    while let Some(answer) = at_once.join_next().await {
        answers.push(answer.unwrap_or_else(|e| panic!("{e}")));
    }
    let passed = answers.iter().filter(|(status, _, _)| *status == 200).count();
    let refused: Vec<_> = answers.iter().filter(|(status, _, _)| *status == 429).collect();
    assert!(passed >= 3, "the burst of 3 passes: {passed} passed");
    assert_eq!(passed + refused.len(), 20, "every answer is 200 or 429");
    assert!(!refused.is_empty(), "20 requests at once exceed a burst of 3");
    for (_, retry_after, body) in refused {
        assert!(retry_after.is_some(), "a 429 says when to retry");
        assert_eq!(body["code"], "rate_limited", "{body}");
    }
    // Another key of the same company is not held back by the busy one.
    let response = client.get(format!("{}/v1/decisions", server.base)).bearer_auth(&quiet).send().await;
    assert_eq!(response.map(|r| r.status().as_u16()).ok(), Some(200));
    server.stop();
}

#[tokio::test]
async fn oversized_headers_and_uris_are_refused_with_a_code() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let key = create_key_with_cli(&url, "acme", "client");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let client = http();
    let response = client
        .get(format!("{}/v1/decisions", server.base))
        .bearer_auth(&key)
        .header("x-padding", "a".repeat(20 * 1024))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 431);
    assert_eq!(response.json::<Value>().await.unwrap_or_default()["code"], "headers_too_large");
    let response = client
        .get(format!("{}/v1/decisions/{}", server.base, "x".repeat(20 * 1024)))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 414);
    server.stop();
}

#[tokio::test]
async fn slow_headers_are_cut_off_and_slow_bodies_time_out() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let key = create_key_with_cli(&url, "acme", "client");
    let mut server = start_server_with(&url, &rules_dir(), "warn", &[("FRAUDSCREEN_REQUEST_TIMEOUT_SECS", "1")]);
    let base = server.base.clone();
    // Headers that never end: the server closes the connection rather than wait forever.
    let (_, closed) = tokio::task::spawn_blocking({
        let base = base.clone();
        move || raw_exchange(&base, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ", Duration::ZERO)
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(closed, "a connection with unfinished headers was kept open");
    // A body that never comes: a 503 `timeout`, not a worker held forever.
    let head = format!(
        "POST /v1/screen/payment HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{{"
    );
    let (answer, _) = tokio::task::spawn_blocking(move || raw_exchange(&base, head.as_bytes(), Duration::ZERO))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("\"code\":\"timeout\""), "{answer}");
    server.stop();
}

#[tokio::test]
async fn api_keys_never_reach_the_log() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let key = create_key_with_cli(&url, "acme", "client");
    let mut server = start_server(&url, &rules_dir(), "debug");
    let client = http();
    let wrong = "fs_live_this_is_not_a_key_but_looks_like_one_0000";
    for secret in [key.as_str(), wrong] {
        let response = client.get(format!("{}/v1/decisions", server.base)).bearer_auth(secret).send().await;
        assert!(response.is_ok());
    }
    server.stop();
    let log = server.log.lock().map(|l| l.join("\n")).unwrap_or_default();
    assert!(log.contains("/v1/decisions"), "the requests are logged at debug:\n{log}");
    for secret in [key.as_str(), wrong] {
        assert!(!log.contains(secret), "a key reached the log:\n{log}");
    }
}

#[tokio::test]
async fn officer_and_admin_actions_are_audited_and_only_admins_read_the_log() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let client_key = create_key_with_cli(&url, "acme", "client");
    let officer = create_key_with_cli(&url, "police", "officer");
    let admin = create_key_with_cli(&url, "ops", "admin");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let (base, client) = (server.base.clone(), http());
    let send =
        |method, path: &str, key: &str, body| send_json(&client, method, format!("{base}{path}"), key.to_owned(), body);
    let payment = json!({"request_id": "AUD-1", "submitted_at": "2026-07-14T10:32:00+08:00",
        "payee": {"name": "某某设备有限公司", "account_no": "6222000011112222"}, "amount": "1200.00"});
    assert_eq!(send(reqwest::Method::POST, "/v1/screen/payment", &client_key, Some(payment)).await.0, 200);
    let watch = json!({"kind": "account", "value": "6222000099998888", "note": "已确认诈骗账户"});
    let (status, added) = send(reqwest::Method::POST, "/v1/watchlist", &officer, Some(watch)).await;
    assert_eq!(status, 200, "{added}");
    assert_eq!(send(reqwest::Method::POST, "/v1/rules/reload", &officer, Some(json!({}))).await.0, 200);
    // A refused action is audited too, with its status.
    assert_eq!(send(reqwest::Method::DELETE, "/v1/watchlist/no-such-entry", &officer, None).await.0, 404);
    // Signing in on the officer pages, before any session exists; a wrong key names no one.
    for (key, status) in [(officer.as_str(), 303), ("fs_live_not_a_key", 401)] {
        let signed_in = client.post(format!("{base}/ui/login")).form(&[("key", key)]).send().await;
        assert_eq!(signed_in.map(|r| r.status().as_u16()).ok(), Some(status));
    }

    for key in [&client_key, &officer] {
        assert_eq!(send(reqwest::Method::GET, "/v1/audit", key, None).await.0, 403, "only admins read the log");
    }
    let (status, log) = send(reqwest::Method::GET, "/v1/audit", &admin, None).await;
    assert_eq!(status, 200, "{log}");
    let entries = log["entries"].as_array().cloned().unwrap_or_default();
    let actions: Vec<(String, String, i64)> = entries
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap_or_default().to_owned(),
                e["actor_name"].as_str().unwrap_or_default().to_owned(),
                e["status"].as_i64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(actions.iter().filter(|(a, _, _)| a == "keys create").count(), 3, "{actions:?}");
    for expected in [
        ("POST /v1/watchlist", 200),
        ("POST /v1/rules/reload", 200),
        ("DELETE /v1/watchlist/{id}", 404),
        ("POST /ui/login", 303),
    ] {
        assert!(
            actions.iter().any(|(a, who, s)| a == expected.0 && who.contains("police") && *s == expected.1),
            "missing {expected:?} in {actions:?}"
        );
    }
    assert!(!actions.iter().any(|(a, _, _)| a.contains("/v1/screen")), "client screenings are not audited here");
    assert_eq!(actions.iter().filter(|(a, _, _)| a == "POST /ui/login").count(), 1, "{actions:?}");
    let text = log.to_string();
    assert!(!text.contains("6222000099998888"), "account numbers stay out of the audit log: {text}");
    // Nothing can change it: no route, and the database refuses.
    for method in [reqwest::Method::DELETE, reqwest::Method::PATCH, reqwest::Method::POST] {
        assert_eq!(send(method, "/v1/audit", &admin, None).await.0, 405);
    }
    server.stop();
    let db = dir.path().join("security.db");
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    assert!(conn.execute("DELETE FROM audit_log", []).is_err(), "the audit log refuses deletes");
    assert!(conn.execute("UPDATE audit_log SET actor_name = 'x'", []).is_err(), "the audit log refuses updates");
}

/// Guessing keys goes nowhere: after its share of unknown keys in a minute, an address is
/// refused before any lookup, on the API and the sign-in page alike; another address is not.
#[tokio::test]
async fn an_address_guessing_keys_is_cut_off_and_other_addresses_are_not() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let officer = create_key_with_cli(&url, "police", "officer");
    let mut server = start_server_with(&url, &rules_dir(), "warn", &[("FRAUDSCREEN_AUTH_FAILURES_PER_MINUTE", "3")]);
    let base = server.base.clone();
    let (guesser, neighbour) = (http_from([127, 0, 0, 1]), http_from([127, 0, 0, 2]));
    let get = |client: &reqwest::Client, key: &str| {
        let request = client.get(format!("{base}/v1/watchlist")).bearer_auth(key);
        async move { request.send().await.unwrap_or_else(|e| panic!("{e}")) }
    };
    for i in 0..3 {
        assert_eq!(get(&guesser, &format!("fs_live_guess{i}")).await.status().as_u16(), 401, "guess {i}");
    }
    let cut_off = get(&guesser, "fs_live_guess3").await;
    assert_eq!(cut_off.status().as_u16(), 429);
    let retry_after: u64 = cut_off
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_default();
    assert!((1..=60).contains(&retry_after), "Retry-After: {retry_after}");
    let body: Value = cut_off.json().await.unwrap_or_default();
    assert_eq!(body["code"], "rate_limited", "{body}");
    let page = guesser.post(format!("{base}/ui/login")).form(&[("key", "fs_live_guess4")]).send().await;
    assert_eq!(page.map(|r| r.status().as_u16()).ok(), Some(429), "the sign-in page is cut off too");

    assert_eq!(get(&neighbour, &officer).await.status().as_u16(), 200, "another address is not cut off");
    assert_eq!(get(&neighbour, "fs_live_guess5").await.status().as_u16(), 401, "and has its own share");
    server.stop();
}

/// Behind a reverse proxy, unknown keys count against the client the proxy names, not against
/// the proxy (which would cut everyone off); the header is believed from a listed proxy only.
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_share_of_unknown_keys() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let env = [("FRAUDSCREEN_AUTH_FAILURES_PER_MINUTE", "3"), ("FRAUDSCREEN_TRUSTED_PROXIES", "127.0.0.1")];
    let mut server = start_server_with(&url, &rules_dir(), "warn", &env);
    let base = server.base.clone();
    let (proxy, stranger) = (http_from([127, 0, 0, 1]), http_from([127, 0, 0, 2]));
    let guess = |client: &reqwest::Client, forwarded_for: &str| {
        let request = client
            .get(format!("{base}/v1/watchlist"))
            .bearer_auth("fs_live_guess")
            .header("x-forwarded-for", forwarded_for);
        async move { request.send().await.map(|r| r.status().as_u16()).unwrap_or_else(|e| panic!("{e}")) }
    };
    for _ in 0..3 {
        assert_eq!(guess(&proxy, "203.0.113.7").await, 401);
    }
    assert_eq!(guess(&proxy, "203.0.113.7").await, 429, "the client behind the proxy is cut off");
    assert_eq!(guess(&proxy, "203.0.113.8").await, 401, "another client behind the same proxy is not");
    assert_eq!(guess(&stranger, "203.0.113.7").await, 401, "a header from a host that is no proxy is ignored");
    server.stop();
}

/// No action without its audit entry: while the log cannot be written, officers' changes and
/// sign-ins are refused and nothing changes; once it can, they go through and are recorded.
#[tokio::test]
async fn an_action_whose_audit_entry_cannot_be_written_does_not_happen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let officer = create_key_with_cli(&url, "police", "officer");
    let admin = create_key_with_cli(&url, "ops", "admin");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let (base, client) = (server.base.clone(), http());
    let send =
        |method, path: &str, key: &str, body| send_json(&client, method, format!("{base}{path}"), key.to_owned(), body);
    let watch = json!({"kind": "account", "value": "6222000099997777", "note": "已确认诈骗账户"});
    let listed = |list: &Value| list.to_string().contains("6222000099997777");

    // The audit log stops taking entries (as a full or failing disk would refuse them).
    let db = rusqlite::Connection::open(dir.path().join("security.db")).unwrap_or_else(|e| panic!("{e}"));
    db.execute_batch(
        "CREATE TRIGGER audit_log_broken BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no room'); END;",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (status, answer) = send(reqwest::Method::POST, "/v1/watchlist", &officer, Some(watch.clone())).await;
    assert_eq!(status, 503, "{answer}");
    let (status, list) = send(reqwest::Method::GET, "/v1/watchlist", &officer, None).await;
    assert_eq!(status, 200, "reads are not audited and still work: {list}");
    assert!(!listed(&list), "the refused entry was added all the same: {list}");
    let signed_in = client.post(format!("{base}/ui/login")).form(&[("key", officer.as_str())]).send().await;
    let signed_in = signed_in.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(signed_in.status().as_u16(), 503);
    assert!(signed_in.headers().get("set-cookie").is_none(), "a session started unrecorded");

    db.execute_batch("DROP TRIGGER audit_log_broken").unwrap_or_else(|e| panic!("{e}"));
    let (status, answer) = send(reqwest::Method::POST, "/v1/watchlist", &officer, Some(watch)).await;
    assert_eq!(status, 200, "{answer}");
    let (_, list) = send(reqwest::Method::GET, "/v1/watchlist", &officer, None).await;
    assert!(listed(&list), "{list}");
    let (_, log) = send(reqwest::Method::GET, "/v1/audit", &admin, None).await;
    let recorded: Vec<(String, i64)> = log["entries"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| (e["action"].as_str().unwrap_or_default().to_owned(), e["status"].as_i64().unwrap_or(-1)))
        .collect();
    assert_eq!(
        recorded.iter().filter(|(a, _)| a != "keys create").collect::<Vec<_>>(),
        [&("POST /v1/watchlist".to_owned(), 200)],
        "only the change that happened is in the log, with its outcome"
    );
    server.stop();
}

#[tokio::test]
async fn the_pages_render_injected_markup_inert_and_never_keep_a_planted_session() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let client_key = create_key_with_cli(&url, "acme", "client");
    let analyst = create_key_with_cli(&url, "acme", "analyst");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let (base, client) = (server.base.clone(), http());
    // A boss-impersonation request whose text carries markup: flagged, so it becomes a case.
    let payment = json!({
        "request_id": "XSS-1", "submitted_at": "2026-07-14T10:32:00+08:00",
        "payee": {"name": "<img src=x onerror=alert(1)>有限公司", "account_no": "6217000000000999"},
        "amount": "520000.00", "memo": "保证金<script>alert('诈骗')</script>",
        "instruction": {"channel": "im", "from_name": "马总<script>steal()</script>",
            "text": "先付合作保证金52万，签批单我回来补，这事先别声张。<script>alert(document.cookie)</script>", "urgent": true}
    });
    let response =
        client.post(format!("{base}/v1/screen/payment")).bearer_auth(&client_key).json(&payment).send().await;
    let decision: Value = response.unwrap_or_else(|e| panic!("{e}")).json().await.unwrap_or_default();
    let case = decision["case_id"].as_str().unwrap_or_else(|| panic!("no case: {decision}")).to_owned();

    // Session fixation: a session id planted in the browser before sign-in is not adopted.
    let planted = "fs_session=planted-by-someone-else";
    let signed_in = client
        .post(format!("{base}/ui/login"))
        .header("cookie", planted)
        .form(&[("key", analyst.as_str())])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let issued = signed_in.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let session = issued.split(';').next().unwrap_or_default().to_owned();
    assert!(session.starts_with("fs_session=") && session != planted, "{issued}");
    let with_planted = client.get(format!("{base}/ui/")).header("cookie", planted).send().await;
    assert_eq!(with_planted.map(|r| r.status().as_u16()).ok(), Some(303), "the planted id is not a session");

    for path in [format!("/ui/cases/{case}"), format!("/v1/cases/{case}/sheet")] {
        let request = client.get(format!("{base}{path}"));
        let request =
            if path.starts_with("/ui") { request.header("cookie", &session) } else { request.bearer_auth(&analyst) };
        let response = request.send().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(response.status().as_u16(), 200, "{path}");
        let policy =
            response.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default();
        assert!(policy.contains("default-src 'none'") && !policy.contains("script-src"), "{path}: {policy}");
        let page = response.text().await.unwrap_or_default();
        assert!(page.contains("&lt;script&gt;"), "{path}: the text is shown, escaped");
        for live in ["<script", "<img src=x", "onerror=alert(1)>"] {
            assert!(!page.contains(live), "{path}: `{live}` reached the page as markup");
        }
    }
    server.stop();
}

#[tokio::test]
async fn requests_past_the_retention_period_are_cut_down_to_the_aggregates() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let key = create_key_with_cli(&url, "acme", "client");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let client = http();
    let mut decisions = Vec::new();
    for (id, account, text) in [
        ("OLD-1", "6217000000000999", "先付合作保证金52万，签批单我回来补，这事先别声张。"),
        ("OLD-2", "6222000011112222", "货款"),
        ("NEW-1", "6222000033334444", "先付合作保证金52万，签批单我回来补，这事先别声张。"),
    ] {
        let body = json!({"request_id": id, "submitted_at": "2026-07-14T10:32:00+08:00", "amount": "520000.00",
            "payee": {"name": "乌鲁木齐示例矿业投资有限公司", "account_no": account},
            "instruction": {"channel": "im", "from_name": "马总", "text": text, "urgent": true}});
        let response =
            client.post(format!("{}/v1/screen/payment", server.base)).bearer_auth(&key).json(&body).send().await;
        decisions.push(response.unwrap_or_else(|e| panic!("{e}")).json::<Value>().await.unwrap_or_default());
    }
    // The first was paid all the same: its request entered the counterparty history.
    let executed = client
        .post(format!(
            "{}/v1/decisions/{}/outcome",
            server.base,
            decisions[0]["decision_id"].as_str().unwrap_or_default()
        ))
        .bearer_auth(&key)
        .json(&json!({"outcome": "executed"}))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(executed.status().as_u16(), 200);
    server.stop();
    // Two decisions were made 400 days ago.
    let db = dir.path().join("security.db");
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    conn.execute("UPDATE decisions SET created_at = '2025-10-01T00:00:00.000000Z' WHERE request_id LIKE 'OLD-%'", [])
        .unwrap_or_else(|e| panic!("{e}"));

    let mut server = start_server_with(&url, &rules_dir(), "warn", &[("FRAUDSCREEN_RETENTION_DAYS", "365")]);
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while conn
        .query_row("SELECT count(*) FROM decisions WHERE purged_at IS NOT NULL", [], |r| r.get::<_, i64>(0))
        .unwrap_or(0)
        < 2
    {
        assert!(std::time::Instant::now() < deadline, "the old decisions were not purged");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let get = |id: &str| {
        let request = client.get(format!("{}/v1/decisions/{id}", server.base)).bearer_auth(&key);
        async move { request.send().await.unwrap_or_else(|e| panic!("{e}")).json::<Value>().await.unwrap_or_default() }
    };
    let old = get(decisions[0]["decision_id"].as_str().unwrap_or_default()).await;
    assert_eq!(
        (old["decision"].clone(), old["score"].clone()),
        (decisions[0]["decision"].clone(), decisions[0]["score"].clone())
    );
    assert_eq!(
        old["hits"].as_array().map(Vec::len),
        decisions[0]["hits"].as_array().map(Vec::len),
        "every rule hit is kept"
    );
    assert!(!old.to_string().contains("别声张"), "quotes of the request are gone: {old}");
    let mut new = get(decisions[2]["decision_id"].as_str().unwrap_or_default()).await;
    // (Reading a decision back adds its case's status as it stands now.)
    new.as_object_mut().map(|d| d.remove("case_status"));
    assert_eq!(new, decisions[2], "a recent decision is untouched");
    let stored: String = conn
        .query_row("SELECT request_json FROM decisions WHERE request_id = 'OLD-1'", [], |r| r.get(0))
        .unwrap_or_default();
    for personal in ["6217000000000999", "乌鲁木齐", "马总", "别声张"] {
        assert!(!stored.contains(personal), "{personal} kept in {stored}");
    }
    assert!(stored.contains("520000.00"), "the amount is kept for the reports: {stored}");
    // Its history event keeps what makes the payee known, and nothing else of the request.
    let event: String = conn
        .query_row(
            "SELECT h.request_json FROM history_events h JOIN decisions d ON d.id = h.decision_id
             WHERE d.request_id = 'OLD-1' AND h.kind = 'payment'",
            [],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("the executed payment's history event: {e}"));
    for personal in ["马总", "别声张", "instruction"] {
        assert!(!event.contains(personal), "{personal} kept in the history event {event}");
    }
    for needed in ["6217000000000999", "乌鲁木齐示例矿业投资有限公司", "520000.00"] {
        assert!(event.contains(needed), "{needed}, which the history reads, lost from {event}");
    }
    // An outcome that would need the request (the history) is refused with a reason.
    let old_allow = decisions[1]["decision_id"].as_str().unwrap_or_default();
    let response = client
        .post(format!("{}/v1/decisions/{old_allow}/outcome", server.base))
        .bearer_auth(&key)
        .json(&json!({"outcome": "executed"}))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 409);
    assert_eq!(response.json::<Value>().await.unwrap_or_default()["code"], "request_purged");
    server.stop();
}

#[tokio::test]
async fn one_accounts_data_is_exported_and_erased_on_request() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let client_key = create_key_with_cli(&url, "acme", "client");
    let analyst = create_key_with_cli(&url, "acme", "analyst");
    let officer = create_key_with_cli(&url, "police", "officer");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let (base, client) = (server.base.clone(), http());
    let call = |method, path: String, key: &str, body| {
        send_json(&client, method, format!("{base}{path}"), key.to_owned(), body)
    };
    let (subject, other) = ("6222020200112233", "6222020200998877");
    let import = json!([{"kind": "employee", "id": "E-7", "name": "张三", "account_no": subject, "since": "2025-01-01T00:00:00+08:00"}]);
    assert_eq!(call(reqwest::Method::POST, "/v1/counterparties/import".into(), &client_key, Some(import)).await.0, 200);
    let mut ids = Vec::new();
    for (n, account) in [subject, subject, other].iter().enumerate() {
        let body = json!({"request_id": format!("PI-{n}"), "submitted_at": "2026-07-14T10:32:00+08:00", "amount": "8000.00",
            "purpose": "工资", "payee": {"name": "张三", "account_no": account}, "memo": "7月工资 张三"});
        let (status, decision) =
            call(reqwest::Method::POST, "/v1/screen/payment".into(), &client_key, Some(body)).await;
        assert_eq!(status, 200, "{decision}");
        ids.push(decision["decision_id"].as_str().unwrap_or_default().to_owned());
    }
    let outcome = Some(json!({"outcome": "executed"}));
    assert_eq!(
        call(reqwest::Method::POST, format!("/v1/decisions/{}/outcome", ids[0]), &client_key, outcome).await.0,
        200
    );
    // The same account spelt in groups is the same payee to the engine, so it is the
    // subject's too: a payment to it and a watchlist entry for it.
    let spelt = "6222 0202 0011 2233";
    let body = json!({"request_id": "PI-3", "submitted_at": "2026-07-15T10:32:00+08:00", "amount": "8000.00",
        "purpose": "工资", "payee": {"name": "张三", "account_no": spelt}, "memo": "7月工资 张三"});
    assert_eq!(call(reqwest::Method::POST, "/v1/screen/payment".into(), &client_key, Some(body)).await.0, 200);
    let watch = json!({"kind": "account", "value": spelt, "note": "报案回访"});
    assert_eq!(call(reqwest::Method::POST, "/v1/watchlist".into(), &officer, Some(watch)).await.0, 200);

    // The export: the three decisions, both history events (the master record, the payment)
    // and the watchlist entry.
    let (status, export) = call(reqwest::Method::GET, format!("/v1/privacy/accounts/{subject}"), &analyst, None).await;
    assert_eq!(status, 200, "{export}");
    assert_eq!(export["decisions"].as_array().map(Vec::len), Some(3), "{export}");
    assert_eq!(export["history_events"].as_array().map(Vec::len), Some(2), "{export}");
    assert_eq!(export["watchlist"].as_array().map(Vec::len), Some(1), "{export}");
    assert_eq!(export["decisions"][0]["request"]["payee"]["account_no"], subject);
    assert_eq!(call(reqwest::Method::GET, format!("/v1/privacy/accounts/{subject}"), &client_key, None).await.0, 403);

    // The erasure: one company named, officers only.
    assert_eq!(call(reqwest::Method::DELETE, format!("/v1/privacy/accounts/{subject}"), &analyst, None).await.0, 403);
    let (status, error) =
        call(reqwest::Method::DELETE, format!("/v1/privacy/accounts/{subject}"), &officer, None).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("tenant")), "{error}");
    let (status, erased) =
        call(reqwest::Method::DELETE, format!("/v1/privacy/accounts/{subject}?tenant=acme"), &officer, None).await;
    assert_eq!(status, 200, "{erased}");
    assert_eq!((erased["decisions_purged"].as_u64(), erased["history_events_deleted"].as_u64()), (Some(3), Some(2)));
    assert_eq!(erased["watchlist_kept"].as_array().map(Vec::len), Some(1), "{erased}");

    let (_, after) = call(reqwest::Method::GET, format!("/v1/privacy/accounts/{subject}"), &analyst, None).await;
    assert_eq!(
        after["decisions"].as_array().map(Vec::len),
        Some(0),
        "the requests no longer name the account: {after}"
    );
    assert_eq!(after["history_events"].as_array().map(Vec::len), Some(0), "{after}");
    let (status, decision) = call(reqwest::Method::GET, format!("/v1/decisions/{}", ids[1]), &client_key, None).await;
    assert_eq!(status, 200, "the decision itself stays: {decision}");
    // The running service forgot the master record, and the other account is untouched.
    assert_eq!(call(reqwest::Method::GET, format!("/v1/counterparties/{subject}"), &client_key, None).await.0, 404);
    let (_, untouched) = call(reqwest::Method::GET, format!("/v1/privacy/accounts/{other}"), &analyst, None).await;
    assert_eq!(untouched["decisions"].as_array().map(Vec::len), Some(1), "{untouched}");
    server.stop();
    let conn = rusqlite::Connection::open(dir.path().join("security.db")).unwrap_or_else(|e| panic!("{e}"));
    let mentions: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM decisions
                     WHERE request_json LIKE ?1 OR decision_json LIKE ?1 OR request_json LIKE ?2 OR decision_json LIKE ?2)
                  + (SELECT count(*) FROM history_events WHERE request_json LIKE ?1 OR request_json LIKE ?2)",
            [format!("%{subject}%"), format!("%{spelt}%")],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(mentions, 0, "the account number, however spelt, is gone from decisions and history");
}

#[tokio::test]
async fn one_customers_data_is_exported_and_erased_on_request() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = database(&dir);
    let client_key = create_key_with_cli(&url, "acme", "client");
    let analyst = create_key_with_cli(&url, "acme", "analyst");
    let officer = create_key_with_cli(&url, "police", "officer");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let (base, client) = (server.base.clone(), http());
    let call = |method, path: String, key: &str, body| {
        send_json(&client, method, format!("{base}{path}"), key.to_owned(), body)
    };
    let (customer, phone) = ("深圳市示例酒业贸易有限公司", "13912345678");
    let mut ids = Vec::new();
    for (n, (name, phone)) in
        [(customer, phone), (customer, phone), ("广州另一家商行", "13800001111")].iter().enumerate()
    {
        let body = json!({"record_id": format!("OR-{n}"), "received_at": "2026-07-14T10:32:00+08:00",
            "customer": {"name": name, "contact_name": "刘经理", "phone": phone},
            "items": [{"product": "飞天茅台 53度"}], "total_amount": "260000.00", "notes": "急单，今天发货"});
        let (status, decision) = call(reqwest::Method::POST, "/v1/screen/order".into(), &client_key, Some(body)).await;
        assert_eq!(status, 200, "{decision}");
        ids.push(decision["decision_id"].as_str().unwrap_or_default().to_owned());
    }
    let outcome = Some(json!({"outcome": "executed"}));
    assert_eq!(
        call(reqwest::Method::POST, format!("/v1/decisions/{}/outcome", ids[0]), &client_key, outcome).await.0,
        200
    );

    // The export: both orders and the accepted one's history event, found by the name.
    let path = format!("/v1/privacy/customers/{customer}");
    let (status, export) = call(reqwest::Method::GET, path.clone(), &analyst, None).await;
    assert_eq!(status, 200, "{export}");
    assert_eq!(export["customer_name"], customer);
    assert_eq!(export["decisions"].as_array().map(Vec::len), Some(2), "{export}");
    assert_eq!(export["history_events"].as_array().map(Vec::len), Some(1), "{export}");
    assert_eq!(export["decisions"][0]["request"]["customer"]["phone"], phone);
    assert_eq!(call(reqwest::Method::GET, path.clone(), &client_key, None).await.0, 403);

    // The erasure: one company named, officers only.
    assert_eq!(call(reqwest::Method::DELETE, format!("{path}?tenant=acme"), &analyst, None).await.0, 403);
    let (status, error) = call(reqwest::Method::DELETE, path.clone(), &officer, None).await;
    assert_eq!((status, error["field"].as_str()), (400, Some("tenant")), "{error}");
    let (status, erased) = call(reqwest::Method::DELETE, format!("{path}?tenant=acme"), &officer, None).await;
    assert_eq!(status, 200, "{erased}");
    assert_eq!((erased["decisions_purged"].as_u64(), erased["history_events_deleted"].as_u64()), (Some(2), Some(1)));
    let (_, after) = call(reqwest::Method::GET, path.clone(), &analyst, None).await;
    assert_eq!(after["decisions"].as_array().map(Vec::len), Some(0), "{after}");
    assert_eq!(after["history_events"].as_array().map(Vec::len), Some(0), "{after}");
    let (status, decision) = call(reqwest::Method::GET, format!("/v1/decisions/{}", ids[1]), &client_key, None).await;
    assert_eq!(status, 200, "the decision itself stays: {decision}");
    let (_, untouched) =
        call(reqwest::Method::GET, "/v1/privacy/customers/广州另一家商行".into(), &analyst, None).await;
    assert_eq!(untouched["decisions"].as_array().map(Vec::len), Some(1), "{untouched}");
    server.stop();

    // Neither the name nor the contact's phone is left in decisions, history or the audit log.
    let conn = rusqlite::Connection::open(dir.path().join("security.db")).unwrap_or_else(|e| panic!("{e}"));
    for personal in [customer, phone] {
        let mentions: i64 = conn
            .query_row(
                "SELECT (SELECT count(*) FROM decisions WHERE request_json LIKE ?1 OR decision_json LIKE ?1)
                      + (SELECT count(*) FROM history_events WHERE request_json LIKE ?1)
                      + (SELECT count(*) FROM audit_log WHERE target LIKE ?1)",
                [format!("%{personal}%")],
                |r| r.get(0),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(mentions, 0, "{personal} is still stored");
    }
    let audited: i64 = conn
        .query_row("SELECT count(*) FROM audit_log WHERE target = '/v1/privacy/customers/(name)'", [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(audited >= 1, "the erasure is audited, without the name");
}
