//! Disk full under SQLite, for real: the database lives on a small tmpfs that the test mounts
//! and then fills to the last byte with a ballast file. Every write must then either be
//! acknowledged and kept, or answered 503 `store_unavailable` and leave nothing behind; the
//! service must not crash or hang, and must recover by itself once the ballast is deleted.
//! Mounting needs root (CI runs as root); elsewhere the test says it is skipped.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{create_key_with_cli, rules_dir, start_server};

/// A tmpfs mounted for the test, unmounted when dropped.
struct SmallDisk {
    path: PathBuf,
}

impl SmallDisk {
    fn mount(path: &Path, size: &str) -> Result<SmallDisk, String> {
        std::fs::create_dir_all(path).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(path)
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).trim().to_owned());
        }
        Ok(SmallDisk { path: path.to_owned() })
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

/// Fills the file system holding `path` until it refuses another byte.
fn fill(path: &Path) -> u64 {
    let mut file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{e}"));
    let chunk = vec![0u8; 64 * 1024];
    let mut written = 0u64;
    for size in [64 * 1024, 4096, 1] {
        while file.write_all(&chunk[..size]).and_then(|()| file.sync_data()).is_ok() {
            written += size as u64;
        }
    }
    written
}

fn payment(id: &str, n: usize) -> Value {
    json!({
        "request_id": id,
        "submitted_at": "2026-07-14T10:32:00+08:00",
        "payee": {"name": "某某设备有限公司", "account_no": format!("6222000077{n:06}")},
        // A memo long enough that every decision takes room on the disk.
        "memo": format!("设备款 第{n}批 {}", "备注".repeat(200)),
        "amount": if n % 3 == 0 { "49800.00" } else { "1200.00" }
    })
}

/// The status of a screening, or `None` when the server gave no answer.
async fn screen(client: &reqwest::Client, base: &str, key: &str, body: &Value) -> Option<(u16, Value)> {
    let response = client.post(format!("{base}/v1/screen/payment")).bearer_auth(key).json(body).send().await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.json().await.unwrap_or(Value::Null)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_answers_503_writes_nothing_partial_and_recovers_when_space_returns() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let disk = match SmallDisk::mount(&dir.path().join("disk"), "24m") {
        Ok(disk) => disk,
        Err(reason) => {
            eprintln!("skipping the disk-full test: cannot mount a tmpfs here ({reason}); it needs root");
            return;
        }
    };
    let db = disk.path.join("full.db");
    let url = format!("sqlite://{}", db.display());
    let key = create_key_with_cli(&url, "acme", "client");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let base = server.base.clone();
    let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap_or_else(|e| panic!("{e}"));

    let mut acknowledged: Vec<Value> = Vec::new();
    let mut refused: Vec<String> = Vec::new();
    for n in 0..20 {
        let id = format!("BEFORE-{n}");
        let (status, decision) = screen(&client, &base, &key, &payment(&id, n)).await.unwrap_or_default();
        assert_eq!(status, 200, "{decision}");
        acknowledged.push(decision);
    }

    // No room left: keep screening until the store has refused a good number of requests
    // (SQLite may first use room it already holds in its write-ahead log).
    let ballast = disk.path.join("ballast");
    let filled = fill(&ballast);
    eprintln!("ballast of {} KiB fills the disk", filled / 1024);
    let mut n = 20;
    while refused.len() < 30 {
        assert!(n < 20_000, "the store never refused a write on a full disk");
        let id = format!("FULL-{n}");
        let answer = screen(&client, &base, &key, &payment(&id, n)).await;
        match answer {
            Some((200, decision)) => acknowledged.push(decision),
            Some((503, error)) => {
                assert_eq!(error["code"], "store_unavailable", "{error}");
                refused.push(id);
            }
            other => panic!("request {id} on a full disk: {other:?} (want 200 or 503)"),
        }
        n += 1;
    }
    // Outcomes too: each is kept when acknowledged and absent when refused.
    let mut outcomes_acknowledged = HashSet::new();
    for decision in &acknowledged[..10] {
        let id = decision["decision_id"].as_str().unwrap_or_default();
        let response = client
            .post(format!("{base}/v1/decisions/{id}/outcome"))
            .bearer_auth(&key)
            .json(&json!({"outcome": "executed"}))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        match response.status().as_u16() {
            200 => {
                outcomes_acknowledged.insert(id.to_owned());
            }
            503 => {}
            status => panic!("outcome on a full disk: {status}"),
        }
    }
    eprintln!(
        "on the full disk: {} decisions acknowledged in all, {} refused; {} of 10 outcomes acknowledged",
        acknowledged.len(),
        refused.len(),
        outcomes_acknowledged.len()
    );
    // Reading still works, and the service is alive.
    let response = client.get(format!("{base}/healthz")).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    let first = acknowledged[0]["decision_id"].as_str().unwrap_or_default();
    let response = client
        .get(format!("{base}/v1/decisions/{first}"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);

    // Space returns: the same service takes writes again, including every refused request.
    std::fs::remove_file(&ballast).unwrap_or_else(|e| panic!("{e}"));
    for id in &refused {
        let number: usize = id.trim_start_matches("FULL-").parse().unwrap_or(0);
        let (status, decision) = screen(&client, &base, &key, &payment(id, number)).await.unwrap_or_default();
        assert_eq!(status, 200, "{id} after space returned: {decision}");
        acknowledged.push(decision);
    }
    server.stop();

    // Nothing partial: the database is sound, holds every acknowledged decision exactly as
    // answered, and each flagged decision has its case.
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let integrity: String =
        conn.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(integrity, "ok");
    let mut stored = std::collections::HashMap::new();
    let mut statement = conn.prepare("SELECT id, decision_json FROM decisions").unwrap_or_else(|e| panic!("{e}"));
    let rows = statement
        .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))
        .unwrap_or_else(|e| panic!("{e}"));
    for row in rows {
        let (id, json) = row.unwrap_or_else(|e| panic!("{e}"));
        stored.insert(id, serde_json::from_str::<Value>(&json).unwrap_or_else(|e| panic!("{e}")));
    }
    assert_eq!(stored.len(), acknowledged.len(), "stored decisions are exactly the acknowledged ones");
    for decision in &acknowledged {
        let id = decision["decision_id"].as_str().unwrap_or_default();
        assert_eq!(stored.get(id), Some(decision), "decision {id}");
    }
    let flagged: HashSet<String> = acknowledged
        .iter()
        .filter(|d| d["decision"] != "allow")
        .filter_map(|d| d["decision_id"].as_str().map(str::to_owned))
        .collect();
    let cases: HashSet<String> = conn
        .prepare("SELECT decision_id FROM cases")
        .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cases, flagged, "every flagged decision, and only those, has its case");
    let outcomes: HashSet<String> = conn
        .prepare("SELECT decision_id FROM outcomes")
        .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(outcomes, outcomes_acknowledged, "outcomes stored are exactly the acknowledged ones");
}
