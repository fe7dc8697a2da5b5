//! PostgreSQL lost under load, without touching the shared server: the service reaches it
//! through a loopback proxy that the test cuts and restores. Screening must answer 503
//! `store_unavailable` (never hang, never 500) while it is cut, lose nothing it acknowledged,
//! and recover by itself. Skipped without `FRAUDSCREEN_TEST_PG_URL`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;

use crate::helpers::{PgDatabase, create_key_with_cli, fraudscreen, rules_dir, start_server, stderr};

/// A TCP proxy on loopback. While cut, it drops every open connection and every new one.
struct Proxy {
    port: u16,
    cut: Arc<AtomicBool>,
    pipes: Arc<Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl Proxy {
    async fn start(upstream: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap_or_else(|e| panic!("{e}"));
        let port = listener.local_addr().unwrap_or_else(|e| panic!("{e}")).port();
        let cut = Arc::new(AtomicBool::new(false));
        let pipes: Arc<Mutex<Vec<tokio::task::JoinHandle<()>>>> = Arc::new(Mutex::new(Vec::new()));
        let (accept_cut, accept_pipes) = (Arc::clone(&cut), Arc::clone(&pipes));
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if accept_cut.load(Ordering::SeqCst) {
                    continue; // dropped: the connection closes at once
                }
                let upstream = upstream.clone();
                let pipe = tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(&upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                accept_pipes.lock().await.push(pipe);
            }
        });
        Proxy { port, cut, pipes }
    }

    async fn cut(&self) {
        self.cut.store(true, Ordering::SeqCst);
        for pipe in self.pipes.lock().await.drain(..) {
            pipe.abort();
        }
    }

    fn restore(&self) {
        self.cut.store(false, Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn losing_postgresql_under_load_answers_503_loses_nothing_and_recovers() {
    let Some(database) = PgDatabase::create("PostgreSQL faults").await else { return };
    let migrated = fraudscreen(&["migrate", "--database-url", &database.url]);
    assert!(migrated.status.success(), "{}", stderr(&migrated));
    let key = create_key_with_cli(&database.url, "acme", "client");
    // The same database, reached through the proxy.
    let (host_and_db, upstream) = {
        let rest = database.url.split_once('@').map_or("", |(_, rest)| rest);
        let (host, db) = rest.split_once('/').unwrap_or((rest, ""));
        (db.to_owned(), host.to_owned())
    };
    let proxy = Proxy::start(upstream).await;
    let url = format!("postgres://postgres@127.0.0.1:{}/{host_and_db}", proxy.port);
    let mut server = start_server(&url, &rules_dir(), "error");
    let base = server.base.clone();
    let client = reqwest::Client::builder().timeout(Duration::from_secs(15)).build().unwrap_or_else(|e| panic!("{e}"));

    // Load from 4 workers until told to stop; every answer is recorded.
    let stop = Arc::new(AtomicBool::new(false));
    let counter = Arc::new(AtomicU64::new(0));
    let answers: Arc<Mutex<Vec<(String, u16, Value)>>> = Arc::new(Mutex::new(Vec::new()));
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..4 {
        let (client, base, key) = (client.clone(), base.clone(), key.clone());
        let (stop, counter, answers) = (Arc::clone(&stop), Arc::clone(&counter), Arc::clone(&answers));
        workers.spawn(async move {
            while !stop.load(Ordering::SeqCst) {
                let n = counter.fetch_add(1, Ordering::SeqCst);
                let request_id = format!("F-{n}");
                let body = json!({
                    "request_id": request_id,
                    "submitted_at": "2026-07-14T10:32:00+08:00",
                    "payee": {"name": "某某设备有限公司", "account_no": format!("6222{n:012}")},
                    "amount": "1200.00"
                });
                let started = Instant::now();
                let response =
                    client.post(format!("{base}/v1/screen/payment")).bearer_auth(&key).json(&body).send().await;
                let Ok(response) = response else { panic!("no answer at all after {:?}", started.elapsed()) };
                let status = response.status().as_u16();
                if status == 503 {
                    assert_eq!(response.headers().get("retry-after").map(|v| v.as_bytes()), Some(&b"1"[..]));
                }
                let value = response.json().await.unwrap_or(Value::Null);
                answers.lock().await.push((request_id, status, value));
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        });
    }
    let count = |status: u16| {
        let answers = Arc::clone(&answers);
        async move { answers.lock().await.iter().filter(|(_, s, _)| *s == status).count() }
    };
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(count(200).await > 10, "too little load before the cut");

    // Cut PostgreSQL off; the key cache keeps callers known, the store does not answer.
    proxy.cut().await;
    let cut_at = Instant::now();
    let deadline = cut_at + Duration::from_secs(30);
    while count(503).await < 8 {
        assert!(Instant::now() < deadline, "no 503 while PostgreSQL was unreachable");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let ok_during_cut = count(200).await;

    // Restore it; the service recovers without a restart.
    proxy.restore();
    let deadline = Instant::now() + Duration::from_secs(60);
    while count(200).await < ok_during_cut + 20 {
        assert!(Instant::now() < deadline, "the service did not recover after PostgreSQL came back");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    stop.store(true, Ordering::SeqCst);
    while workers.join_next().await.is_some() {}

    let answers = answers.lock().await.clone();
    let unexpected: Vec<&(String, u16, Value)> = answers.iter().filter(|(_, s, _)| *s != 200 && *s != 503).collect();
    assert!(unexpected.is_empty(), "answers other than 200 and 503: {:?}", &unexpected[..unexpected.len().min(3)]);
    for (_, _, body) in answers.iter().filter(|(_, s, _)| *s == 503) {
        assert_eq!(body["code"], "store_unavailable", "{body}");
    }
    // Every acknowledged decision is stored, unchanged; a request that got 503 is either absent
    // or whole, and retrying it with the same id now gives one decision.
    for (_, status, decision) in answers.iter().filter(|(_, s, _)| *s == 200) {
        let id = decision["decision_id"].as_str().unwrap_or_default();
        let stored: Value = client
            .get(format!("{base}/v1/decisions/{id}"))
            .bearer_auth(&key)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .json()
            .await
            .unwrap_or(Value::Null);
        assert_eq!((status, &stored), (&200, decision), "an acknowledged decision changed or vanished");
    }
    for (request_id, _, _) in answers.iter().filter(|(_, s, _)| *s == 503).take(20) {
        let n: u64 = request_id.trim_start_matches("F-").parse().unwrap_or_default();
        let body = json!({
            "request_id": request_id,
            "submitted_at": "2026-07-14T10:32:00+08:00",
            "payee": {"name": "某某设备有限公司", "account_no": format!("6222{n:012}")},
            "amount": "1200.00"
        });
        let retried = client.post(format!("{base}/v1/screen/payment")).bearer_auth(&key).json(&body).send().await;
        assert_eq!(retried.map(|r| r.status().as_u16()).ok(), Some(200), "retrying {request_id}");
    }
    server.stop();
}
