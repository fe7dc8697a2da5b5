//! SQLite store: one writer thread with group commit, a few reader connections.

use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, params};
use tokio::sync::oneshot;

mod audit;
mod privacy;
mod retention;
mod sessions;
mod webhooks;

use self::webhooks::insert_event;
use super::filter::Dialect;
use super::{
    CaseEvent, CaseFilter, CaseRecord, CaseSummary, CaseUpdate, CaseUpdated, HistoryRow, KeyInfo, NewDecision,
    Principal, Recorded, ReportCase, ReportDecision, Role, RuleStat, RulesetSource, StatsFilter, StoreError,
    StoreStats, constant_time_eq, hash_secret, new_secret, now, parse_jurisdiction,
};
use crate::domain::{Action, Decision};

/// Migrations, applied in order; each runs once.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../../migrations/sqlite/0001_init.sql")),
    (2, include_str!("../../migrations/sqlite/0002_tenant_settings.sql")),
    (3, include_str!("../../migrations/sqlite/0003_rulesets.sql")),
    (4, include_str!("../../migrations/sqlite/0004_ruleset_source.sql")),
    (5, include_str!("../../migrations/sqlite/0005_case_workflow.sql")),
    (6, include_str!("../../migrations/sqlite/0006_shadow.sql")),
    (7, include_str!("../../migrations/sqlite/0007_history_decision.sql")),
    (8, include_str!("../../migrations/sqlite/0008_watchlist.sql")),
    (9, include_str!("../../migrations/sqlite/0009_outreach.sql")),
    (10, include_str!("../../migrations/sqlite/0010_incidents.sql")),
    (11, include_str!("../../migrations/sqlite/0011_webhooks.sql")),
    (12, include_str!("../../migrations/sqlite/0012_audit.sql")),
    (13, include_str!("../../migrations/sqlite/0013_retention.sql")),
    (14, include_str!("../../migrations/sqlite/0014_erasures.sql")),
    (15, include_str!("../../migrations/sqlite/0015_webhook_creator_key.sql")),
    (16, include_str!("../../migrations/sqlite/0016_ui_sessions.sql")),
    (17, include_str!("../../migrations/sqlite/0017_audit_outcome.sql")),
];

/// The most writes committed in one transaction.
const MAX_BATCH: usize = 512;

/// How often the checkpointer copies the WAL into the database file. SQLite's automatic
/// checkpoint would run inside a commit, on the path of the requests waiting for it.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(20);

/// A commit (or the writer's checkpoint) slower than this is logged: everyone waiting for
/// the writer waited that long.
const SLOW_COMMIT: std::time::Duration = std::time::Duration::from_millis(20);

/// WAL frames (pages) after which the writer itself finishes a checkpoint between two
/// batches. Under steady load the writer never pauses, so the background checkpoints never
/// catch up with the end of the WAL, and SQLite starts the WAL over only when they have;
/// by then nearly everything is copied, so this one is short.
const WAL_RESTART_FRAMES: u64 = 8192;

/// A write other than a decision. It runs inside the writer's transaction and returns the
/// number of rows it changed; it may run twice (see `write_loop`), so it takes `Fn`.
type WriteFn = Box<dyn Fn(&Connection) -> Result<usize, StoreError> + Send>;

#[allow(
    clippy::large_enum_variant,
    reason = "decisions are nearly every job; boxing them would only add an allocation"
)]
enum Job {
    Decision(NewDecision, oneshot::Sender<Result<Recorded, StoreError>>),
    Write(WriteFn, Reply<Result<usize, StoreError>>),
}

/// Where a write's result goes: an awaiting task, or a thread blocked on it (the command
/// line, and tests that create keys from inside a runtime).
enum Reply<T> {
    Async(oneshot::Sender<T>),
    Blocking(mpsc::SyncSender<T>),
}

impl<T> Reply<T> {
    fn send(self, value: T) {
        // A caller that stopped waiting no longer needs the answer; the write stands.
        let _ = match self {
            Reply::Async(tx) => tx.send(value).map_err(|_| ()),
            Reply::Blocking(tx) => tx.send(value).map_err(|_| ()),
        };
    }
}

/// What one job did inside a batch.
enum Applied {
    Decision(Stored),
    Rows(usize),
}

/// What inserting a decision found.
enum Stored {
    New,
    Existing(String),
    Conflict,
}

/// An outcome to record, with the history event it adds (for `executed`).
#[derive(Clone, Debug)]
pub struct OutcomeWrite {
    /// Decision id.
    pub decision_id: String,
    /// Tenant of the decision.
    pub tenant: String,
    /// `executed`, `cancelled`, `confirmed_fraud` or `false_alarm`.
    pub outcome: String,
    /// Free text.
    pub note: Option<String>,
    /// Key id of the caller.
    pub by_key: String,
    /// The request to add to the counterparty history: (kind, request JSON, at).
    pub history_event: Option<(String, String, String)>,
    /// Identifiers a confirmed fraud puts on the watchlist, in the same transaction.
    pub watch: Vec<super::NewWatch>,
}

/// Reader connections: a long report does not hold up key lookups and other short reads.
const READERS: usize = 3;

/// The SQLite store. Cloning is cheap and shares the writer and the readers.
#[derive(Clone)]
pub struct SqliteStore {
    writer: mpsc::Sender<Job>,
    readers: Arc<[Mutex<Connection>]>,
    /// Queue depth and batch sizes, for metrics.
    pub stats: Arc<StoreStats>,
    /// Dropped with the last clone, which stops the checkpointer.
    _checkpointer: Arc<mpsc::Sender<()>>,
}

/// Options given after `?` in a `sqlite://PATH?…` URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SqliteOptions {
    /// Page cache per connection, MiB (`cache_mib`, default 64). There are five connections
    /// (writer, checkpointer, three readers), so resident memory grows by up to five times
    /// this as the database grows; a large cache keeps the latency tail flat on a large database.
    pub cache_mib: u32,
}

