//! Retention on SQLite.

use rusqlite::{Connection, params};

use super::SqliteStore;
use crate::domain::Kind;
use crate::retention::{reduce_decision, reduce_history_request, reduce_request};
use crate::store::{StoreError, now};

/// Cuts one decision down to what the aggregates need (retention, or an erasure on request),
/// and the history event it fed to what the history reads; the first purge's time is kept.
pub(super) fn purge_decision(
    tx: &Connection,
    id: &str,
    request: &str,
    decision: &str,
    at: &str,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "UPDATE decisions SET request_json = ?2, decision_json = ?3, purged_at = COALESCE(purged_at, ?4) WHERE id = ?1",
    )?
    .execute(params![id, reduce_request(request, at), reduce_decision(decision), at])?;
    let events: Vec<(i64, String, String)> = tx
        .prepare_cached(
            "SELECT seq, kind, request_json FROM history_events WHERE decision_id = ?1 AND kind IN ('payment', 'order')",
        )?
        .query_map(params![id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (seq, kind, json) in events {
        let kind = if kind == "order" { Kind::Order } else { Kind::Payment };
        if let Some(kept) = reduce_history_request(kind, &json) {
            tx.prepare_cached("UPDATE history_events SET request_json = ?2 WHERE seq = ?1")?
                .execute(params![seq, kept])?;
        }
    }
    Ok(())
}

impl SqliteStore {
    /// Cuts down at most `limit` decisions stored before `cutoff` and not yet purged; how many.
    pub async fn purge_before(&self, cutoff: &str, limit: i64) -> Result<usize, StoreError> {
        let (cutoff, at) = (cutoff.to_owned(), now());
        self.write(Box::new(move |tx| {
            let rows: Vec<(String, String, String)> = tx
                .prepare_cached(
                    "SELECT id, request_json, decision_json FROM decisions
                     WHERE purged_at IS NULL AND created_at < ?1 ORDER BY created_at LIMIT ?2",
                )?
                .query_map(params![cutoff, limit], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            for (id, request, decision) in &rows {
                purge_decision(tx, id, request, decision, &at)?;
            }
            Ok(rows.len())
        }))
        .await
    }
}
