//! The architecture's invariants, checked on the source (see ARCHITECTURE.md, "Invariants").

use std::path::Path;

use crate::helpers::root;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")).flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn engine_and_domain_do_no_io_and_read_no_clock() {
    let forbidden = [
        "use tokio",
        "use axum",
        "use sqlx",
        "std::fs",
        "std::net",
        "std::env",
        "File::open",
        "SystemTime::now",
        "Instant::now",
        "Timestamp::now",
        "Zoned::now",
        "crate::loader",
        "crate::cli",
        "crate::replay",
        "println!",
        "eprintln!",
    ];
    let mut files = Vec::new();
    rust_files(&root().join("src/engine"), &mut files);
    rust_files(&root().join("src/domain"), &mut files);
    assert!(files.len() > 10);
    let mut violations = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for pattern in forbidden {
            if text.contains(pattern) {
                violations.push(format!("{}: `{pattern}`", file.display()));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "the engine does no IO and reads no clock (ARCHITECTURE.md):\n{}",
        violations.join("\n")
    );
}

#[test]
fn domain_does_not_know_the_engine() {
    let mut files = Vec::new();
    rust_files(&root().join("src/domain"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(!text.contains("crate::engine"), "{} depends on the engine", file.display());
    }
}

#[test]
fn the_rules_reference_documents_every_field() {
    let reference = std::fs::read_to_string(root().join("rules/README.md")).unwrap_or_default();
    for field in fraudscreen::engine::schema::FIELDS {
        assert!(reference.contains(&format!("`{}`", field.name)), "rules/README.md does not document `{}`", field.name);
    }
}

#[test]
fn the_readme_shows_the_test_command_and_ci_runs_it() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap_or_default();
    let ci = std::fs::read_to_string(root().join(".ci/run")).unwrap_or_default();
    assert!(readme.contains("cargo test"));
    assert!(ci.contains("cargo test"));
    assert!(ci.contains("rules check rules") && ci.contains("rules test rules"));
}
