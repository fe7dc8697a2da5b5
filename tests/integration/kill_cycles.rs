//! SIGKILL at random points, over and over: the real server on one SQLite database, and on one
//! PostgreSQL database, is killed 20 times in the middle of mixed traffic (screenings,
//! outcomes, case notes and status changes) and restarted each time. Every write that was
//! acknowledged with a 200 must be in the database at the end, exactly once; nothing is lost,
//! nothing is half there.
//!
//! The kill points come from a seeded generator; the seed is printed, and
//! `FRAUDSCREEN_TEST_SEED=N` replays a run.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{PgDatabase, create_key_with_cli, rules_dir, start_server};

const CYCLES: usize = 20;

/// A small deterministic generator (xorshift64*), so a failing run can be replayed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low)
    }
}

/// Every write the server acknowledged.
#[derive(Default)]
struct Acknowledged {
    /// Decision id to the decision as answered.
    decisions: HashMap<String, Value>,
    /// Decision ids whose outcome `executed` was acknowledged.
    outcomes: HashSet<String>,
    /// Case notes acknowledged, each unique.
    notes: HashSet<String>,
    /// Cases whose move to `in_review` was acknowledged.
    in_review: HashSet<String>,
}

/// Work the next worker can do on what earlier answers produced.
#[derive(Default)]
struct Pending {
    /// Allowed decisions without an outcome yet.
    outcomes: Vec<String>,
    /// Open cases.
    cases: Vec<String>,
}

struct Load {
    client: reqwest::Client,
    base: String,
    client_key: String,
    analyst_key: String,
    acknowledged: Arc<Mutex<Acknowledged>>,
    pending: Arc<Mutex<Pending>>,
    /// Set once the server is killed: the workers waiting for work stop.
    killed: std::sync::atomic::AtomicBool,
}

impl Load {
    /// Screens until the server stops answering; flagged decisions feed the case worker,
    /// allowed ones the outcome worker.
    async fn screen(self: Arc<Self>, cycle: usize, worker: usize) {
        for n in 0.. {
            let mut body = json!({
                "request_id": format!("KILL-{cycle}-{worker}-{n}"),
                "submitted_at": "2026-07-14T10:32:00+08:00",
                "payee": {"name": "某某设备有限公司", "account_no": format!("62220000{cycle:02}{worker}{n:05}")},
                "amount": "1200.00"
            });
            if n % 4 == 0 {
                // The boss-impersonation script: flagged, so it opens a case.
                body["amount"] = json!("520000.00");
                body["instruction"] = json!({"channel": "im", "from_name": "马总",
                    "text": "先付合作保证金52万，签批单我回来补，这事先别声张。", "urgent": true});
            }
            let url = format!("{}/v1/screen/payment", self.base);
            let Ok(response) = self.client.post(url).bearer_auth(&self.client_key).json(&body).send().await else {
                return;
            };
            if response.status().as_u16() != 200 {
                return;
            }
            let Ok(decision) = response.json::<Value>().await else { return };
            let id = decision["decision_id"].as_str().unwrap_or_default().to_owned();
            if let Ok(mut pending) = self.pending.lock() {
                match decision["case_id"].as_str() {
                    Some(case) => pending.cases.push(case.to_owned()),
                    None => pending.outcomes.push(id.clone()),
                }
            }
            if let Ok(mut acknowledged) = self.acknowledged.lock() {
                acknowledged.decisions.insert(id, decision);
            }
        }
    }

