//! SQLite store: one writer thread with group commit, one reader connection.

use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};
use tokio::sync::oneshot;

use super::{KeyInfo, NewDecision, Principal, Recorded, Role, StoreError, StoreStats};
use crate::domain::{Action, Decision};

/// Migrations, applied in order; each runs once.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../../migrations/sqlite/0001_init.sql")),
    (2, include_str!("../../migrations/sqlite/0002_tenant_settings.sql")),
    (3, include_str!("../../migrations/sqlite/0003_rulesets.sql")),
];

/// The most writes committed in one transaction.
const MAX_BATCH: usize = 512;

enum Job {
    Decision(NewDecision, oneshot::Sender<Result<Recorded, StoreError>>),
    Outcome(OutcomeWrite, oneshot::Sender<Result<(), StoreError>>),
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
}

/// The SQLite store. Cloning is cheap and shares the writer and the reader.
#[derive(Clone)]
pub struct SqliteStore {
    writer: mpsc::Sender<Job>,
    reader: Arc<Mutex<Connection>>,
    /// Queue depth and batch sizes, for metrics.
    pub stats: Arc<StoreStats>,
}

fn open_connection(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path)?;
    // WAL lets readers run beside the writer; FULL makes a commit durable before we answer.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

fn now() -> String {
    stamp(jiff::Timestamp::now())
}

/// A timestamp as stored: UTC with six fractional digits, so that text order is time order.
pub fn stamp(at: jiff::Timestamp) -> String {
    format!("{}.{:06}Z", at.strftime("%Y-%m-%dT%H:%M:%S"), at.subsec_microsecond())
}

