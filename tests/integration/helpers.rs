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

/// A PostgreSQL database made for one test and dropped after it.
pub struct PgDatabase {
    /// Its URL.
    pub url: String,
    admin_url: String,
    name: String,
}

impl PgDatabase {
    /// A fresh, empty database on the server of `FRAUDSCREEN_TEST_PG_URL`, or `None` (with the
    /// reason printed) when that is not set: the PostgreSQL half of a suite is then skipped.
    pub async fn create(purpose: &str) -> Option<PgDatabase> {
        let Ok(admin_url) = std::env::var("FRAUDSCREEN_TEST_PG_URL") else {
            eprintln!("skipping the PostgreSQL part of `{purpose}`: FRAUDSCREEN_TEST_PG_URL is not set");
            return None;
        };
        use sqlx::Connection as _;
        let name = format!("fs_test_{}", ulid::Ulid::new().to_string().to_lowercase());
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("FRAUDSCREEN_TEST_PG_URL is set but unreachable: {e}"));
        sqlx::raw_sql(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .unwrap_or_else(|e| panic!("cannot create a test database: {e}"));
        let base = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(base, _)| base);
        Some(PgDatabase { url: format!("{base}/{name}"), admin_url, name })
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        // Dropped from a plain thread so it works inside or outside a runtime.
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return };
            runtime.block_on(async {
                use sqlx::Connection as _;
                if let Ok(mut admin) = sqlx::PgConnection::connect(&admin_url).await {
                    let _ = sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut admin)
                        .await;
                }
            });
        })
        .join();
    }
}