    /// Reports `executed` for allowed decisions, one each.
    async fn report_outcomes(self: Arc<Self>) {
        loop {
            let next = self.pending.lock().ok().and_then(|mut p| p.outcomes.pop());
            let Some(id) = next else {
                if self.killed.load(std::sync::atomic::Ordering::Relaxed) {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
                continue;
            };
            let url = format!("{}/v1/decisions/{id}/outcome", self.base);
            let sent = self.client.post(url).bearer_auth(&self.client_key).json(&json!({"outcome": "executed"})).send();
            match sent.await.map(|r| r.status().as_u16()) {
                Ok(200) => {
                    if let Ok(mut acknowledged) = self.acknowledged.lock() {
                        acknowledged.outcomes.insert(id);
                    }
                }
                _ => return,
            }
        }
    }

    /// Notes every open case, and moves every other one to `in_review`.
    async fn work_cases(self: Arc<Self>, cycle: usize) {
        for n in 0.. {
            let next = self.pending.lock().ok().and_then(|mut p| p.cases.pop());
            let Some(case) = next else {
                if self.killed.load(std::sync::atomic::Ordering::Relaxed) {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
                continue;
            };
            let note = format!("note {cycle}-{n}");
            let mut change = json!({"note": note});
            if n % 2 == 0 {
                change["status"] = json!("in_review");
            }
            let url = format!("{}/v1/cases/{case}", self.base);
            match self
                .client
                .patch(url)
                .bearer_auth(&self.analyst_key)
                .json(&change)
                .send()
                .await
                .map(|r| r.status().as_u16())
            {
                Ok(200) => {
                    if let Ok(mut acknowledged) = self.acknowledged.lock() {
                        acknowledged.notes.insert(note);
                        if n % 2 == 0 {
                            acknowledged.in_review.insert(case);
                        }
                    }
                }
                _ => return,
            }
        }
    }
}

/// What the database holds at the end, read the same way from either backend.
#[derive(Default)]
struct Stored {
    /// Decision id to the decision as stored.
    decisions: HashMap<String, Value>,
    /// Decision ids of the stored `executed` outcomes, one per row.
    outcomes: Vec<String>,
    /// The `detail` of every stored case note.
    note_details: Vec<String>,
    /// Cases now `in_review`.
    in_review: HashSet<String>,
}

fn strings(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    conn.prepare(sql)
        .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

const DECISIONS: &str = "SELECT id, decision_json FROM decisions";
const OUTCOMES: &str = "SELECT decision_id FROM outcomes WHERE outcome = 'executed'";
const NOTES: &str = "SELECT detail FROM case_events WHERE action = 'note'";
const IN_REVIEW: &str = "SELECT id FROM cases WHERE status = 'in_review'";

fn stored_in_sqlite(db: &std::path::Path) -> Stored {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let integrity: String =
        conn.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(integrity, "ok");
    let mut statement = conn.prepare(DECISIONS).unwrap_or_else(|e| panic!("{e}"));
    let decisions = statement
        .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))
        .and_then(Iterator::collect::<Result<Vec<_>, _>>)
        .unwrap_or_else(|e| panic!("{e}"));
    Stored {
        decisions: decisions.into_iter().map(|(id, json)| (id, parse(&json))).collect(),
        outcomes: strings(&conn, OUTCOMES),
        note_details: strings(&conn, NOTES),
        in_review: strings(&conn, IN_REVIEW).into_iter().collect(),
    }
}

async fn stored_in_postgres(url: &str) -> Stored {
    use sqlx::Connection as _;
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap_or_else(|e| panic!("{e}"));
    let decisions: Vec<(String, String)> =
        sqlx::query_as(DECISIONS).fetch_all(&mut conn).await.unwrap_or_else(|e| panic!("{e}"));
    let mut column = async |sql: &str| -> Vec<String> {
        let rows: Vec<(String,)> =
            sqlx::query_as(sql).fetch_all(&mut conn).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        rows.into_iter().map(|(value,)| value).collect()
    };
    Stored {
        decisions: decisions.into_iter().map(|(id, json)| (id, parse(&json))).collect(),
        outcomes: column(OUTCOMES).await,
        note_details: column(NOTES).await,
        in_review: column(IN_REVIEW).await.into_iter().collect(),
    }
}

fn parse(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"))
}

/// Kills and restarts the server on `url` [`CYCLES`] times under load; returns what it
/// acknowledged.
async fn kill_cycles(url: &str) -> Acknowledged {
    let seed = std::env::var("FRAUDSCREEN_TEST_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64) | 1
    });
    eprintln!("kill points from FRAUDSCREEN_TEST_SEED={seed}");
    let mut random = Random(seed);
    let client_key = create_key_with_cli(url, "acme", "client");
    let analyst_key = create_key_with_cli(url, "acme", "analyst");
    let acknowledged = Arc::new(Mutex::new(Acknowledged::default()));
    let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().unwrap_or_else(|e| panic!("{e}"));

