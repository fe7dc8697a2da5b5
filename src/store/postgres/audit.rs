//! The audit log on PostgreSQL.

use sqlx::Row;
use sqlx::postgres::PgConnection;

use super::PgStore;
use crate::store::{AuditEntry, StoreError};

/// Appends an entry in the transaction `tx`; returns its position.
pub(super) async fn insert_audit(tx: &mut PgConnection, e: &AuditEntry) -> Result<i64, StoreError> {
    let seq: i64 = sqlx::query_scalar(
        "INSERT INTO audit_log (at, actor_key, actor_name, actor_role, actor_tenant, action, target, status, request_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING seq",
    )
    .bind(&e.at)
    .bind(&e.actor_key)
    .bind(&e.actor_name)
    .bind(&e.actor_role)
    .bind(&e.actor_tenant)
    .bind(&e.action)
    .bind(&e.target)
    .bind(e.status)
    .bind(&e.request_id)
    .fetch_one(&mut *tx)
    .await?;
    Ok(seq)
}

impl PgStore {
    /// Appends an entry; returns its position.
    pub async fn append_audit(&self, entry: AuditEntry) -> Result<i64, StoreError> {
        let mut connection = self.pool.acquire().await?;
        insert_audit(&mut connection, &entry).await
    }

    /// Fills in the status of the entry at `seq`, written before its action without one.
    pub async fn record_audit_outcome(&self, seq: i64, status: i32) -> Result<(), StoreError> {
        sqlx::query("UPDATE audit_log SET status = $2 WHERE seq = $1 AND status IS NULL")
            .bind(seq)
            .bind(status)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Entries after `after`, oldest first, at most `limit`.
    pub async fn audit_log(&self, after: i64, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, at, actor_key, actor_name, actor_role, actor_tenant, action, target, status, request_id
             FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    seq: r.try_get(0)?,
                    at: r.try_get(1)?,
                    actor_key: r.try_get(2)?,
                    actor_name: r.try_get(3)?,
                    actor_role: r.try_get(4)?,
                    actor_tenant: r.try_get(5)?,
                    action: r.try_get(6)?,
                    target: r.try_get(7)?,
                    status: r.try_get(8)?,
                    request_id: r.try_get(9)?,
                })
            })
            .collect()
    }
}
