//! Durability: the real server as a child process, SIGKILLed (or sent SIGTERM) in the middle
//! of concurrent screenings, restarted on the same database; every decision that got a 200
//! must be there, unchanged.

use std::process::{Child, Command};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{create_key_with_cli, rules_dir, start_server};

fn start(url: &str) -> (Child, String) {
    start_server(url, &rules_dir(), "warn").into_process()
}

fn create_key(url: &str) -> String {
    create_key_with_cli(url, "acme", "client")
}

/// What concurrent screening saw: every decision answered with a 200, and the statuses of
/// any other answer (a refused or cut connection is not an answer).
#[derive(Default)]
struct Seen {
    acknowledged: Vec<Value>,
    other_statuses: Vec<u16>,
}

/// Screens from 8 workers until the server stops answering.
fn drive_load(client: &reqwest::Client, base: &str, key: &str) -> (tokio::task::JoinSet<()>, Arc<Mutex<Seen>>) {
    let seen: Arc<Mutex<Seen>> = Arc::new(Mutex::new(Seen::default()));
    let mut workers = tokio::task::JoinSet::new();
    for worker in 0..8 {
        let (client, base, key, seen) = (client.clone(), base.to_owned(), key.to_owned(), Arc::clone(&seen));
        workers.spawn(async move {
            for n in 0..10_000 {
                let body = json!({
                    "request_id": format!("CRASH-{worker}-{n}"),
                    "submitted_at": "2026-07-14T10:32:00+08:00",
                    "payee": {"name": "某某设备有限公司", "account_no": format!("62220000{worker:02}{n:06}")},
                    "amount": if n % 3 == 0 { "49800.00" } else { "1200.00" }
                });
                let Ok(response) =
                    client.post(format!("{base}/v1/screen/payment")).bearer_auth(&key).json(&body).send().await
                else {
                    break;
                };
                let status = response.status().as_u16();
                if status != 200 {
                    if let Ok(mut seen) = seen.lock() {
                        seen.other_statuses.push(status);
                    }
                    break;
                }
                let Ok(decision) = response.json::<Value>().await else { break };
                if let Ok(mut seen) = seen.lock() {
                    seen.acknowledged.push(decision);
                }
            }
        });
    }
    (workers, seen)
}

/// Decision ids among `acknowledged` that a fresh server on `url` does not return unchanged.
async fn missing_after_restart(client: &reqwest::Client, url: &str, key: &str, acknowledged: &[Value]) -> Vec<String> {
    let (mut restarted, base) = start(url);
    let mut missing = Vec::new();
    for decision in acknowledged {
        let id = decision["decision_id"].as_str().unwrap_or_default();
        let response = client
            .get(format!("{base}/v1/decisions/{id}"))
            .bearer_auth(key)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let stored: Value = response.json().await.unwrap_or(Value::Null);
        if &stored != decision {
            missing.push(id.to_owned());
        }
    }
    let _ = restarted.kill();
    let _ = restarted.wait();
    missing
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_decision_is_lost_when_the_server_is_killed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("crash.db").display());
    let key = create_key(&url);
    let (mut child, base) = start(&url);
    let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().unwrap_or_else(|e| panic!("{e}"));
    let (mut workers, seen) = drive_load(&client, &base, &key);
    // Let the load run, then kill the server without warning.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    child.kill().unwrap_or_else(|e| panic!("{e}"));
    let _ = child.wait();
    while workers.join_next().await.is_some() {}
    let acknowledged = seen.lock().map(|s| s.acknowledged.clone()).unwrap_or_default();
    eprintln!("{} decisions acknowledged before the kill", acknowledged.len());
    assert!(acknowledged.len() > 20, "too little load before the kill: {}", acknowledged.len());
    let missing = missing_after_restart(&client, &url, &key, &acknowledged).await;
    assert!(
        missing.is_empty(),
        "{} of {} acknowledged decisions lost or changed: {:?}",
        missing.len(),
        acknowledged.len(),
        &missing[..missing.len().min(5)]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_in_flight_requests_and_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("term.db").display());
    let key = create_key(&url);
    let (mut child, base) = start(&url);
    let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().unwrap_or_else(|e| panic!("{e}"));
    let (mut workers, seen) = drive_load(&client, &base, &key);
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let term = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap_or_else(|e| panic!("cannot send SIGTERM: {e}"));
    assert!(term.success());
    // The server finishes what it accepted, flushes the writer and exits with success.
    let status = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(status.success(), "exit status after SIGTERM: {status}");
    while workers.join_next().await.is_some() {}
    let (acknowledged, other) =
        seen.lock().map(|s| (s.acknowledged.clone(), s.other_statuses.clone())).unwrap_or_default();
    assert!(acknowledged.len() > 20, "too little load before SIGTERM: {}", acknowledged.len());
    assert!(other.is_empty(), "a request in flight was answered with an error during shutdown: {other:?}");
    let missing = missing_after_restart(&client, &url, &key, &acknowledged).await;
    assert!(
        missing.is_empty(),
        "{} acknowledged decisions lost: {:?}",
        missing.len(),
        &missing[..missing.len().min(5)]
    );
}

#[tokio::test]
async fn account_numbers_never_reach_the_log() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("log.db").display());
    let key = create_key(&url);
    let mut server = start_server(&url, &rules_dir(), "debug");
    let base = server.base.clone();
    let client = reqwest::Client::new();
    let body = json!({
        "request_id": "LOG-1",
        "submitted_at": "2026-07-14T10:32:00+08:00",
        "payee": {"name": "某某设备有限公司", "account_no": "6222000055556666"},
        "amount": "1200.00"
    });
    let screened = client.post(format!("{base}/v1/screen/payment")).bearer_auth(&key).json(&body).send().await;
    assert_eq!(screened.map(|r| r.status().as_u16()).ok(), Some(200));
    let lookup = client.get(format!("{base}/v1/counterparties/6222000077778888")).bearer_auth(&key).send().await;
    assert_eq!(lookup.map(|r| r.status().as_u16()).ok(), Some(404));
    server.stop();
    let log = server.log.lock().map(|l| l.join("\n")).unwrap_or_default();
    assert!(log.contains("************8888"), "the lookup is logged, masked:\n{log}");
    for account in ["6222000055556666", "6222000077778888"] {
        assert!(!log.contains(account), "{account} reached the log:\n{log}");
    }
}
