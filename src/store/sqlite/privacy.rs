//! One counterparty's data on SQLite.

use rusqlite::{Connection, params};

use super::SqliteStore;
use crate::store::privacy::{DecisionAbout, Erased, Subject, SubjectData, erased_tenants};
use crate::store::{HistoryRow, StoreError, now};

/// What `conn` holds about `subject` for `tenants`. The database narrows the rows down with
/// `LIKE`; [`Subject::is_named_by`] decides.
fn subject_rows(conn: &Connection, subject: &Subject, tenants: Option<&[String]>) -> Result<SubjectData, StoreError> {
    let wanted = |tenant: &String, named: Option<String>| {
        tenants.is_none_or(|t| t.contains(tenant)) && named.is_some_and(|n| subject.is_named_by(&n))
    };
    let pattern = subject.like_pattern();
    let (kind, named) = subject.sqlite_decisions();
    let mut decisions = Vec::new();
    let mut statement = conn.prepare(&format!(
        "SELECT id, tenant, created_at, request_json, decision_json, {named} FROM decisions
         WHERE kind = ?1 AND {named} LIKE ?2 ORDER BY created_at"
    ))?;
    let mut rows = statement.query(params![kind, pattern])?;
    while let Some(r) = rows.next()? {
        if wanted(&r.get(1)?, r.get(5)?) {
            decisions.push(DecisionAbout {
                id: r.get(0)?,
                tenant: r.get(1)?,
                created_at: r.get(2)?,
                request_json: r.get(3)?,
                decision_json: r.get(4)?,
            });
        }
    }
    let named = subject.sqlite_history();
    let mut history = Vec::new();
    let mut statement = conn.prepare(&format!(
        "SELECT seq, tenant, kind, request_json, {named} FROM history_events WHERE {named} LIKE ?1 ORDER BY seq"
    ))?;
    let mut rows = statement.query(params![pattern])?;
    while let Some(r) = rows.next()? {
        if wanted(&r.get(1)?, r.get(4)?) {
            history.push(HistoryRow { seq: r.get(0)?, tenant: r.get(1)?, kind: r.get(2)?, json: r.get(3)? });
        }
    }
    Ok(SubjectData { decisions, history })
}

impl SqliteStore {
    /// What is stored about `subject` for `tenants`.
    pub fn subject_data(&self, subject: &Subject, tenants: Option<&[String]>) -> Result<SubjectData, StoreError> {
        self.read(|conn| subject_rows(conn, subject, tenants))
    }

    /// Erases what is stored about `subject` for `tenants`, in one transaction: decisions'
    /// requests cut down as after the retention period, history events deleted.
    pub async fn erase_subject(&self, subject: &Subject, tenants: Option<&[String]>) -> Result<Erased, StoreError> {
        let (subject, tenants, at) = (subject.clone(), tenants.map(<[String]>::to_vec), now());
        let counts = std::sync::Arc::new(std::sync::Mutex::new(Erased::default()));
        let out = std::sync::Arc::clone(&counts);
        self.write(Box::new(move |tx| {
            // Read inside the transaction, so nothing written meanwhile escapes it.
            let data = subject_rows(tx, &subject, tenants.as_deref())?;
            for d in &data.decisions {
                super::retention::purge_decision(tx, &d.id, &d.request_json, &d.decision_json, &at)?;
            }
            let mut delete = tx.prepare_cached("DELETE FROM history_events WHERE seq = ?1")?;
            for h in &data.history {
                delete.execute(params![h.seq])?;
            }
            // Another process on the same file holds the histories in memory too: each
            // company whose history lost events is recorded, so that it rebuilds it.
            let mut record = tx.prepare_cached("INSERT INTO erasures (tenant, at) VALUES (?1, ?2)")?;
            for tenant in erased_tenants(&data) {
                record.execute(params![tenant, at])?;
            }
            if let Ok(mut counts) = out.lock() {
                *counts = Erased { decisions_purged: data.decisions.len(), history_events_deleted: data.history.len() };
            }
            Ok(data.decisions.len() + data.history.len())
        }))
        .await?;
        Ok(counts.lock().map(|c| *c).unwrap_or_default())
    }

    /// Erasures recorded after `after`: (sequence number, company), oldest first.
    pub fn erasures_after(&self, after: i64) -> Result<Vec<(i64, String)>, StoreError> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached("SELECT seq, tenant FROM erasures WHERE seq > ?1 ORDER BY seq")?;
            let rows = statement.query_map(params![after], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }
}
