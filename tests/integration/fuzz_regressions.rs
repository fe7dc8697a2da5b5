//! Every input the fuzzers found a problem with, kept under `fuzz/regressions/TARGET/` with a
//! name that says what it was, replayed through the same checks the fuzz targets run
//! (`fuzz/checks.rs`), so a fixed crash stays fixed without cargo-fuzz installed.

/// The rules directory, from the main package.
const RULES_DIR: &str = "rules";

#[path = "../../fuzz/checks.rs"]
#[allow(dead_code)]
mod checks;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = crate::helpers::root().join("fuzz/regressions").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    for entry in entries.flatten() {
        let data = std::fs::read(entry.path()).unwrap_or_else(|e| panic!("{e}"));
        let name = entry.file_name();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "fuzz/regressions/{target}/{} fails again", name.to_string_lossy());
    }
}

#[test]
fn rules_loader_regressions() {
    replay("rules_loader", checks::rules_loader);
}

#[test]
fn expr_roundtrip_regressions() {
    replay("expr_roundtrip", checks::expr_roundtrip);
}

#[test]
fn request_decode_regressions() {
    replay("request_decode", checks::request_decode);
}

#[test]
fn text_normalize_regressions() {
    replay("text_normalize", checks::text_normalize);
}

#[test]
fn compiled_vs_reference_regressions() {
    replay("compiled_vs_reference", checks::compiled_vs_reference);
}
