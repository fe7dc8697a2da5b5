//! The integration kit under `docs/integration/`, run the way a finance system's IT staff
//! would run it, against a live server: curl, Python (requests), Java (java.net.http), and the
//! generated Python and TypeScript clients. A missing tool is reported and skipped on a laptop;
//! under CI (`CI` set), where `.ci/run` installs them, it fails the test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::json;

use crate::helpers::{create_key_with_cli, fraudscreen, root, rules_dir, start_server, stdout};

fn kit() -> PathBuf {
    root().join("docs/integration")
}

/// Whether `program args` runs successfully (a tool, or a module, is there).
fn available(program: &str, args: &[&str]) -> bool {
    Command::new(program).args(args).output().is_ok_and(|o| o.status.success())
}

fn missing(what: &str) {
    assert!(std::env::var_os("CI").is_none(), "{what} is missing, and .ci/run should have installed it");
    eprintln!("skipping the {what} example: not installed here");
}

fn run(program: &str, args: &[&str], dir: &Path, base: &str, key: &str) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("FRAUDSCREEN_URL", base)
        .env("FRAUDSCREEN_KEY", key)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn payment_file(dir: &Path, request_id: &str) -> String {
    let text = std::fs::read_to_string(root().join("examples/payment.json")).unwrap_or_else(|e| panic!("{e}"));
    let mut payment: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    payment["request_id"] = json!(request_id);
    let path = dir.join(format!("{request_id}.json"));
    std::fs::write(&path, payment.to_string()).unwrap_or_else(|e| panic!("{e}"));
    path.display().to_string()
}

fn blocked(out: &Output, what: &str) -> String {
    let printed = stdout(out);
    assert_eq!(out.status.code(), Some(20), "{what}: {printed}{}", String::from_utf8_lossy(&out.stderr));
    printed
}

#[test]
fn every_example_screens_a_payment_against_a_live_server() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("kit.db").display());
    let key = create_key_with_cli(&url, "acme", "client");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let base = server.base.clone();

    let file = payment_file(dir.path(), "KIT-CURL");
    let out = run("bash", &["curl/screen-payment.sh", &file], &kit(), &base, &key);
    assert!(blocked(&out, "curl").contains("\"decision\":\"block\""));

    if available("python3", &["-c", "import requests"]) {
        let file = payment_file(dir.path(), "KIT-PY");
        let first = blocked(&run("python3", &["python/screen_payment.py", &file], &kit(), &base, &key), "python");
        assert!(first.starts_with("BLOCK "), "{first}");
        // Sent again (a retry after a timeout): the same decision, not a second one.
        let again = blocked(&run("python3", &["python/screen_payment.py", &file], &kit(), &base, &key), "python");
        assert_eq!(first.lines().next(), again.lines().next(), "a retry with the same request_id");
    } else {
        missing("Python requests");
    }

    if available("java", &["-version"]) {
        let file = payment_file(dir.path(), "KIT-JAVA");
        let out = run("java", &["java/ScreenPayment.java", &file], &kit(), &base, &key);
        assert!(blocked(&out, "java").starts_with("BLOCK "));
    } else {
        missing("Java");
    }

    if available("python3", &["-c", "import httpx, attrs, dateutil"]) {
        let file = payment_file(dir.path(), "KIT-GEN-PY");
        let out = run("python3", &["example.py", &file], &kit().join("clients/python"), &base, &key);
        assert!(blocked(&out, "generated Python client").starts_with("BLOCK "));
    } else {
        missing("generated Python client's httpx, attrs and python-dateutil");
    }

    let typescript = kit().join("clients/typescript");
    if typescript.join("node_modules").is_dir() {
        let built = Command::new("npx").args(["tsc", "-p", "."]).current_dir(&typescript).output();
        let built = built.unwrap_or_else(|e| panic!("cannot run npx: {e}"));
        assert!(built.status.success(), "tsc: {}", stdout(&built));
        let file = payment_file(dir.path(), "KIT-GEN-TS");
        let out = run("node", &["dist/example.js", &file], &typescript, &base, &key);
        assert!(blocked(&out, "generated TypeScript client").starts_with("BLOCK "));
    } else {
        missing("TypeScript client's packages (npm ci in docs/integration/clients/typescript)");
    }
    server.stop();
}

/// The generated clients are made from `clients/openapi.json`; it must be the document the
/// service serves, or they are stale (`docs/integration/clients/generate.sh` remakes them).
#[test]
fn the_clients_are_generated_from_the_current_openapi_document() {
    let out = fraudscreen(&["openapi"]);
    assert!(out.status.success());
    let committed = std::fs::read_to_string(kit().join("clients/openapi.json")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        committed.trim(),
        stdout(&out).trim(),
        "docs/integration/clients/openapi.json is out of date: run docs/integration/clients/generate.sh"
    );
}
