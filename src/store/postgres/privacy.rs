//! One counterparty's data on PostgreSQL.

use sqlx::Row;
use sqlx::postgres::PgConnection;

use super::{PgStore, lock_log};
use crate::store::privacy::{DecisionAbout, Erased, Subject, SubjectData, erased_tenants};
use crate::store::{HistoryRow, StoreError, now};

/// What `conn` holds about `subject` for `tenants`. The database narrows the rows down with
/// `ILIKE`; [`Subject::is_named_by`] decides.
async fn subject_rows(
    conn: &mut PgConnection,
    subject: &Subject,
    tenants: Option<&[String]>,
) -> Result<SubjectData, StoreError> {
    let pattern = subject.like_pattern();
    let named_by = |value: Option<String>| value.is_some_and(|v| subject.is_named_by(&v));
    let (kind, named) = subject.pg_decisions();
    let rows = sqlx::query(&format!(
        "SELECT id, tenant, created_at, request_json, decision_json, {named} FROM decisions
         WHERE kind = $1 AND {named} ILIKE $2 AND ($3::text[] IS NULL OR tenant = ANY($3))
         ORDER BY created_at"
    ))
    .bind(kind)
    .bind(&pattern)
    .bind(tenants)
    .fetch_all(&mut *conn)
    .await?;
    let mut decisions = Vec::new();
    for r in &rows {
        if named_by(r.try_get(5)?) {
            decisions.push(DecisionAbout {
                id: r.try_get(0)?,
                tenant: r.try_get(1)?,
                created_at: r.try_get(2)?,
                request_json: r.try_get(3)?,
                decision_json: r.try_get(4)?,
            });
        }
    }
    let named = subject.pg_history();
    let rows = sqlx::query(&format!(
        "SELECT seq, tenant, kind, request_json, {named} FROM history_events
         WHERE {named} ILIKE $1 AND ($2::text[] IS NULL OR tenant = ANY($2)) ORDER BY seq"
    ))
    .bind(&pattern)
    .bind(tenants)
    .fetch_all(&mut *conn)
    .await?;
    let mut history = Vec::new();
    for r in &rows {
        if named_by(r.try_get(4)?) {
            history.push(HistoryRow {
                seq: r.try_get(0)?,
                tenant: r.try_get(1)?,
                kind: r.try_get(2)?,
                json: r.try_get(3)?,
            });
        }
    }
    Ok(SubjectData { decisions, history })
}

impl PgStore {
    /// What is stored about `subject` for `tenants`.
    pub async fn subject_data(&self, subject: &Subject, tenants: Option<&[String]>) -> Result<SubjectData, StoreError> {
        subject_rows(&mut *self.pool.acquire().await?, subject, tenants).await
    }

    /// Erases what is stored about `subject` for `tenants`, in one transaction.
    pub async fn erase_subject(&self, subject: &Subject, tenants: Option<&[String]>) -> Result<Erased, StoreError> {
        let at = now();
        let mut tx = self.pool.begin().await?;
        // Under the log lock, which every writer of decisions and history events takes: none
        // can commit between the read and the deletes and escape the erasure.
        lock_log(&mut tx).await?;
        let data = subject_rows(&mut tx, subject, tenants).await?;
        for d in &data.decisions {
            super::retention::purge_decision(&mut tx, &d.id, &d.request_json, &d.decision_json, &at).await?;
        }
        let seqs: Vec<i64> = data.history.iter().map(|h| h.seq).collect();
        sqlx::query("DELETE FROM history_events WHERE seq = ANY($1)").bind(&seqs).execute(&mut *tx).await?;
        // Every instance holds the histories in memory: each company whose history lost events
        // is recorded, and the others are told, so that they rebuild it too.
        let tenants = erased_tenants(&data);
        if !tenants.is_empty() {
            sqlx::query("INSERT INTO erasures (tenant, at) SELECT t, $2 FROM UNNEST($1::text[]) AS e(t)")
                .bind(&tenants)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            super::notify(&mut tx, super::HISTORY_CHANNEL, "erasure").await?;
        }
        tx.commit().await?;
        Ok(Erased { decisions_purged: data.decisions.len(), history_events_deleted: data.history.len() })
    }

    /// Erasures recorded after `after`: (sequence number, company), oldest first.
    pub async fn erasures_after(&self, after: i64) -> Result<Vec<(i64, String)>, StoreError> {
        let rows = sqlx::query("SELECT seq, tenant FROM erasures WHERE seq > $1 ORDER BY seq")
            .bind(after)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }
}
