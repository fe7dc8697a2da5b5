//! The audit log on SQLite.

use rusqlite::{Connection, params};

use super::SqliteStore;
use crate::store::{AuditEntry, StoreError};

/// Appends an entry in the transaction `tx`.
pub(super) fn insert_audit(tx: &Connection, e: &AuditEntry) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO audit_log (at, actor_key, actor_name, actor_role, actor_tenant, action, target, status, request_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        e.at,
        e.actor_key,
        e.actor_name,
        e.actor_role,
        e.actor_tenant,
        e.action,
        e.target,
        e.status,
        e.request_id
    ])?;
    Ok(())
}

impl SqliteStore {
    /// Appends an entry; returns its position.
    pub async fn append_audit(&self, entry: AuditEntry) -> Result<i64, StoreError> {
        let seq = self
            .write(Box::new(move |tx| {
                insert_audit(tx, &entry)?;
                Ok(usize::try_from(tx.last_insert_rowid()).unwrap_or_default())
            }))
            .await?;
        Ok(seq as i64)
    }

    /// Fills in the status of the entry at `seq`, written before its action without one.
    pub async fn record_audit_outcome(&self, seq: i64, status: i32) -> Result<(), StoreError> {
        self.write(Box::new(move |tx| {
            Ok(tx
                .prepare_cached("UPDATE audit_log SET status = ?2 WHERE seq = ?1 AND status IS NULL")?
                .execute(params![seq, status])?)
        }))
        .await?;
        Ok(())
    }

    /// Entries after `after`, oldest first, at most `limit`.
    pub fn audit_log(&self, after: i64, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(
                "SELECT seq, at, actor_key, actor_name, actor_role, actor_tenant, action, target, status, request_id
                 FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )?;
            let rows = statement
                .query_map(params![after, limit], |r| {
                    Ok(AuditEntry {
                        seq: r.get(0)?,
                        at: r.get(1)?,
                        actor_key: r.get(2)?,
                        actor_name: r.get(3)?,
                        actor_role: r.get(4)?,
                        actor_tenant: r.get(5)?,
                        action: r.get(6)?,
                        target: r.get(7)?,
                        status: r.get(8)?,
                        request_id: r.get(9)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
    }
}
