//! The rules directory going bad under a serving process: renamed away, emptied, filled with
//! garbage, binary or half-written files. The real server (as a child process, with its
//! directory watcher) must keep answering every request with the last good ruleset, refuse
//! each bad state, and take the next good change.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::helpers::{copy_rules, create_key_with_cli, start_server};

/// The watcher looks every two seconds; three looks are enough to have seen a change.
const WATCHER_SEES_IT: Duration = Duration::from_millis(6500);

async fn rules_status(client: &reqwest::Client, base: &str, officer: &str) -> Value {
    let response = client.get(format!("{base}/v1/rules")).bearer_auth(officer).send().await;
    let response = response.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    response.json().await.unwrap_or_else(|e| panic!("{e}"))
}

async fn reload(client: &reqwest::Client, base: &str, officer: &str) -> (u16, Value) {
    let response = client.post(format!("{base}/v1/rules/reload")).bearer_auth(officer).json(&json!({})).send().await;
    let response = response.unwrap_or_else(|e| panic!("{e}"));
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

fn replace_dir_with(rules: &Path, files: &[(&str, &[u8])]) {
    if rules.exists() {
        std::fs::remove_dir_all(rules).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::create_dir_all(rules).unwrap_or_else(|e| panic!("{e}"));
    for (name, content) in files {
        std::fs::write(rules.join(name), content).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_rules_directory_never_replaces_the_last_good_ruleset() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let rules = dir.path().join("rules");
    let away = dir.path().join("rules.away");
    copy_rules(&rules);
    let url = format!("sqlite://{}", dir.path().join("rules-faults.db").display());
    let client_key = create_key_with_cli(&url, "acme", "client");
    let officer = create_key_with_cli(&url, "acme", "officer");
    let mut server = start_server(&url, &rules, "warn");
    let base = server.base.clone();
    let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap_or_else(|e| panic!("{e}"));
    let good = rules_status(&client, &base, &officer).await;
    let good_version = good["version"].as_str().unwrap_or_default().to_owned();

    // Traffic throughout: every request must be answered 200, by the good ruleset.
    let stop = Arc::new(AtomicBool::new(false));
    let mut traffic = tokio::task::JoinSet::new();
    for worker in 0..3 {
        let (client, base, key, stop) = (client.clone(), base.clone(), client_key.clone(), Arc::clone(&stop));
        traffic.spawn(async move {
            let mut answers: Vec<(u16, Option<String>)> = Vec::new();
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let body = json!({
                    "request_id": format!("RF-{worker}-{n}"),
                    "submitted_at": "2026-07-14T10:32:00+08:00",
                    "payee": {"name": "某某设备有限公司", "account_no": "6222000011112222"},
                    "amount": "1200.00"
                });
                let sent = client.post(format!("{base}/v1/screen/payment")).bearer_auth(&key).json(&body).send().await;
                let answer = match sent {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        let decision: Value = response.json().await.unwrap_or(Value::Null);
                        (status, decision["ruleset_version"].as_str().map(str::to_owned))
                    }
                    Err(_) => (0, None),
                };
                answers.push(answer);
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            answers
        });
    }

    let shipped_common = std::fs::read(rules.join("common.toml")).unwrap_or_else(|e| panic!("{e}"));
    let half_written = &shipped_common[..shipped_common.len() / 2];
    let bad_states: Vec<(&str, Vec<(&str, &[u8])>)> = vec![
        ("renamed away", vec![]),
        ("empty", vec![]),
        ("TOML garbage", vec![("common.toml", b"[[rule]\nid = = 3\n\x7f"), ("fake_order.toml", b"not toml at all")]),
        ("binary", vec![("common.toml", &[0xff, 0xfe, 0x00, 0x9c, 0x80, 0x00, 0x01])]),
        ("half-written file", vec![("common.toml", half_written)]),
    ];
    for (what, files) in &bad_states {
        if *what == "renamed away" {
            std::fs::rename(&rules, &away).unwrap_or_else(|e| panic!("{e}"));
        } else {
            replace_dir_with(&rules, files);
        }
        tokio::time::sleep(WATCHER_SEES_IT).await;
        let status = rules_status(&client, &base, &officer).await;
        assert_eq!(
            status["version"].as_str(),
            Some(good_version.as_str()),
            "{what}: the watcher replaced the good ruleset"
        );
        let (code, error) = reload(&client, &base, &officer).await;
        assert_eq!((code, error["code"].as_str()), (422, Some("invalid_ruleset")), "{what}: {error}");
        let status = rules_status(&client, &base, &officer).await;
        assert_eq!(
            status["version"].as_str(),
            Some(good_version.as_str()),
            "{what}: a reload replaced the good ruleset"
        );
        assert_eq!(status["rule_count"], good["rule_count"], "{what}");
        eprintln!("{what}: refused, the good ruleset keeps serving");
    }

    // The good directory returns, then a real change: the watcher is still at work.
    std::fs::remove_dir_all(&rules).unwrap_or_else(|e| panic!("{e}"));
    std::fs::rename(&away, &rules).unwrap_or_else(|e| panic!("{e}"));
    let extra = "\n[[rule]]\nid = \"CM-901\"\ntitle = \"测试规则\"\nscam_type = \"common\"\napplies_to = \"payment\"\nwhen = 'amount > 99999999'\nscore = 10\nadvice = \"核实\"\n";
    let mut common = String::from_utf8(shipped_common).unwrap_or_default();
    common.push_str(extra);
    std::fs::write(rules.join("common.toml"), common).unwrap_or_else(|e| panic!("{e}"));
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let status = rules_status(&client, &base, &officer).await;
        if status["version"].as_str() != Some(good_version.as_str()) {
            assert_eq!(status["rule_count"].as_u64(), good["rule_count"].as_u64().map(|n| n + 1), "{status}");
            break;
        }
        assert!(Instant::now() < deadline, "the watcher did not take the good change");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    stop.store(true, Ordering::Relaxed);
    let mut answers = Vec::new();
    while let Some(result) = traffic.join_next().await {
        answers.extend(result.unwrap_or_default());
    }
    server.stop();
    assert!(answers.len() > 50, "too little traffic: {}", answers.len());
    let failed: Vec<_> = answers.iter().filter(|(status, _)| *status != 200).collect();
    assert!(
        failed.is_empty(),
        "{} of {} requests failed: {:?}",
        failed.len(),
        answers.len(),
        &failed[..failed.len().min(5)]
    );
    // Until the good change, every decision came from the good ruleset.
    let versions: std::collections::HashSet<_> = answers.iter().filter_map(|(_, v)| v.clone()).collect();
    assert!(versions.len() <= 2 && versions.contains(&good_version), "{versions:?}");
}
