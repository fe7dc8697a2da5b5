//! The real `fraudscreen` binary, run as a user would.

use crate::helpers::{fraudscreen, root, sample_corpus, stderr, stdout, temp_rules};

#[test]
fn rules_check_accepts_the_shipped_rules() {
    let out = fraudscreen(&["rules", "check", "rules", "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("rules OK"), "{}", stdout(&out));
    assert!(stdout(&out).contains("sha256:"));
}

#[test]
fn rules_test_runs_every_case_of_the_shipped_packs() {
    let out = fraudscreen(&["rules", "test", "rules"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains(" 0 failed, 0 rules uncovered"), "{text}");
}

#[test]
fn rules_test_fails_and_names_the_case_when_an_expectation_is_wrong() {
    let dir = temp_rules(&[(
        "p.toml",
        r#"
[pack]
id = "p"
title = "t"

[[rule]]
id = "P-1"
title = "大额"
scam_type = "fake_order"
applies_to = "payment"
when = 'amount >= 100000'
score = 40
advice = "核实"

[[test]]
name = "large payment is reviewed"
input = { amount = "200000.00" }
expect = { decision = "block", hits = ["P-1"] }
"#,
    )]);
    let out = fraudscreen(&["rules", "test", dir.path().to_str().unwrap_or_default()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("FAIL p.toml :: large payment is reviewed"), "{text}");
    assert!(text.contains("expected block, got review"), "{text}");
    assert!(text.contains("UNCOVERED P-1"), "{text}");
}

#[test]
fn rules_check_reports_every_problem_in_every_file_and_exits_1() {
    let dir = root().join("tests/data/diagnostics/mixed");
    let out =
        fraudscreen(&["rules", "check", dir.to_str().unwrap_or_default(), "--lang", "en", "--error-format", "plain"]);
    let text = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    for expected in [
        "names.toml:13:41: unknown field `payee.is_neww`",
        "names.toml:22:34: unknown keyword set `secrecyy`",
        "shape.toml:11:1: unknown key `scroe`",
        "syntax.toml:5:8: invalid TOML",
        "shape.toml:28:9: unknown function `exist`",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
    }
}

#[test]
fn rules_check_refuses_a_directory_without_rules() {
    // An emptied directory must never load as a ruleset that allows everything.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = fraudscreen(&["rules", "check", dir.path().to_str().unwrap_or_default(), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("the ruleset has no rules"), "{}", stderr(&out));
}

#[test]
fn screen_prints_a_decision_with_evidence_quoting_the_original_text() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let request = dir.path().join("pay.json");
    std::fs::write(
        &request,
        r#"{"request_id": "PAY-1", "submitted_at": "2026-07-14T10:32:00+08:00",
            "payee": {"name": "李某", "account_no": "6217000012345678", "account_type": "personal"},
            "amount": 180000,
            "instruction": {"channel": "im", "from_name": "王总", "text": "我在开会。把账上余额报一下，这事先别声张，马上转", "urgent": true},
            "approved_by": []}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = fraudscreen(&["screen", "payment", request.to_str().unwrap_or_default()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let decision: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(decision["decision"], "block");
    assert_eq!(decision["request_id"], "PAY-1");
    let hits = decision["hits"].as_array().cloned().unwrap_or_default();
    let bi = hits.iter().find(|h| h["rule_id"] == "BI-001").unwrap_or_else(|| panic!("BI-001 missing: {hits:?}"));
    let evidence = bi["evidence"].as_array().cloned().unwrap_or_default();
    let probe = evidence.iter().find(|e| e["field"] == "instruction.text").unwrap_or_else(|| panic!("{evidence:?}"));
    assert_eq!(probe["matched"], "账上余额");
    assert_eq!(probe["at"], serde_json::json!([6, 10]));
    assert!(decision["ruleset_version"].as_str().unwrap_or_default().starts_with("sha256:"));
}

#[test]
fn screen_rejects_an_unknown_field_by_name() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let request = dir.path().join("pay.json");
    std::fs::write(&request, r#"{"request_id": "P", "submitted_at": "2026-07-14T10:32:00+08:00", "payee": {"name": "x", "account_no": "1"}, "amount": "1.00", "amuont": "2"}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    let out = fraudscreen(&["screen", "payment", request.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown field `amuont`"), "{}", stderr(&out));
}

#[test]
fn screen_checks_the_watchlist_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let request = dir.path().join("pay.json");
    let watchlist = dir.path().join("watch.json");
    std::fs::write(&request, r#"{"request_id": "P", "submitted_at": "2026-07-14T10:32:00+08:00", "payee": {"name": "某商贸有限公司", "account_no": "6217 0000 5555 6666"}, "amount": "100.00"}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&watchlist, r#"[{"kind": "account", "value": "6217000055556666", "note": "case 2026-18"}]"#)
        .unwrap_or_else(|e| panic!("{e}"));
    let out = fraudscreen(&[
        "screen",
        "payment",
        request.to_str().unwrap_or_default(),
        "--watchlist",
        watchlist.to_str().unwrap_or_default(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("\"CM-001\""), "{}", stdout(&out));
}

#[test]
fn eval_replays_the_sample_and_meets_the_thresholds() {
    let corpus = sample_corpus();
    if !corpus.exists() {
        eprintln!("skipping: {} not found (../shared is not beside this checkout)", corpus.display());
        return;
    }
    let out = fraudscreen(&[
        "eval",
        corpus.to_str().unwrap_or_default(),
        "--min-recall",
        "1.0",
        "--min-block-recall",
        "0.88",
        "--max-false-alarms",
        "1",
        "--max-legit-blocked",
        "0",
    ]);
    assert!(out.status.success(), "{}\n{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("scam recall: 20/20"), "{}", stdout(&out));
}

#[test]
fn eval_json_reports_per_type_recall() {
    let corpus = sample_corpus();
    if !corpus.exists() {
        eprintln!("skipping: {} not found", corpus.display());
        return;
    }
    let out = fraudscreen(&["eval", corpus.to_str().unwrap_or_default(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report["recall"]["account_change"]["total"], 3);
    assert_eq!(report["legit"], 20);
}

#[test]
fn keys_are_created_listed_and_revoked_and_only_the_key_is_printed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("keys.db").display());
    let out = fraudscreen(&[
        "keys",
        "create",
        "--tenant",
        "acme",
        "--role",
        "officer",
        "--name",
        "park police",
        "--jurisdiction",
        "acme,beta",
        "--database-url",
        &url,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let key = stdout(&out);
    assert!(key.starts_with("fs_") && key.trim_end().lines().count() == 1, "{key:?}");
    let list = stdout(&fraudscreen(&["keys", "list", "--database-url", &url]));
    assert!(list.contains("acme\tofficer\tpark police\tacme,beta\tactive"), "{list}");
    assert!(!list.contains(key.trim()), "secrets are never listed");
    let id = list.split('\t').next().unwrap_or_default().to_owned();
    assert!(fraudscreen(&["keys", "revoke", &id, "--database-url", &url]).status.success());
    assert!(stdout(&fraudscreen(&["keys", "list", "--database-url", &url])).contains("revoked"));
    let bad = fraudscreen(&["keys", "create", "--tenant", "acme", "--role", "boss", "--database-url", &url]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn serve_without_migrating_refuses_an_unmigrated_database_and_migrate_applies_them() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("fresh.db").display());
    let refused = fraudscreen(&["serve", "--no-migrate", "--listen", "127.0.0.1:0", "--database-url", &url]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("fraudscreen migrate"), "{}", stderr(&refused));
    let migrated = fraudscreen(&["migrate", "--database-url", &url]);
    assert!(migrated.status.success(), "{}", stderr(&migrated));
    assert!(stdout(&migrated).contains("migrated"), "{}", stdout(&migrated));
    // Applying them again changes nothing and still succeeds.
    assert!(fraudscreen(&["migrate", "--database-url", &url]).status.success());
    let unsupported = fraudscreen(&["migrate", "--database-url", "mysql://root@localhost/test"]);
    assert_eq!(unsupported.status.code(), Some(2));
    assert!(stderr(&unsupported).contains("unsupported database URL"), "{}", stderr(&unsupported));
    // SQLite's page cache is set in the URL; an option it does not know is refused by name,
    // before the database file is touched.
    let sized = fraudscreen(&["keys", "list", "--database-url", &format!("{url}?cache_mib=8")]);
    assert!(sized.status.success(), "{}", stderr(&sized));
    let other = dir.path().join("other.db");
    let unknown = fraudscreen(&["migrate", "--database-url", &format!("sqlite://{}?cache=8", other.display())]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("unknown SQLite option `cache=8`"), "{}", stderr(&unknown));
    assert!(!other.exists(), "a refused URL creates no database");
}