    for cycle in 0..CYCLES {
        let mut server = start_server(url, &rules_dir(), "error");
        let load = Arc::new(Load {
            client: client.clone(),
            base: server.base.clone(),
            client_key: client_key.clone(),
            analyst_key: analyst_key.clone(),
            acknowledged: Arc::clone(&acknowledged),
            pending: Arc::new(Mutex::new(Pending::default())),
            killed: std::sync::atomic::AtomicBool::new(false),
        });
        let mut workers = tokio::task::JoinSet::new();
        for worker in 0..4 {
            workers.spawn(Arc::clone(&load).screen(cycle, worker));
        }
        workers.spawn(Arc::clone(&load).report_outcomes());
        workers.spawn(Arc::clone(&load).work_cases(cycle));
        let after = random.between(150, 1200);
        tokio::time::sleep(Duration::from_millis(after)).await;
        server.stop();
        load.killed.store(true, std::sync::atomic::Ordering::Relaxed);
        // Workers stop at their first unanswered request; the pollers stop once idle.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while tokio::time::timeout_at(deadline, workers.join_next()).await.ok().flatten().is_some() {}
        workers.abort_all();
        let counts =
            acknowledged.lock().map(|a| (a.decisions.len(), a.outcomes.len(), a.notes.len())).unwrap_or_default();
        eprintln!(
            "cycle {cycle}: killed after {after} ms; acknowledged so far {counts:?} (decisions, outcomes, notes)"
        );
    }
    std::mem::take(&mut *acknowledged.lock().unwrap_or_else(|e| panic!("{e}")))
}

/// Every acknowledged write is stored, as acknowledged, exactly once.
fn nothing_acknowledged_is_lost(acknowledged: &Acknowledged, stored: &Stored) {
    assert!(acknowledged.decisions.len() > 100 && !acknowledged.outcomes.is_empty() && !acknowledged.notes.is_empty());
    let lost: Vec<&String> = acknowledged
        .decisions
        .iter()
        .filter(|(id, d)| stored.decisions.get(*id) != Some(*d))
        .map(|(id, _)| id)
        .collect();
    assert!(lost.is_empty(), "{} acknowledged decisions lost or changed: {:?}", lost.len(), &lost[..lost.len().min(5)]);

    let outcome_set: HashSet<String> = stored.outcomes.iter().cloned().collect();
    assert_eq!(stored.outcomes.len(), outcome_set.len(), "an outcome is stored twice");
    let lost: Vec<&String> = acknowledged.outcomes.difference(&outcome_set).collect();
    assert!(lost.is_empty(), "acknowledged outcomes lost: {lost:?}");

    let notes: HashSet<String> = stored
        .note_details
        .iter()
        .filter_map(|detail| serde_json::from_str::<Value>(detail).ok())
        .filter_map(|detail| detail.as_str().map(str::to_owned).or_else(|| detail["note"].as_str().map(str::to_owned)))
        .collect();
    let lost: Vec<&String> = acknowledged.notes.difference(&notes).collect();
    assert!(lost.is_empty(), "acknowledged case notes lost: {lost:?}");
    let lost: Vec<&String> = acknowledged.in_review.difference(&stored.in_review).collect();
    assert!(lost.is_empty(), "acknowledged moves to in_review lost: {lost:?}");
    eprintln!(
        "after {CYCLES} kills: all {} decisions, {} outcomes, {} case notes and {} status changes acknowledged are stored",
        acknowledged.decisions.len(),
        acknowledged.outcomes.len(),
        acknowledged.notes.len(),
        acknowledged.in_review.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_kills_under_mixed_traffic_lose_no_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("kills.db");
    let acknowledged = kill_cycles(&format!("sqlite://{}", db.display())).await;
    nothing_acknowledged_is_lost(&acknowledged, &stored_in_sqlite(&db));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_kills_on_postgresql_lose_no_acknowledged_write() {
    let Some(database) = PgDatabase::create("kill cycles on PostgreSQL").await else { return };
    let acknowledged = kill_cycles(&database.url).await;
    nothing_acknowledged_is_lost(&acknowledged, &stored_in_postgres(&database.url).await);
}
