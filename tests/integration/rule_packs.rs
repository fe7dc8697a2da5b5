//! The shipped rule packs: their own cases, the corpora thresholds, and hygiene.

use std::path::Path;

use fraudscreen::engine::{Watchlist, ruletest};
use fraudscreen::replay;

use crate::helpers::{root, sample_corpus, shipped};

#[test]
fn every_shipped_case_passes_and_every_rule_is_covered() {
    let (_, rules) = shipped();
    let report = ruletest::run(&rules);
    let failures: Vec<String> = report
        .cases
        .iter()
        .filter(|c| !c.failures.is_empty())
        .map(|c| format!("{} :: {}: {}", c.file, c.name, c.failures.join("; ")))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(report.uncovered.is_empty(), "{:?}", report.uncovered);
    assert!(rules.rules.len() >= 40, "at least 40 rules are shipped");
}

#[test]
fn every_typology_has_a_pack() {
    let (_, rules) = shipped();
    // Every scam type has its pack, and `common` holds the cross-cutting rules.
    for pack in fraudscreen::engine::ruleset::SCAM_TYPES {
        assert!(rules.packs.iter().any(|p| p.id == *pack), "no pack `{pack}`");
        assert!(root().join("rules").join(format!("{pack}.toml")).exists(), "no rules/{pack}.toml");
    }
}

fn replay_file(path: &Path) -> replay::Report {
    let (_, rules) = shipped();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    replay::replay(&rules, &text, &Watchlist::default()).unwrap_or_else(|e| panic!("{e:#}"))
}

#[test]
fn the_sample_corpus_meets_the_quality_bar() {
    let corpus = sample_corpus();
    if !corpus.exists() {
        eprintln!("skipping: {} not found (../shared is not beside this checkout)", corpus.display());
        return;
    }
    let report = replay_file(&corpus);
    let text = replay::render_text(&report);
    assert_eq!(report.scams_caught, report.scams, "every scam line flagged:\n{text}");
    assert!(report.blocked + 1 >= report.block_expected, "at least all but one block line blocked:\n{text}");
    assert_eq!(report.legit_blocked, 0, "no legitimate line blocked:\n{text}");
    assert!(report.false_alarms <= 1, "at most one legitimate line flagged:\n{text}");
}

#[test]
fn our_own_corpus_meets_its_thresholds() {
    let report = replay_file(&root().join("tests/corpus/park.jsonl"));
    let text = replay::render_text(&report);
    assert!(report.scams >= 100 && report.legit >= 50, "corpus too small:\n{text}");
    assert!(report.recall_rate() >= 0.95, "scam recall below 95%:\n{text}");
    assert!(report.blocked as f64 >= 0.9 * report.block_expected as f64, "block recall below 90%:\n{text}");
    assert_eq!(report.legit_blocked, 0, "no legitimate line blocked:\n{text}");
    assert!(report.false_alarm_rate() <= 0.05, "false-alarm rate above 5%:\n{text}");
}

/// The packs must carry typology knowledge, not the sample's answers: no name, account or
/// phone number of the sample corpus may appear under `rules/`.
#[test]
fn no_sample_identifier_appears_in_the_rules() {
    let corpus = sample_corpus();
    if !corpus.exists() {
        eprintln!("skipping: {} not found", corpus.display());
        return;
    }
    let mut identifiers: Vec<String> = Vec::new();
    for line in std::fs::read_to_string(&corpus).unwrap_or_default().lines() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        collect(&value["request"], &mut identifiers);
    }
    identifiers.sort();
    identifiers.dedup();
    assert!(identifiers.len() > 50);
    let mut leaks = Vec::new();
    for entry in std::fs::read_dir(root().join("rules")).unwrap_or_else(|e| panic!("{e}")).flatten() {
        let mut paths = vec![entry.path()];
        if entry.path().is_dir() {
            paths =
                std::fs::read_dir(entry.path()).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        }
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for id in &identifiers {
                if text.contains(id.as_str()) {
                    leaks.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "sample identifiers under rules/:\n{}", leaks.join("\n"));
}

/// Names, account numbers, phones, e-mails and IM ids of a request body.
fn collect(value: &serde_json::Value, out: &mut Vec<String>) {
    let Some(object) = value.as_object() else {
        return;
    };
    for (key, v) in object {
        match v {
            serde_json::Value::Object(_) => collect(v, out),
            serde_json::Value::String(s) => {
                let identifying = matches!(
                    key.as_str(),
                    "name"
                        | "account_no"
                        | "account_name"
                        | "phone"
                        | "email"
                        | "im_id"
                        | "from_contact"
                        | "from_name"
                        | "contact"
                        | "contact_name"
                        | "credit_code"
                        | "callback_number"
                );
                // Short values (a surname and title such as 王总) are not identifying.
                if identifying && s.chars().count() >= 4 {
                    out.push(s.clone());
                }
            }
            _ => {}
        }
    }
}
