//! Paths and runners shared by the tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use fraudscreen::engine::{RuleSet, Sources};
use fraudscreen::loader::read_rules_dir;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped rules directory.
pub fn rules_dir() -> PathBuf {
    root().join("rules")
}

/// The shared sample corpus, when `../shared` sits beside the checkout.
pub fn sample_corpus() -> PathBuf {
    root().join("../shared/corpus/sample.jsonl")
}

/// Runs the real binary.
pub fn fraudscreen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fraudscreen"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run fraudscreen: {e}"))
}

/// Stdout as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The shipped rules, compiled.
pub fn shipped() -> (Sources, RuleSet) {
    let sources = read_rules_dir(&rules_dir()).unwrap_or_else(|e| panic!("{e:#}"));
    let rules = RuleSet::compile(&sources).unwrap_or_else(|d| panic!("shipped rules do not compile:\n{d}"));
    (sources, rules)
}

/// A temporary directory holding the given files.
pub fn temp_rules(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (name, text) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
    }
    dir
}