impl Default for SqliteOptions {
    fn default() -> SqliteOptions {
        SqliteOptions { cache_mib: 64 }
    }
}

impl SqliteOptions {
    /// Parses `cache_mib=N` (the only option); an empty query gives the defaults.
    pub fn parse(query: &str) -> Result<SqliteOptions, StoreError> {
        let mut options = SqliteOptions::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("cache_mib", n)) => {
                    options.cache_mib = n.parse().ok().filter(|n| (1..=65_536).contains(n)).ok_or_else(|| {
                        StoreError::Config(format!(
                            "cache_mib must be a whole number of MiB from 1 to 65536, not `{n}`"
                        ))
                    })?;
                }
                _ => {
                    return Err(StoreError::Config(format!(
                        "unknown SQLite option `{pair}`: the one option is cache_mib=N"
                    )));
                }
            }
        }
        Ok(options)
    }
}

fn open_connection(path: &Path, options: SqliteOptions) -> Result<Connection, StoreError> {
    let conn = Connection::open(path)?;
    // WAL lets readers run beside the writer; FULL makes a commit durable before we answer.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A negative cache_size is in KiB.
    conn.pragma_update(None, "cache_size", -(i64::from(options.cache_mib) * 1024))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

impl SqliteStore {
    /// Opens (creating if needed) the database, applies migrations and starts the writer.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        SqliteStore::open_with(path, true)
    }

    /// Opens the database; applies migrations when `migrate` is set, and otherwise refuses a
    /// database whose migrations are not all applied.
    pub fn open_with(path: &Path, migrate: bool) -> Result<SqliteStore, StoreError> {
        SqliteStore::open_with_options(path, migrate, SqliteOptions::default())
    }

    /// [`SqliteStore::open_with`], with the options of the URL.
    pub fn open_with_options(path: &Path, migrate: bool, options: SqliteOptions) -> Result<SqliteStore, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| StoreError::Migration(format!("cannot create {}: {e}", parent.display())))?;
        }
        let mut writer_conn = open_connection(path, options)?;
        if migrate {
            apply_migrations(&mut writer_conn)?;
        } else {
            require_migrated(&writer_conn)?;
        }
        // Checkpoints run on their own connection and thread (below), not inside commits.
        writer_conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        // After a restart, a WAL that grew under a burst is cut back to this size.
        writer_conn.pragma_update(None, "journal_size_limit", 64 * 1024 * 1024)?;
        let checkpoint_conn = open_connection(path, options)?;
        let readers =
            (0..READERS).map(|_| open_connection(path, options).map(Mutex::new)).collect::<Result<Vec<_>, _>>()?;
        let (tx, rx) = mpsc::channel::<Job>();
        let stats = Arc::new(StoreStats::default());
        let writer_stats = Arc::clone(&stats);
        let checkpoint_stats = Arc::clone(&stats);
        let cannot_start = |e: std::io::Error| StoreError::Migration(format!("cannot start a store thread: {e}"));
        std::thread::Builder::new()
            .name("store-writer".into())
            .spawn(move || write_loop(writer_conn, rx, &writer_stats))
            .map_err(cannot_start)?;
        let (stop, stopped) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("store-checkpoint".into())
            .spawn(move || checkpoint_loop(&checkpoint_conn, &stopped, &checkpoint_stats))
            .map_err(cannot_start)?;
        Ok(SqliteStore { writer: tx, readers: readers.into(), stats, _checkpointer: Arc::new(stop) })
    }

    /// Records a decision (and its case) durably, or finds the one stored for the same id.
    pub async fn record_decision(&self, decision: NewDecision) -> Result<Recorded, StoreError> {
        let (tx, rx) = oneshot::channel();
        self.stats.queue_depth.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if self.writer.send(Job::Decision(decision, tx)).is_err() {
            self.stats.queue_depth.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
            return Err(StoreError::WriterGone);
        }
        rx.await.map_err(|_| StoreError::WriterGone)?
    }

    /// Runs `write` in the writer's next transaction and waits for the commit.
    async fn write(&self, write: WriteFn) -> Result<usize, StoreError> {
        let (tx, rx) = oneshot::channel();
        self.stats.queue_depth.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if self.writer.send(Job::Write(write, Reply::Async(tx))).is_err() {
            self.stats.queue_depth.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
            return Err(StoreError::WriterGone);
        }
        rx.await.map_err(|_| StoreError::WriterGone)?
    }

    /// `write` for callers outside the async runtime (the command line).
    fn write_blocking(&self, write: WriteFn) -> Result<usize, StoreError> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.stats.queue_depth.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if self.writer.send(Job::Write(write, Reply::Blocking(tx))).is_err() {
            self.stats.queue_depth.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
            return Err(StoreError::WriterGone);
        }
        rx.recv().map_err(|_| StoreError::WriterGone)?
    }

    /// Records an outcome durably. Returns whether it added a history event: only the first
    /// `executed` outcome of a decision does, so a repeated report does not count twice.
    pub async fn record_outcome(&self, outcome: OutcomeWrite) -> Result<bool, StoreError> {
        Ok(self.write(Box::new(move |tx| apply_outcome(tx, &outcome))).await? > 0)
    }

    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        // The first free reader, else wait for one (chosen by thread, to spread the waiting).
        let conn = match self.readers.iter().find_map(|r| r.try_lock().ok()) {
            Some(conn) => conn,
            None => {
                let n = self.readers.len().max(1);
                let which = std::hash::BuildHasher::hash_one(
                    &foldhash::fast::FixedState::default(),
                    std::thread::current().id(),
                ) as usize
                    % n;
                self.readers[which].lock().map_err(|_| StoreError::WriterGone)?
            }
        };
        f(&conn)
    }

    /// A stored decision with its tenant and request JSON.
    pub fn decision(&self, id: &str) -> Result<Option<(String, Decision, String)>, StoreError> {
        self.read(|conn| {
            let row: Option<(String, String, String)> = conn
                .query_row(
                    "SELECT tenant, decision_json, request_json FROM decisions WHERE id = ?1",
                    params![id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            row.map(|(tenant, json, request)| {
                let decision: Decision = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                Ok((tenant, decision, request))
            })
            .transpose()
        })
    }

    /// Decisions matching `filter` in commit order after the cursor, each with its cursor;
    /// at most `filter.limit`.
    pub fn list_decisions(&self, filter: &super::DecisionFilter) -> Result<Vec<(String, Decision)>, StoreError> {
        // Pages follow the order decisions were committed in (the rowid), which the cursor holds.
        let after: i64 = filter.after.as_deref().and_then(|c| c.parse().ok()).unwrap_or(0);
        let conditions = super::filter::decisions(Dialect::Sqlite, 1, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT rowid, decision_json FROM decisions WHERE rowid > CAST(?1 AS INTEGER){} ORDER BY rowid LIMIT {}",
            conditions.sql, filter.limit
        );
        let args: Vec<String> = std::iter::once(after.to_string()).chain(conditions.args).collect();
        self.read(|conn| {
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (rowid, json) = row?;
                let id = rowid.to_string();
                let decision: Decision = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                out.push((id, decision));
            }
            Ok(out)
        })
    }

    /// Archives an activated ruleset with where it came from.
    pub async fn archive_ruleset(
        &self,
        version: &str,
        files_json: String,
        by: &str,
        source: RulesetSource,
        event: Option<super::NewEvent>,
    ) -> Result<(), StoreError> {
        let (version, by, at) = (version.to_owned(), by.to_owned(), now());
        self.write(Box::new(move |tx| {
            if let Some(event) = &event {
                insert_event(tx, event)?;
            }
            Ok(tx
                .prepare_cached(
                    "INSERT INTO rulesets (version, files, activated_by, activated_at, source) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![version, files_json, by, at, source.as_str()])?)
        }))
        .await?;
        Ok(())
    }

    /// Sets (or, with `None`, clears) the shadow ruleset: (version, files JSON, by whom).
    pub async fn set_shadow(&self, shadow: Option<(String, String, String)>) -> Result<(), StoreError> {
        let at = now();
        self.write(Box::new(move |tx| {
            tx.execute("DELETE FROM shadow_ruleset", [])?;
            if let Some((version, files, by)) = &shadow {
                tx.execute(
                    "INSERT INTO shadow_ruleset (id, version, files, set_by, set_at) VALUES (1, ?1, ?2, ?3, ?4)",
                    params![version, files, by, at],
                )?;
            }
            Ok(1)
        }))
        .await?;
        Ok(())
    }

    /// The shadow ruleset: (version, files JSON, by whom, when).
    pub fn shadow(&self) -> Result<Option<(String, String, String, String)>, StoreError> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT version, files, set_by, set_at FROM shadow_ruleset WHERE id = 1")?
                .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .optional()?)
        })
    }

    /// Stores an outreach session: new, or replacing the one with its id.
    pub async fn put_outreach(&self, record: super::OutreachRow) -> Result<(), StoreError> {
        let at = now();
        self.write(Box::new(move |tx| {
            Ok(tx.execute(
                "INSERT INTO outreach (id, held_at, session, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET held_at = excluded.held_at, session = excluded.session,
                                                updated_by = excluded.created_by, updated_at = excluded.created_at",
                params![record.id, record.held_at, record.session, record.by, at],
            )?)
        }))
        .await?;
        Ok(())
    }

    /// Marks an outreach session deleted; `false` if there is no such session.
    pub async fn delete_outreach(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        let (id, by, at) = (id.to_owned(), by.to_owned(), now());
        let changed = self
            .write(Box::new(move |tx| {
                Ok(tx.execute(
                    "UPDATE outreach SET deleted_by = ?2, deleted_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
                    params![id, by, at],
                )?)
            }))
            .await?;
        Ok(changed == 1)
    }

    /// Outreach sessions not deleted, by time held: (id, held at, session JSON).
    pub fn outreach(&self) -> Result<Vec<super::OutreachRow>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, held_at, session, created_by FROM outreach WHERE deleted_at IS NULL ORDER BY held_at, seq",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(super::OutreachRow { id: r.get(0)?, held_at: r.get(1)?, session: r.get(2)?, by: r.get(3)? })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Stores a fraud case record with the watchlist entries its confirmation adds.
    pub async fn put_incident(
        &self,
        row: super::IncidentRow,
        watch: Vec<super::NewWatch>,
        events: Vec<super::NewEvent>,
    ) -> Result<(), StoreError> {
        let at = now();
        self.write(Box::new(move |tx| {
            tx.execute(
                "INSERT INTO incidents (id, company, reported_at, status, incident, recorded_by, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (id) DO UPDATE SET company = excluded.company, reported_at = excluded.reported_at,
                    status = excluded.status, incident = excluded.incident, recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at",
                params![row.id, row.company, row.reported_at, row.status, row.incident, row.by, at],
            )?;
            for entry in &watch {
                insert_watch(tx, entry)?;
            }
            for event in &events {
                insert_event(tx, event)?;
            }
            Ok(1)
        }))
        .await?;
        Ok(())
    }

    /// Marks a fraud case record deleted; `false` if there is no such record.
    pub async fn delete_incident(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        let (id, by, at) = (id.to_owned(), by.to_owned(), now());
        let changed = self
            .write(Box::new(move |tx| {
                Ok(tx.execute(
                    "UPDATE incidents SET deleted_by = ?2, deleted_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
                    params![id, by, at],
                )?)
            }))
            .await?;
        Ok(changed == 1)
    }

    /// Fraud case records not deleted, by time reported.
    pub fn incidents(&self) -> Result<Vec<super::IncidentRow>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, company, reported_at, status, incident, recorded_by FROM incidents WHERE deleted_at IS NULL ORDER BY reported_at, seq",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(super::IncidentRow {
                    id: r.get(0)?,
                    company: r.get(1)?,
                    reported_at: r.get(2)?,
                    status: r.get(3)?,
                    incident: r.get(4)?,
                    by: r.get(5)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Adds watchlist entries by hand; returns their ids.
    pub async fn add_watch(&self, entries: Vec<super::NewWatch>) -> Result<Vec<String>, StoreError> {
        let ids: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
        let out = Arc::clone(&ids);
        self.write(Box::new(move |tx| {
            let mut added = Vec::new();
            for entry in &entries {
                added.push(insert_watch(tx, entry)?);
            }
            if let Ok(mut ids) = out.lock() {
                *ids = added;
            }
            Ok(entries.len())
        }))
        .await?;
        Ok(ids.lock().map(|ids| ids.clone()).unwrap_or_default())
    }

    /// Marks a watchlist entry removed; `false` if there is no such active entry.
    pub async fn remove_watch(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        let (id, by, at) = (id.to_owned(), by.to_owned(), now());
        let changed = self
            .write(Box::new(move |tx| {
                Ok(tx.execute(
                    "UPDATE watchlist SET removed_by = ?2, removed_at = ?3 WHERE id = ?1 AND removed_at IS NULL",
                    params![id, by, at],
                )?)
            }))
            .await?;
        Ok(changed == 1)
    }

    /// Watchlist entries, oldest first; removed ones too when asked.
    pub fn watch_records(&self, include_removed: bool) -> Result<Vec<super::WatchRecord>, StoreError> {
        let sql = if include_removed {
            "SELECT id, kind, value, source, source_ref, source_tenant, note, added_by, expires_at, added_at, removed_by, removed_at FROM watchlist ORDER BY seq"
        } else {
            "SELECT id, kind, value, source, source_ref, source_tenant, note, added_by, expires_at, added_at, removed_by, removed_at FROM watchlist WHERE removed_at IS NULL ORDER BY seq"
        };
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(sql)?;
            let rows = stmt.query_map([], |r| {
                Ok(super::WatchRecord {
                    id: r.get(0)?,
                    entry: super::NewWatch {
                        kind: r.get(1)?,
                        value: r.get(2)?,
                        source: r.get(3)?,
                        source_ref: r.get(4)?,
                        source_tenant: r.get(5)?,
                        note: r.get(6)?,
                        added_by: r.get(7)?,
                        expires_at: r.get(8)?,
                    },
                    added_at: r.get(9)?,
                    removed_by: r.get(10)?,
                    removed_at: r.get(11)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// What changes when the watchlist does: (last entry added, entries removed).
    pub fn watch_stamp(&self) -> Result<(i64, i64), StoreError> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT COALESCE(max(seq), 0), count(removed_at) FROM watchlist")?
                .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?)
        })
    }

    /// The version of the last ruleset activated from the rules directory.
    pub fn latest_directory_ruleset(&self) -> Result<Option<String>, StoreError> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT version FROM rulesets WHERE source = 'directory' ORDER BY seq DESC LIMIT 1")?
                .query_row([], |r| r.get(0))
                .optional()?)
        })
    }

    /// Activated rulesets, newest first: (version, activated by, activated at).
    pub fn ruleset_versions(&self) -> Result<Vec<(String, String, String)>, StoreError> {
        self.read(|conn| {
            let mut stmt =
                conn.prepare("SELECT version, activated_by, activated_at FROM rulesets ORDER BY seq DESC")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// The files of an archived ruleset version.
    pub fn ruleset_files(&self, version: &str) -> Result<Option<String>, StoreError> {
        self.read(|conn| {
            Ok(conn
                .query_row(
                    "SELECT files FROM rulesets WHERE version = ?1 ORDER BY seq DESC LIMIT 1",
                    params![version],
                    |r| r.get(0),
                )
                .optional()?)
        })
    }

    /// Appends history events of one tenant in one transaction: (JSON, time).
    pub async fn append_history(
        &self,
        tenant: &str,
        kind: &str,
        events: Vec<(String, String)>,
    ) -> Result<(), StoreError> {
        let (tenant, kind) = (tenant.to_owned(), kind.to_owned());
        self.write(Box::new(move |tx| {
            let mut insert = tx.prepare_cached(
                "INSERT INTO history_events (tenant, kind, request_json, at) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (json, at) in &events {
                insert.execute(params![tenant, kind, json, at])?;
            }
            Ok(events.len())
        }))
        .await?;
        Ok(())
    }

    /// Every tenant's settings JSON.
    pub fn tenant_settings(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare("SELECT tenant, settings FROM tenant_settings")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Stores a tenant's settings JSON.
    pub async fn put_tenant_settings(&self, tenant: &str, settings: String, by_key: &str) -> Result<(), StoreError> {
        let (tenant, by_key, at) = (tenant.to_owned(), by_key.to_owned(), now());
        self.write(Box::new(move |tx| {
            Ok(tx.prepare_cached(
                "INSERT INTO tenant_settings (tenant, settings, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (tenant) DO UPDATE SET settings = excluded.settings, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            )?
            .execute(params![tenant, settings, by_key, at])?)
        }))
        .await?;
        Ok(())
    }

    /// History events committed after `after` (a sequence number), in commit order, at most
    /// `limit`: (seq, tenant, kind, JSON).
    pub fn history_events_after(&self, after: i64, limit: i64) -> Result<Vec<HistoryRow>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT seq, tenant, kind, request_json FROM history_events WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![after, limit], |r| {
                Ok(HistoryRow { seq: r.get(0)?, tenant: r.get(1)?, kind: r.get(2)?, json: r.get(3)? })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// The most recently activated ruleset: (archive sequence number, version, by whom).
    pub fn latest_ruleset(&self) -> Result<Option<(i64, String, String)>, StoreError> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT seq, version, activated_by FROM rulesets ORDER BY seq DESC LIMIT 1")?
                .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?)
        })
    }

    /// The case whose `column` (`id` or `decision_id`) is `value`.
    pub fn case_where(&self, column: &str, value: &str) -> Result<Option<CaseRecord>, StoreError> {
        let sql = match column {
            "id" => {
                "SELECT id, decision_id, tenant, status, resolution, assignee, opened_at, updated_at, closed_at FROM cases WHERE id = ?1"
            }
            _ => {
                "SELECT id, decision_id, tenant, status, resolution, assignee, opened_at, updated_at, closed_at FROM cases WHERE decision_id = ?1"
            }
        };
        self.read(|conn| Ok(conn.prepare_cached(sql)?.query_row(params![value], case_record).optional()?))
    }

    /// Cases matching `filter`, in the order they were opened (rowid), each with its cursor.
    pub fn list_cases(&self, filter: &CaseFilter) -> Result<Vec<(String, CaseSummary)>, StoreError> {
        let after: i64 = filter.after.as_deref().and_then(|c| c.parse().ok()).unwrap_or(0);
        let conditions = super::filter::cases(Dialect::Sqlite, 1, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT c.id, c.decision_id, c.tenant, c.status, c.resolution, c.assignee, c.opened_at, c.updated_at, c.closed_at,
                    c.rowid, d.decision, d.score, d.kind, d.request_id, d.decision_json
             FROM cases c JOIN decisions d ON d.id = c.decision_id WHERE c.rowid > CAST(?1 AS INTEGER){} ORDER BY c.rowid LIMIT {}",
            conditions.sql, filter.limit
        );
        let args: Vec<String> = std::iter::once(after.to_string()).chain(conditions.args).collect();
        self.read(|conn| {
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |row| {
                let case = case_record(row)?;
                let summary = CaseSummary::new(
                    case,
                    &row.get::<_, String>(10)?,
                    row.get(11)?,
                    row.get(12)?,
                    row.get(13)?,
                    &row.get::<_, String>(14)?,
                );
                Ok((row.get::<_, i64>(9)?.to_string(), summary))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Per rule: hits, cases and their resolutions over the decisions `filter` selects.
    pub fn rule_stats(&self, filter: &StatsFilter) -> Result<Vec<RuleStat>, StoreError> {
        let conditions = super::filter::screened_in(Dialect::Sqlite, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT json_extract(h.value, '$.rule_id') AS rule, count(*), count(c.id),
                    sum(c.resolution = 'confirmed_fraud'), sum(c.resolution = 'false_alarm'), max(d.created_at)
             FROM decisions d JOIN json_each(d.decision_json, '$.hits') h LEFT JOIN cases c ON c.decision_id = d.id
             WHERE 1 = 1{} GROUP BY rule ORDER BY rule",
            conditions.sql
        );
        let args = conditions.args;
        self.read(|conn| {
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok(RuleStat {
                    rule_id: r.get(0)?,
                    hits: r.get(1)?,
                    cases: r.get(2)?,
                    confirmed_frauds: r.get::<_, Option<i64>>(3)?.unwrap_or(0),
                    false_alarms: r.get::<_, Option<i64>>(4)?.unwrap_or(0),
                    last_fired: r.get(5)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Decisions screened in the filter's period.
    pub fn report_decisions(&self, filter: &StatsFilter) -> Result<Vec<ReportDecision>, StoreError> {
        let conditions = super::filter::screened_in(Dialect::Sqlite, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT d.tenant, d.kind, d.decision, d.decision_json, d.request_json, c.resolution, d.shadow_json
             FROM decisions d LEFT JOIN cases c ON c.decision_id = d.id WHERE 1 = 1{} ORDER BY d.rowid",
            conditions.sql
        );
        let args = conditions.args;
        self.read(|conn| {
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok(ReportDecision {
                    tenant: r.get(0)?,
                    kind: r.get(1)?,
                    decision: r.get(2)?,
                    decision_json: r.get(3)?,
                    request_json: r.get(4)?,
                    resolution: r.get(5)?,
                    shadow_json: r.get(6)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Cases open at some time in the filter's period.
    pub fn report_cases(&self, filter: &StatsFilter) -> Result<Vec<ReportCase>, StoreError> {
        let conditions = super::filter::open_during(Dialect::Sqlite, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT c.tenant, c.opened_at, c.closed_at, c.resolution, d.decision_json, d.request_json
             FROM cases c JOIN decisions d ON d.id = c.decision_id WHERE 1 = 1{} ORDER BY c.rowid",
            conditions.sql
        );
        let args = conditions.args;
        self.read(|conn| {
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok(ReportCase {
                    tenant: r.get(0)?,
                    opened_at: r.get(1)?,
                    closed_at: r.get(2)?,
                    resolution: r.get(3)?,
                    decision_json: r.get(4)?,
                    request_json: r.get(5)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// A case's history, oldest first.
    pub fn case_events(&self, case_id: &str) -> Result<Vec<CaseEvent>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT at, by_key, by_name, action, detail FROM case_events WHERE case_id = ?1 ORDER BY seq",
            )?;
            let rows = stmt.query_map(params![case_id], |r| {
                let detail: String = r.get(4)?;
                Ok(CaseEvent {
                    at: r.get(0)?,
                    by_key: r.get(1)?,
                    by_name: r.get(2)?,
                    action: r.get(3)?,
                    detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Applies a case change through the writer.
    pub async fn update_case(&self, update: CaseUpdate) -> Result<CaseUpdated, StoreError> {
        let applied = self.write(Box::new(move |tx| apply_case_update(tx, &update))).await?;
        Ok(match applied {
            0 => CaseUpdated::Stale,
            n => CaseUpdated::Applied { history_added: n > 1 },
        })
    }

    /// The caller behind an API key, by the sha256 of its secret (`hash_secret`), if the key
    /// exists and is not revoked.
    pub fn principal(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        self.read(|conn| {
            let row: Option<(String, String, String, String, Option<String>, String)> = conn
                .prepare_cached(
                    "SELECT id, tenant, role, name, jurisdiction, key_hash FROM api_keys WHERE key_hash = ?1 AND revoked_at IS NULL",
                )?
                .query_row(params![hash], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
                .optional()?;
            Ok(row.and_then(|(key_id, tenant, role, name, jurisdiction, stored)| {
                if !constant_time_eq(stored.as_bytes(), hash.as_bytes()) {
                    return None;
                }
                Some(Principal { key_id, name, tenant, role: Role::parse(&role)?, jurisdiction: parse_jurisdiction(jurisdiction) })
            }))
        })
    }

    /// Creates a key; returns its record and the secret, which is not stored.
    pub fn create_key(
        &self,
        tenant: &str,
        role: Role,
        name: &str,
        jurisdiction: Option<&[String]>,
    ) -> Result<(KeyInfo, String), StoreError> {
        let secret = new_secret()?;
        let id = ulid::Ulid::new().to_string();
        let created_at = now();
        let jurisdiction_text = jurisdiction.map(|j| j.join(","));
        let row = (id.clone(), tenant.to_owned(), name.to_owned(), hash_secret(&secret), created_at.clone());
        self.write_blocking(Box::new(move |tx| {
            let (id, tenant, name, hash, created_at) = &row;
            let added = tx.execute(
                "INSERT INTO api_keys (id, tenant, role, name, jurisdiction, key_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![id, tenant, role.as_str(), name, jurisdiction_text, hash, created_at],
            )?;
            let target = format!("{id} ({tenant}, {}, {name})", role.as_str());
            audit::insert_audit(tx, &super::AuditEntry::command_line("keys create", &target))?;
            Ok(added)
        }))?;
        let info = KeyInfo {
            id,
            tenant: tenant.to_owned(),
            role,
            name: name.to_owned(),
            jurisdiction: jurisdiction.map(<[String]>::to_vec),
            created_at,
            revoked_at: None,
        };
        Ok((info, secret))
    }

    /// Every key, without secrets.
    pub fn list_keys(&self) -> Result<Vec<KeyInfo>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare(
                "SELECT id, tenant, role, name, jurisdiction, created_at, revoked_at FROM api_keys ORDER BY created_at",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get(1)?,
                    r.get::<_, String>(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            })?;
            let mut keys = Vec::new();
            for row in rows {
                let (id, tenant, role, name, jurisdiction, created_at, revoked_at) = row?;
                let role = Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role `{role}`")))?;
                keys.push(KeyInfo {
                    id,
                    tenant,
                    role,
                    name,
                    jurisdiction: parse_jurisdiction(jurisdiction),
                    created_at,
                    revoked_at,
                });
            }
            Ok(keys)
        })
    }

    /// Revokes a key; `false` if there is no such active key.
    pub fn revoke_key(&self, id: &str) -> Result<bool, StoreError> {
        let (id, at) = (id.to_owned(), now());
        let changed = self.write_blocking(Box::new(move |tx| {
            let revoked = tx
                .execute("UPDATE api_keys SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL", params![at, id])?;
            if revoked == 1 {
                audit::insert_audit(tx, &super::AuditEntry::command_line("keys revoke", &id))?;
                // A park-wide subscription carries the jurisdiction of the key that made it. One made
                // before subscriptions recorded their key (created_by_key null) is matched by the
                // key's name: of two keys with one name, revoking either ends it, which errs on
                // the side of not sending a company's events to someone no longer entitled.
                tx.execute(
                    "UPDATE webhooks SET deleted_by = ?2, deleted_at = ?3
                     WHERE tenant IS NULL AND deleted_at IS NULL
                       AND (created_by_key = ?1
                            OR (created_by_key IS NULL AND created_by = (SELECT name FROM api_keys WHERE id = ?1)))",
                    params![id, format!("revocation of key {id}"), at],
                )?;
            }
            Ok(revoked)
        }))?;
        Ok(changed == 1)
    }
}

/// Fails unless every migration has been applied.
fn require_migrated(conn: &Connection) -> Result<(), StoreError> {
    let applied: i64 = conn.query_row("SELECT count(*) FROM schema_migrations", [], |r| r.get(0)).unwrap_or(0);
    if applied < MIGRATIONS.len() as i64 {
        return Err(StoreError::Migration(format!(
            "the database has {applied} of {} migrations applied: run `fraudscreen migrate`",
            MIGRATIONS.len()
        )));
    }
    Ok(())
}

fn apply_migrations(conn: &mut Connection) -> Result<(), StoreError> {
    // One immediate (write-locked) transaction: two processes starting together migrate once.
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
    )?;
    for (version, sql) in MIGRATIONS {
        let done: Option<i64> = tx
            .query_row("SELECT version FROM schema_migrations WHERE version = ?1", params![version], |r| r.get(0))
            .optional()?;
        if done.is_some() {
            continue;
        }
        tx.execute_batch(sql).map_err(|e| StoreError::Migration(format!("version {version}: {e}")))?;
        tx.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)", params![version, now()])?;
    }
    tx.commit()?;
    Ok(())
}

/// The checkpointer: copies committed WAL frames into the database file every
/// `CHECKPOINT_EVERY`, on its own connection, until the store is dropped. A passive
/// checkpoint never blocks the writer. It records the WAL's length for the writer.
fn checkpoint_loop(conn: &Connection, stop: &mpsc::Receiver<()>, stats: &StoreStats) {
    while let Err(mpsc::RecvTimeoutError::Timeout) = stop.recv_timeout(CHECKPOINT_EVERY) {
        match checkpoint(conn) {
            Ok(frames) => stats.wal_frames.store(frames, std::sync::atomic::Ordering::Relaxed),
            Err(error) => tracing::warn!(%error, "WAL checkpoint failed; the next one will retry"),
        }
    }
}

/// A passive checkpoint; returns the WAL's length in frames.
fn checkpoint(conn: &Connection) -> Result<u64, rusqlite::Error> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(1)).map(|n| n.max(0) as u64)
}

/// The writer: takes every job waiting, commits them in one transaction, then answers each.
///
/// A batch first runs straight through. If any job fails, the transaction is rolled back and
/// the batch runs again with each job in its own savepoint, so one bad job fails alone and the
/// others still commit. Failures are rare, so the common path pays for no savepoints.
fn write_loop(mut conn: Connection, rx: mpsc::Receiver<Job>, stats: &StoreStats) {
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let started = std::time::Instant::now();
        let outcome = run_batch(&mut conn, &batch, false).or_else(|_| run_batch(&mut conn, &batch, true));
        let took = started.elapsed();
        if took > SLOW_COMMIT {
            tracing::warn!(millis = took.as_millis() as u64, batch = batch.len(), "slow commit");
        }
        stats.queue_depth.fetch_sub(batch.len() as u64, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut sizes) = stats.batch_sizes.lock() {
            // Keep the most recent batches only; the metrics endpoint reads and clears them.
            if sizes.len() < 100_000 {
                sizes.push(batch.len() as u32);
            }
        }
        let mut results = match outcome {
            Ok(results) => results.into_iter(),
            Err(error) => {
                let message = error.to_string();
                (0..batch.len()).map(|_| Err(StoreError::Commit(message.clone()))).collect::<Vec<_>>().into_iter()
            }
        };
        for job in batch {
            let result = results.next().unwrap_or(Err(StoreError::WriterGone));
            match job {
                Job::Decision(decision, reply) => {
                    let recorded = result.and_then(|applied| match applied {
                        Applied::Decision(Stored::New) => Ok(Recorded::New(decision.decision_json)),
                        Applied::Decision(Stored::Existing(json)) => Ok(Recorded::Existing(json)),
                        Applied::Decision(Stored::Conflict) => Ok(Recorded::Conflict),
                        Applied::Rows(_) => Err(StoreError::WriterGone),
                    });
                    let _ = reply.send(recorded);
                }
                Job::Write(_, reply) => {
                    reply.send(result.map(|applied| match applied {
                        Applied::Rows(rows) => rows,
                        Applied::Decision(_) => 0,
                    }));
                }
            }
        }
        // Every caller of this batch has its answer; a long WAL is finished here, before the
        // next batch begins, so that batch starts the WAL over.
        if stats.wal_frames.load(std::sync::atomic::Ordering::Relaxed) > WAL_RESTART_FRAMES {
            let started = std::time::Instant::now();
            if let Ok(frames) = checkpoint(&conn) {
                stats.wal_frames.store(frames.min(WAL_RESTART_FRAMES), std::sync::atomic::Ordering::Relaxed);
            }
            if started.elapsed() > SLOW_COMMIT {
                tracing::warn!(millis = started.elapsed().as_millis() as u64, "slow WAL restart checkpoint");
            }
        }
    }
}

/// Runs a batch in one transaction. Straight through (`isolate` false), the first failing
/// job aborts the whole batch; with `isolate`, each job has its own savepoint and the
/// result of each is returned. `Err` means nothing of the batch was committed.
fn run_batch(
    conn: &mut Connection,
    batch: &[Job],
    isolate: bool,
) -> Result<Vec<Result<Applied, StoreError>>, StoreError> {
    let mut tx = conn.transaction()?;
    let mut results = Vec::with_capacity(batch.len());
    for job in batch {
        if isolate {
            let savepoint = tx.savepoint()?;
            let result = apply(&savepoint, job);
            if result.is_ok() {
                savepoint.commit()?;
            }
            results.push(result);
        } else {
            results.push(Ok(apply(&tx, job)?));
        }
    }
    tx.commit()?;
    Ok(results)
}

fn apply(tx: &Connection, job: &Job) -> Result<Applied, StoreError> {
    match job {
        Job::Decision(decision, _) => apply_decision(tx, decision).map(Applied::Decision),
        Job::Write(write, _) => write(tx).map(Applied::Rows),
    }
}

fn apply_decision(tx: &Connection, d: &NewDecision) -> Result<Stored, StoreError> {
    let id = d.decision.decision_id.as_deref().unwrap_or_default();
    let created_at = now();
    let inserted = tx
        .prepare_cached(
            "INSERT INTO decisions (id, tenant, kind, request_id, body_hash, request_json, decision_json, decision, score, ruleset_version, created_at, shadow_json)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT (tenant, kind, request_id) DO NOTHING",
        )?
        .execute(params![
            id,
            d.tenant,
            d.kind.as_str(),
            d.request_id,
            d.body_hash,
            d.request_json,
            d.decision_json,
            d.decision.decision.as_str(),
            d.decision.score,
            d.decision.ruleset_version.as_ref(),
            created_at,
            d.shadow_json
        ])?;
    if inserted == 0 {
        let (hash, json): (String, String) = tx
            .prepare_cached(
                "SELECT body_hash, decision_json FROM decisions WHERE tenant = ?1 AND kind = ?2 AND request_id = ?3",
            )?
            .query_row(params![d.tenant, d.kind.as_str(), d.request_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        return Ok(if hash == d.body_hash { Stored::Existing(json) } else { Stored::Conflict });
    }
    if d.decision.decision != Action::Allow {
        if let Some(case_id) = &d.decision.case_id {
            tx.prepare_cached(
                "INSERT INTO cases (id, decision_id, tenant, status, opened_at) VALUES (?1, ?2, ?3, 'open', ?4)",
            )?
            .execute(params![case_id, id, d.tenant, created_at])?;
        }
    }
    for event in &d.events {
        insert_event(tx, event)?;
    }
    if let Some(at) = &d.history_at {
        insert_history(tx, &d.tenant, d.kind.as_str(), &d.request_json, at, id)?;
    }
    Ok(Stored::New)
}

/// Adds a decision's request to the history.
fn insert_history(
    tx: &Connection,
    tenant: &str,
    kind: &str,
    json: &str,
    at: &str,
    decision_id: &str,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO history_events (tenant, kind, request_json, at, decision_id) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![tenant, kind, json, at, decision_id])?;
    Ok(())
}

/// Inserts the outcome; returns 1 when it also added the history event, else 0. A request is
/// in the history once: not again when it was counted as paid when allowed, or reported
/// executed before.
fn apply_outcome(tx: &Connection, o: &OutcomeWrite) -> Result<usize, StoreError> {
    let already_executed = match &o.history_event {
        Some(_) => tx
            .prepare_cached("SELECT 1 FROM history_events WHERE decision_id = ?1 LIMIT 1")?
            .query_row(params![o.decision_id], |_| Ok(()))
            .optional()?
            .is_some(),
        None => false,
    };
    tx.prepare_cached(
        "INSERT INTO outcomes (decision_id, tenant, outcome, note, by_key, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![o.decision_id, o.tenant, o.outcome, o.note, o.by_key, now()])?;
    for entry in &o.watch {
        insert_watch(tx, entry)?;
    }
    match &o.history_event {
        Some((kind, request_json, event_at)) if !already_executed => {
            insert_history(tx, &o.tenant, kind, request_json, event_at, &o.decision_id)?;
            Ok(1)
        }
        _ => Ok(0),
    }
}

/// A `CaseRecord` from the first nine columns of a row.
fn case_record(r: &rusqlite::Row<'_>) -> rusqlite::Result<CaseRecord> {
    Ok(CaseRecord {
        id: r.get(0)?,
        decision_id: r.get(1)?,
        tenant: r.get(2)?,
        status: r.get(3)?,
        resolution: r.get(4)?,
        assignee: r.get(5)?,
        opened_at: r.get(6)?,
        updated_at: r.get(7)?,
        closed_at: r.get(8)?,
    })
}

/// Applies a case change: 0 if the case is not in the expected status (nothing written), 1 if
/// applied, 2 if applied and its outcome added a history event.
fn apply_case_update(tx: &Connection, u: &CaseUpdate) -> Result<usize, StoreError> {
    let current: Option<(String, Option<String>)> = tx
        .prepare_cached("SELECT status, updated_at FROM cases WHERE id = ?1")?
        .query_row(params![u.case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if current != Some((u.expected_status.clone(), u.expected_updated_at.clone())) {
        return Ok(0);
    }
    let at = now();
    let closing = u.status.as_deref() == Some("closed");
    tx.prepare_cached(
        "UPDATE cases SET status = COALESCE(?2, status), resolution = COALESCE(?3, resolution),
                          assignee = COALESCE(?4, assignee), updated_at = ?5,
                          closed_at = CASE WHEN ?6 THEN ?5 ELSE closed_at END
         WHERE id = ?1",
    )?
    .execute(params![u.case_id, u.status, u.resolution, u.assignee, at, closing])?;
    for (action, detail) in super::case_event_details(u) {
        tx.prepare_cached(
            "INSERT INTO case_events (case_id, tenant, at, by_key, by_name, action, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![u.case_id, u.tenant, at, u.by_key, u.by_name, action, detail.to_string()])?;
    }
    let mut history_added = false;
    if let Some((json, at)) = &u.allowlist {
        tx.prepare_cached(
            "INSERT INTO history_events (tenant, kind, request_json, at) VALUES (?1, 'allowlist', ?2, ?3)",
        )?
        .execute(params![u.tenant, json, at])?;
        history_added = true;
    }
    if let Some(outcome) = &u.outcome {
        history_added |= apply_outcome(tx, outcome)? > 0;
    }
    for event in &u.events {
        insert_event(tx, event)?;
    }
    Ok(1 + usize::from(history_added))
}

/// Adds a watchlist entry; returns its id.
fn insert_watch(tx: &Connection, w: &super::NewWatch) -> Result<String, StoreError> {
    let id = ulid::Ulid::new().to_string();
    tx.prepare_cached(
        "INSERT INTO watchlist (id, kind, value, source, source_ref, source_tenant, note, added_by, added_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![id, w.kind, w.value, w.source, w.source_ref, w.source_tenant, w.note, w.added_by, now(), w.expires_at])?;
    insert_event(tx, &super::watch_added(&id, w))?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::SqliteOptions;

    #[test]
    fn the_url_sets_the_page_cache_and_refuses_what_it_does_not_know() {
        assert_eq!(SqliteOptions::parse("").map(|o| o.cache_mib).ok(), Some(64));
        assert_eq!(SqliteOptions::parse("cache_mib=8").map(|o| o.cache_mib).ok(), Some(8));
        for bad in ["cache_mib=0", "cache_mib=lots", "cache_mib=", "mmap=1", "cache_mib"] {
            let error = SqliteOptions::parse(bad).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(error.contains("cache_mib"), "{bad}: {error}");
        }
    }
}
