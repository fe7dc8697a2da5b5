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

/// A copy of the shipped rules that a test may edit.
pub fn copy_rules(to: &Path) {
    std::fs::create_dir_all(to.join("keywords")).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(rules_dir()).unwrap_or_else(|e| panic!("{e}")).flatten() {
        let path = entry.path();
        if path.is_file() {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    for entry in std::fs::read_dir(rules_dir().join("keywords")).unwrap_or_else(|e| panic!("{e}")).flatten() {
        std::fs::copy(entry.path(), to.join("keywords").join(entry.file_name())).unwrap_or_else(|e| panic!("{e}"));
    }
}

/// The real server, running as a child process.
pub struct Server {
    /// The process; taken by [`Server::into_process`].
    child: Option<std::process::Child>,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// Its log lines (stdout and stderr) so far.
    pub log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    /// The threads collecting the log; they end when the process's pipes close.
    pub collectors: Vec<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Kills the process, waits for it, and waits until its last log lines are collected, so
    /// that a test reading `log` afterwards sees everything the process wrote.
    pub fn stop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
            for collector in self.collectors.drain(..) {
                let _ = collector.join();
            }
        }
    }

    /// Hands the process and its address to a test that signals and stops it itself. Its
    /// output is still read, so its pipes never fill, but kept nowhere a test can see.
    pub fn into_process(mut self) -> (std::process::Child, String) {
        self.collectors.clear();
        let child = self.child.take().unwrap_or_else(|| panic!("the process was already taken"));
        (child, self.base.clone())
    }
}

/// A test that fails before `stop` does not leave its server running.
impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Starts `fraudscreen serve` on a free loopback port with `RUST_LOG=level`, and waits until it
/// listens. Its output is collected as it comes, so the child never blocks on a full pipe.
pub fn start_server(url: &str, rules: &Path, level: &str) -> Server {
    start_server_with(url, rules, level, &[])
}

/// [`start_server`] with extra environment variables (settings such as webhook retry times).
pub fn start_server_with(url: &str, rules: &Path, level: &str, env: &[(&str, &str)]) -> Server {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_fraudscreen"))
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url", url, "--rules"])
        .arg(rules)
        .env("RUST_LOG", level)
        // Many tests drive load through one key; the tests of rate limiting set their own.
        .env("FRAUDSCREEN_RATE_LIMIT_PER_SECOND", "0")
        // Several tests try unknown keys on purpose, all from 127.0.0.1; the test of the
        // limit on them sets its own.
        .env("FRAUDSCREEN_AUTH_FAILURES_PER_MINUTE", "0")
        .envs(env.iter().copied())
        .stderr(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the server: {e}"));
    let stderr = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
    let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let mut lines = BufReader::new(stderr).lines();
    let addr = loop {
        let line = lines.next().unwrap_or_else(|| panic!("the server exited before listening")).unwrap_or_default();
        if let Some(rest) = line.split("listening on http://").nth(1) {
            break rest.split(';').next().unwrap_or_default().to_owned();
        }
    };
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let collect = |lines: Box<dyn Iterator<Item = std::io::Result<String>> + Send>| {
        let collected = std::sync::Arc::clone(&log);
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                if let Ok(mut log) = collected.lock() {
                    log.push(line);
                }
            }
        })
    };
    let collectors = vec![collect(Box::new(lines)), collect(Box::new(BufReader::new(stdout).lines()))];
    Server { child: Some(child), base: format!("http://{addr}"), log, collectors }
}

/// A new API key made with `fraudscreen keys create`.
pub fn create_key_with_cli(url: &str, tenant: &str, role: &str) -> String {
    let out = fraudscreen(&["keys", "create", "--tenant", tenant, "--role", role, "--database-url", url]);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out).trim().to_owned()
}