/// sha256 hex of an API key secret: only the hash is stored.
pub fn hash_secret(secret: &str) -> String {
    Sha256::digest(secret.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Equality that takes the same time wherever the inputs differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl SqliteStore {
    /// Opens (creating if needed) the database, applies migrations and starts the writer.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| StoreError::Migration(format!("cannot create {}: {e}", parent.display())))?;
        }
        let mut writer_conn = open_connection(path)?;
        migrate(&mut writer_conn)?;
        let reader = open_connection(path)?;
        let (tx, rx) = mpsc::channel::<Job>();
        let stats = Arc::new(StoreStats::default());
        let writer_stats = Arc::clone(&stats);
        std::thread::Builder::new()
            .name("store-writer".into())
            .spawn(move || write_loop(writer_conn, rx, &writer_stats))
            .map_err(|e| StoreError::Migration(format!("cannot start the writer: {e}")))?;
        Ok(SqliteStore { writer: tx, reader: Arc::new(Mutex::new(reader)), stats })
    }

    /// Records a decision (and its case) durably, or finds the one stored for the same id.
    pub async fn record_decision(&self, decision: NewDecision) -> Result<Recorded, StoreError> {
        let (tx, rx) = oneshot::channel();
        self.stats.queue_depth.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.writer.send(Job::Decision(decision, tx)).map_err(|_| StoreError::WriterGone)?;
        rx.await.map_err(|_| StoreError::WriterGone)?
    }

    /// Records an outcome durably.
    pub async fn record_outcome(&self, outcome: OutcomeWrite) -> Result<(), StoreError> {
        let (tx, rx) = oneshot::channel();
        self.stats.queue_depth.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.writer.send(Job::Outcome(outcome, tx)).map_err(|_| StoreError::WriterGone)?;
        rx.await.map_err(|_| StoreError::WriterGone)?
    }

    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let conn = self.reader.lock().map_err(|_| StoreError::WriterGone)?;
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
        let mut sql = String::from("SELECT rowid, decision_json FROM decisions WHERE rowid > CAST(?1 AS INTEGER)");
        let after: i64 = filter.after.as_deref().and_then(|c| c.parse().ok()).unwrap_or(0);
        let mut args: Vec<String> = vec![after.to_string()];
        if let Some(tenants) = &filter.tenants {
            if tenants.is_empty() {
                return Ok(Vec::new());
            }
            let marks: Vec<String> = tenants
                .iter()
                .map(|t| {
                    args.push(t.clone());
                    format!("?{}", args.len())
                })
                .collect();
            sql.push_str(&format!(" AND tenant IN ({})", marks.join(", ")));
        }
        if let Some(from) = &filter.from {
            args.push(from.clone());
            sql.push_str(&format!(" AND created_at >= ?{}", args.len()));
        }
        if let Some(to) = &filter.to {
            args.push(to.clone());
            sql.push_str(&format!(" AND created_at < ?{}", args.len()));
        }
        if let Some(decision) = &filter.decision {
            args.push(decision.clone());
            sql.push_str(&format!(" AND decision = ?{}", args.len()));
        }
        if let Some(scam_type) = &filter.scam_type {
            args.push(scam_type.clone());
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM json_each(decision_json, '$.hits') WHERE json_extract(value, '$.scam_type') = ?{})",
                args.len()
            ));
        }
        sql.push_str(&format!(" ORDER BY rowid LIMIT {}", filter.limit));
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

    /// Archives an activated ruleset.
    pub fn archive_ruleset(&self, version: &str, files_json: &str, by: &str) -> Result<(), StoreError> {
        self.read(|conn| {
            conn.execute(
                "INSERT INTO rulesets (version, files, activated_by, activated_at) VALUES (?1, ?2, ?3, ?4)",
                params![version, files_json, by, now()],
            )?;
            Ok(())
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
    pub fn append_history(&self, tenant: &str, kind: &str, events: Vec<(&str, String)>) -> Result<(), StoreError> {
        let mut conn = self.reader.lock().map_err(|_| StoreError::WriterGone)?;
        let tx = conn.transaction()?;
        for (json, at) in events {
            tx.execute(
                "INSERT INTO history_events (tenant, kind, request_json, at) VALUES (?1, ?2, ?3, ?4)",
                params![tenant, kind, json, at],
            )?;
        }
        tx.commit()?;
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
    pub fn put_tenant_settings(&self, tenant: &str, settings: &str, by_key: &str) -> Result<(), StoreError> {
        self.read(|conn| {
            conn.execute(
                "INSERT INTO tenant_settings (tenant, settings, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (tenant) DO UPDATE SET settings = excluded.settings, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                params![tenant, settings, by_key, now()],
            )?;
            Ok(())
        })
    }

    /// Every history event, oldest first: (tenant, kind, request JSON).
    pub fn history_events(&self) -> Result<Vec<(String, String, String)>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare("SELECT tenant, kind, request_json FROM history_events ORDER BY seq")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// The caller behind an API key secret, if the key exists and is not revoked.
    pub fn principal(&self, secret: &str) -> Result<Option<Principal>, StoreError> {
        let hash = hash_secret(secret);
        self.read(|conn| {
            let row: Option<(String, String, String, String, Option<String>, String)> = conn
                .query_row(
                    "SELECT id, tenant, role, name, jurisdiction, key_hash FROM api_keys WHERE key_hash = ?1 AND revoked_at IS NULL",
                    params![hash],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
                )
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
        let mut bytes = [0u8; 24];
        getrandom::fill(&mut bytes).map_err(|e| StoreError::Migration(format!("no randomness: {e}")))?;
        let secret = format!("fs_{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>());
        let id = ulid::Ulid::new().to_string();
        let created_at = now();
        let jurisdiction_text = jurisdiction.map(|j| j.join(","));
        self.read(|conn| {
            conn.execute(
                "INSERT INTO api_keys (id, tenant, role, name, jurisdiction, key_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![id, tenant, role.as_str(), name, jurisdiction_text, hash_secret(&secret), created_at],
            )?;
            Ok(())
        })?;
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
        self.read(|conn| {
            let changed = conn.execute(
                "UPDATE api_keys SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL",
                params![now(), id],
            )?;
            Ok(changed == 1)
        })
    }
}

fn parse_jurisdiction(text: Option<String>) -> Option<Vec<String>> {
    text.map(|t| t.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect())
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
    )?;
    for (version, sql) in MIGRATIONS {
        let done: Option<i64> = conn
            .query_row("SELECT version FROM schema_migrations WHERE version = ?1", params![version], |r| r.get(0))
            .optional()?;
        if done.is_some() {
            continue;
        }
        let tx = conn.transaction()?;
        tx.execute_batch(sql).map_err(|e| StoreError::Migration(format!("version {version}: {e}")))?;
        tx.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)", params![version, now()])?;
        tx.commit()?;
    }
    Ok(())
}

/// The writer: takes every job waiting, commits them in one transaction, then answers each.
fn write_loop(mut conn: Connection, rx: mpsc::Receiver<Job>, stats: &StoreStats) {
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let mut results: Vec<Result<Option<Recorded>, StoreError>> = Vec::with_capacity(batch.len());
        let committed = (|| -> Result<(), rusqlite::Error> {
            let mut tx = conn.transaction()?;
            for job in &batch {
                // Each job in its own savepoint, so one failure does not undo the others.
                let sp = tx.savepoint()?;
                let result = match job {
                    Job::Decision(d, _) => apply_decision(&sp, d).map(Some),
                    Job::Outcome(o, _) => apply_outcome(&sp, o).map(|()| None),
                };
                if result.is_ok() {
                    sp.commit()?;
                }
                results.push(result);
            }
            tx.commit()
        })();
        stats.queue_depth.fetch_sub(batch.len() as u64, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut sizes) = stats.batch_sizes.lock() {
            // Keep the most recent batches only; the metrics endpoint reads and clears them.
            if sizes.len() < 100_000 {
                sizes.push(batch.len() as u32);
            }
        }
        for (job, result) in batch.into_iter().zip(results) {
            let result = match &committed {
                Ok(()) => result,
                Err(e) => Err(StoreError::Commit(e.to_string())),
            };
            match job {
                Job::Decision(_, reply) => {
                    let _ = reply.send(result.and_then(|r| r.ok_or(StoreError::WriterGone)));
                }
                Job::Outcome(_, reply) => {
                    let _ = reply.send(result.map(|_| ()));
                }
            }
        }
    }
}

fn apply_decision(tx: &Connection, d: &NewDecision) -> Result<Recorded, StoreError> {
    let decision_json = serde_json::to_string(&d.decision).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let id = d.decision.decision_id.clone().unwrap_or_default();
    let created_at = now();
    let inserted = tx.execute(
        "INSERT INTO decisions (id, tenant, kind, request_id, body_hash, request_json, decision_json, decision, score, ruleset_version, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (tenant, kind, request_id) DO NOTHING",
        params![
            id,
            d.tenant,
            d.kind.as_str(),
            d.request_id,
            d.body_hash,
            d.request_json,
            decision_json,
            d.decision.decision.as_str(),
            d.decision.score,
            d.decision.ruleset_version.as_ref(),
            created_at
        ],
    )?;
    if inserted == 0 {
        let (hash, json): (String, String) = tx.query_row(
            "SELECT body_hash, decision_json FROM decisions WHERE tenant = ?1 AND kind = ?2 AND request_id = ?3",
            params![d.tenant, d.kind.as_str(), d.request_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if hash != d.body_hash {
            return Ok(Recorded::Conflict);
        }
        let stored: Decision = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        return Ok(Recorded::Existing(stored));
    }
    if d.decision.decision != Action::Allow {
        if let Some(case_id) = &d.decision.case_id {
            tx.execute(
                "INSERT INTO cases (id, decision_id, tenant, status, opened_at) VALUES (?1, ?2, ?3, 'open', ?4)",
                params![case_id, id, d.tenant, created_at],
            )?;
        }
    }
    Ok(Recorded::New(d.decision.clone()))
}

fn apply_outcome(tx: &Connection, o: &OutcomeWrite) -> Result<(), StoreError> {
    let at = now();
    tx.execute(
        "INSERT INTO outcomes (decision_id, tenant, outcome, note, by_key, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![o.decision_id, o.tenant, o.outcome, o.note, o.by_key, at],
    )?;
    if let Some((kind, request_json, event_at)) = &o.history_event {
        tx.execute(
            "INSERT INTO history_events (tenant, kind, request_json, at) VALUES (?1, ?2, ?3, ?4)",
            params![o.tenant, kind, request_json, event_at],
        )?;
    }
    Ok(())
}
