//! The three engines agree on every corpus request: the rules fired, the score, the decision.
//! (The benchmark checks the same before it times anything; this runs it without timing.)

use std::path::Path;

use fraudscreen_compare::{Engines, check_identical, corpus};

#[test]
fn all_three_engines_decide_every_corpus_request_the_same() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let engines = Engines::new(&repo).unwrap_or_else(|e| panic!("{e}"));
    let lines = corpus::read(&repo).unwrap_or_else(|e| panic!("{e}"));
    let agreement = check_identical(&engines, &lines);
    eprintln!("{agreement:?}");
    assert!(agreement.differences.is_empty(), "the engines disagree:\n{}", agreement.differences.join("\n"));
    // The comparison means something only if every one of the twenty rules fires on some
    // request, and the requests are decided all three ways.
    assert!(agreement.screened >= 400, "{agreement:?}");
    assert!(agreement.fired_per_rule.iter().all(|&n| n > 0), "{agreement:?}");
    assert!(agreement.decisions.iter().all(|&n| n > 0), "{agreement:?}");
}
