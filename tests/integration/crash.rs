//! Durability: the real server as a child process, SIGKILLed in the middle of concurrent
//! screenings, restarted on the same database; every decision that got a 200 must be there,
//! unchanged.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::rules_dir;

fn start(url: &str) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fraudscreen"))
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url", url, "--rules"])
        .arg(rules_dir())
        .env("RUST_LOG", "warn")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the server: {e}"));
    let stderr = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
    let mut lines = BufReader::new(stderr).lines();
    let addr = loop {
        let line = lines.next().unwrap_or_else(|| panic!("the server exited before listening")).unwrap_or_default();
        if let Some(rest) = line.split("listening on http://").nth(1) {
            break rest.split(';').next().unwrap_or_default().to_owned();
        }
    };
    // Keep draining stderr so the child never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (child, format!("http://{addr}"))
}

fn create_key(url: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_fraudscreen"))
        .args(["keys", "create", "--tenant", "acme", "--role", "client", "--database-url", url])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_decision_is_lost_when_the_server_is_killed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("crash.db").display());
    let key = create_key(&url);
    let (mut child, base) = start(&url);
    let acknowledged: Arc<Mutex<Vec<Value>>> = Arc::new(Mutex::new(Vec::new()));
    let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().unwrap_or_else(|e| panic!("{e}"));
    let mut workers = tokio::task::JoinSet::new();
    for worker in 0..8 {
        let (client, base, key, acknowledged) = (client.clone(), base.clone(), key.clone(), Arc::clone(&acknowledged));
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
                if response.status().as_u16() != 200 {
                    break;
                }
                let Ok(decision) = response.json::<Value>().await else { break };
                if let Ok(mut list) = acknowledged.lock() {
                    list.push(decision);
                }
            }
        });
    }
    // Let the load run, then kill the server without warning.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    child.kill().unwrap_or_else(|e| panic!("{e}"));
    let _ = child.wait();
    while workers.join_next().await.is_some() {}
    let acknowledged = acknowledged.lock().map(|l| l.clone()).unwrap_or_default();
    eprintln!("{} decisions acknowledged before the kill", acknowledged.len());
    assert!(acknowledged.len() > 20, "too little load before the kill: {}", acknowledged.len());

    let (mut restarted, base) = start(&url);
    let mut missing = Vec::new();
    for decision in &acknowledged {
        let id = decision["decision_id"].as_str().unwrap_or_default();
        let response = client
            .get(format!("{base}/v1/decisions/{id}"))
            .bearer_auth(&key)
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
    assert!(
        missing.is_empty(),
        "{} of {} acknowledged decisions lost or changed: {:?}",
        missing.len(),
        acknowledged.len(),
        &missing[..missing.len().min(5)]
    );
}
