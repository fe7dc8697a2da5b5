//! Retention on PostgreSQL.

use sqlx::Row;
use sqlx::postgres::PgConnection;

use super::PgStore;
use crate::domain::Kind;
use crate::retention::{reduce_decision, reduce_history_request, reduce_request};
use crate::store::{StoreError, now};

/// Cuts one decision down to what the aggregates need (retention, or an erasure on request),
/// and the history event it fed to what the history reads; the first purge's time is kept.
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
    let events = sqlx::query(
        "SELECT seq, kind, request_json FROM history_events WHERE decision_id = $1 AND kind IN ('payment', 'order')",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    for event in &events {
        let (seq, kind, json): (i64, String, String) = (event.try_get(0)?, event.try_get(1)?, event.try_get(2)?);
        let kind = if kind == "order" { Kind::Order } else { Kind::Payment };
        if let Some(kept) = reduce_history_request(kind, &json) {
            sqlx::query("UPDATE history_events SET request_json = $2 WHERE seq = $1")
                .bind(seq)
                .bind(kept)
                .execute(&mut *tx)
                .await?;
        }
    }
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
