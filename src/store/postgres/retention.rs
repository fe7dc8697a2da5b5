//! Retention on PostgreSQL.

use sqlx::Row;
use sqlx::postgres::PgConnection;

use super::PgStore;
use crate::retention::{reduce_decision, reduce_request};
use crate::store::{StoreError, now};

/// Cuts one decision down to what the aggregates need (retention, or an erasure on request);
/// the first purge's time is kept.
pub(super) async fn purge_decision(
    tx: &mut PgConnection,
    id: &str,
    request: &str,
    decision: &str,
    at: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE decisions SET request_json = $2, decision_json = $3, purged_at = COALESCE(purged_at, $4) WHERE id = $1",
    )
    .bind(id)
    .bind(reduce_request(request, at))
    .bind(reduce_decision(decision))
    .bind(at)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

impl PgStore {
    /// Cuts down at most `limit` decisions stored before `cutoff` and not yet purged; how many.
    /// Instances purging at once take different rows (`SKIP LOCKED`).
    pub async fn purge_before(&self, cutoff: &str, limit: i64) -> Result<usize, StoreError> {
        let at = now();
        let mut tx = self.pool.begin().await?;
        let rows = sqlx::query(
            "SELECT id, request_json, decision_json FROM decisions
             WHERE purged_at IS NULL AND created_at < $1 ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED",
        )
        .bind(cutoff)
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?;
        for row in &rows {
            let (id, request, decision): (String, String, String) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
            purge_decision(&mut tx, &id, &request, &decision, &at).await?;
        }
        tx.commit().await?;
        Ok(rows.len())
    }
}
