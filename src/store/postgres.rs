//! PostgreSQL store, for several instances on one database.
//!
//! Decisions go through one writer task per instance that commits every decision waiting in
//! one transaction with a handful of statements (`UNNEST` arrays), whatever the batch size.
//! Other writes are rare and run in their own transactions. Every transaction that adds
//! decisions or history events holds one advisory lock, so sequence numbers are committed in
//! order: readers page by them, and instances follow each other's history by them without
//! gaps. Changes other instances must hear of are announced with `NOTIFY`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgConnection, PgListener, PgPool, PgPoolOptions};
use sqlx::{Connection, Row};
use tokio::sync::{mpsc, oneshot};

mod audit;
mod privacy;
mod retention;
mod sessions;
mod webhooks;

use self::webhooks::insert_events;
use super::filter::Dialect;
use super::{
    CaseEvent, CaseFilter, CaseRecord, CaseSummary, CaseUpdate, CaseUpdated, DecisionFilter, HistoryRow, KeyInfo,
    NewDecision, OutcomeWrite, Principal, Recorded, ReportCase, ReportDecision, Role, RuleStat, RulesetSource,
    StatsFilter, StoreError, StoreStats, constant_time_eq, new_secret, now, parse_jurisdiction,
};
use crate::domain::{Action, Decision};

/// Migrations, applied in order; each runs once.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../../migrations/postgres/0001_init.sql")),
    (2, include_str!("../../migrations/postgres/0002_ruleset_source.sql")),
    (3, include_str!("../../migrations/postgres/0003_case_workflow.sql")),
    (4, include_str!("../../migrations/postgres/0004_shadow.sql")),
    (5, include_str!("../../migrations/postgres/0005_history_decision.sql")),
    (6, include_str!("../../migrations/postgres/0006_watchlist.sql")),
    (7, include_str!("../../migrations/postgres/0007_outreach.sql")),
    (8, include_str!("../../migrations/postgres/0008_incidents.sql")),
    (9, include_str!("../../migrations/postgres/0009_webhooks.sql")),
    (10, include_str!("../../migrations/postgres/0010_audit.sql")),
    (11, include_str!("../../migrations/postgres/0011_retention.sql")),
    (12, include_str!("../../migrations/postgres/0012_erasures.sql")),
    (13, include_str!("../../migrations/postgres/0013_webhook_creator_key.sql")),
    (14, include_str!("../../migrations/postgres/0014_ui_sessions.sql")),
    (15, include_str!("../../migrations/postgres/0015_audit_outcome.sql")),
];

/// The most decisions committed in one transaction.
const MAX_BATCH: usize = 512;

/// Advisory lock held by every transaction that appends to the decision log or the history.
const LOG_LOCK: i64 = 0x6672_6175_6431;
/// Advisory lock held while migrating, so instances starting together migrate once.
const MIGRATION_LOCK: i64 = 0x6672_6175_6432;

/// How long a request waits for a connection, or for a new one, before the store is reported
/// unavailable (and the caller told to retry).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

/// The longest a batch may take before its callers are told the store is unavailable (a
/// database that hangs rather than refuses). Should the commit land after all, a retry with
/// the same request id returns the stored decision.
const BATCH_TIMEOUT: Duration = Duration::from_secs(10);

/// Server-side limits on every connection, so that a stuck statement, a lock never released
/// by a vanished client, or an abandoned transaction cannot hold everyone up indefinitely.
fn connect_options(url: &str) -> Result<PgConnectOptions, StoreError> {
    let options: PgConnectOptions = url
        .parse()
        .map_err(|e| StoreError::Config(format!("invalid database URL `{}`: {e}", crate::config::redact(url))))?;
    Ok(options.options([
        ("statement_timeout", "30s"),
        ("lock_timeout", "10s"),
        ("idle_in_transaction_session_timeout", "30s"),
    ]))
}

/// Channels other instances listen on.
pub const HISTORY_CHANNEL: &str = "fraudscreen_history";
/// A ruleset was activated; the payload is its version.
pub const RULES_CHANNEL: &str = "fraudscreen_rules";
/// A tenant's settings changed; the payload is the tenant.
pub const SETTINGS_CHANNEL: &str = "fraudscreen_settings";
/// The watchlist changed.
pub const WATCHLIST_CHANNEL: &str = "fraudscreen_watchlist";

/// What another instance announced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// New history events were committed.
    History,
    /// A ruleset was activated.
    Rules,
    /// A tenant's settings changed.
    Settings,
    /// The watchlist changed.
    Watchlist,
    /// The listening connection was lost and restored: anything may have changed.
    Reconnected,
}

struct DecisionJob {
    decision: NewDecision,
    reply: oneshot::Sender<Result<Recorded, StoreError>>,
}

/// The PostgreSQL store. Cloning is cheap.
#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
    writer: mpsc::UnboundedSender<DecisionJob>,
    /// Queue depth and batch sizes, for metrics.
    pub stats: Arc<StoreStats>,
}

fn unavailable(error: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(error.to_string())
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> StoreError {
        match error {
            sqlx::Error::Database(db) => StoreError::Commit(db.to_string()),
            sqlx::Error::RowNotFound | sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => {
                StoreError::Corrupt(error.to_string())
            }
            // Connections, timeouts, a closed pool: the database is out of reach.
            other => unavailable(other),
        }
    }
}

impl PgStore {
    /// Connects, applies migrations when `migrate` is set (else refuses an unmigrated
    /// database), and starts the writer.
    pub async fn open(url: &str, migrate: bool) -> Result<PgStore, StoreError> {
        let options = connect_options(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(CONNECT_TIMEOUT)
            .connect_with(options.clone())
            .await
            .map_err(|e| unavailable(format!("cannot connect to {}: {e}", crate::config::redact(url))))?;
        if migrate {
            apply_migrations(&pool).await?;
        } else {
            require_migrated(&pool).await?;
        }
        let stats = Arc::new(StoreStats::default());
        let (writer, jobs) = mpsc::unbounded_channel();
        tokio::spawn(write_loop(options, jobs, Arc::clone(&stats)));
        Ok(PgStore { pool, writer, stats })
    }

    /// Announcements from every instance (this one included), for as long as the receiver
    /// is kept. A lost connection is re-established and reported as `Notice::Reconnected`.
    pub async fn subscribe(&self) -> Result<mpsc::UnboundedReceiver<Notice>, StoreError> {
        let mut listener = PgListener::connect_with(&self.pool).await?;
        listener.listen_all([HISTORY_CHANNEL, RULES_CHANNEL, SETTINGS_CHANNEL, WATCHLIST_CHANNEL]).await?;
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            loop {
                let notice = match listener.try_recv().await {
                    Ok(Some(n)) if n.channel() == HISTORY_CHANNEL => Notice::History,
                    Ok(Some(n)) if n.channel() == RULES_CHANNEL => Notice::Rules,
                    Ok(Some(n)) if n.channel() == WATCHLIST_CHANNEL => Notice::Watchlist,
                    Ok(Some(_)) => Notice::Settings,
                    // The connection dropped; the next call reconnects and listens again.
                    Ok(None) => Notice::Reconnected,
                    Err(error) => {
                        tracing::warn!(%error, "lost the PostgreSQL notification connection; retrying");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        continue;
                    }
                };
                if tx.send(notice).is_err() {
                    return;
                }
            }
        });
        Ok(rx)
    }

    /// Records a decision through the writer.
    pub async fn record_decision(&self, decision: NewDecision) -> Result<Recorded, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.stats.queue_depth.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if self.writer.send(DecisionJob { decision, reply }).is_err() {
            self.stats.queue_depth.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
            return Err(StoreError::WriterGone);
        }
        answer.await.map_err(|_| StoreError::WriterGone)?
    }

    /// Records an outcome; returns whether it added the history event (only the first
    /// `executed` outcome of a decision does).
    pub async fn record_outcome(&self, o: OutcomeWrite) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        // Watchlist entries write events: the log lock comes first, as in every writer.
        if o.history_event.is_some() || !o.watch.is_empty() {
            lock_log(&mut tx).await?;
        }
        let added = insert_outcome(&mut tx, &o).await?;
        tx.commit().await?;
        Ok(added)
    }

    /// A stored decision with its tenant and request JSON.
    pub async fn decision(&self, id: &str) -> Result<Option<(String, Decision, String)>, StoreError> {
        let row = sqlx::query("SELECT tenant, decision_json, request_json FROM decisions WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            let json: String = r.try_get(1)?;
            let decision: Decision = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            Ok((r.try_get(0)?, decision, r.try_get(2)?))
        })
        .transpose()
    }

    /// Decisions matching `filter` in commit order after the cursor, each with its cursor.
    pub async fn list_decisions(&self, filter: &DecisionFilter) -> Result<Vec<(String, Decision)>, StoreError> {
        let after: i64 = filter.after.as_deref().and_then(|c| c.parse().ok()).unwrap_or(0);
        let conditions = super::filter::decisions(Dialect::Postgres, 1, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT seq, decision_json FROM decisions WHERE seq > $1{} ORDER BY seq LIMIT {}",
            conditions.sql, filter.limit
        );
        let args = conditions.args;
        let mut query = sqlx::query(&sql).bind(after);
        for arg in &args {
            query = query.bind(arg);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|r| {
                let seq: i64 = r.try_get(0)?;
                let json: String = r.try_get(1)?;
                let decision: Decision = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                Ok((seq.to_string(), decision))
            })
            .collect()
    }

    /// The case whose `column` (`id` or `decision_id`) is `value`.
    pub async fn case_where(&self, column: &str, value: &str) -> Result<Option<CaseRecord>, StoreError> {
        let sql = match column {
            "id" => {
                "SELECT id, decision_id, tenant, status, resolution, assignee, opened_at, updated_at, closed_at FROM cases WHERE id = $1"
            }
            _ => {
                "SELECT id, decision_id, tenant, status, resolution, assignee, opened_at, updated_at, closed_at FROM cases WHERE decision_id = $1"
            }
        };
        let row = sqlx::query(sql).bind(value).fetch_optional(&self.pool).await?;
        row.map(|r| case_record(&r)).transpose()
    }

    /// Cases matching `filter`, in the order they were opened, each with its cursor.
    pub async fn list_cases(&self, filter: &CaseFilter) -> Result<Vec<(String, CaseSummary)>, StoreError> {
        let after: i64 = filter.after.as_deref().and_then(|c| c.parse().ok()).unwrap_or(0);
        let conditions = super::filter::cases(Dialect::Postgres, 1, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT c.id, c.decision_id, c.tenant, c.status, c.resolution, c.assignee, c.opened_at, c.updated_at, c.closed_at,
                    c.seq, d.decision, d.score, d.kind, d.request_id, d.decision_json
             FROM cases c JOIN decisions d ON d.id = c.decision_id WHERE c.seq > $1{} ORDER BY c.seq LIMIT {}",
            conditions.sql, filter.limit
        );
        let args = conditions.args;
        let mut query = sqlx::query(&sql).bind(after);
        for arg in &args {
            query = query.bind(arg);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                let case = case_record(row)?;
                let decision: String = row.try_get(10)?;
                let score: i32 = row.try_get(11)?;
                let json: String = row.try_get(14)?;
                let summary =
                    CaseSummary::new(case, &decision, i64::from(score), row.try_get(12)?, row.try_get(13)?, &json);
                Ok((row.try_get::<i64, _>(9)?.to_string(), summary))
            })
            .collect()
    }

    /// Per rule: hits, cases and their resolutions over the decisions `filter` selects.
    pub async fn rule_stats(&self, filter: &StatsFilter) -> Result<Vec<RuleStat>, StoreError> {
        let conditions = super::filter::screened_in(Dialect::Postgres, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT h ->> 'rule_id' AS rule, count(*), count(c.id),
                    count(*) FILTER (WHERE c.resolution = 'confirmed_fraud'),
                    count(*) FILTER (WHERE c.resolution = 'false_alarm'), max(d.created_at)
             FROM decisions d CROSS JOIN LATERAL jsonb_array_elements(d.decision_json::jsonb -> 'hits') h
                  LEFT JOIN cases c ON c.decision_id = d.id
             WHERE true{} GROUP BY rule ORDER BY rule",
            conditions.sql
        );
        let args = conditions.args;
        let mut query = sqlx::query(&sql);
        for arg in &args {
            query = query.bind(arg);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|r| {
                Ok(RuleStat {
                    rule_id: r.try_get(0)?,
                    hits: r.try_get(1)?,
                    cases: r.try_get(2)?,
                    confirmed_frauds: r.try_get(3)?,
                    false_alarms: r.try_get(4)?,
                    last_fired: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// Decisions screened in the filter's period.
    pub async fn report_decisions(&self, filter: &StatsFilter) -> Result<Vec<ReportDecision>, StoreError> {
        let conditions = super::filter::screened_in(Dialect::Postgres, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT d.tenant, d.kind, d.decision, d.decision_json, d.request_json, c.resolution, d.shadow_json
             FROM decisions d LEFT JOIN cases c ON c.decision_id = d.id WHERE true{} ORDER BY d.seq",
            conditions.sql
        );
        let args = conditions.args;
        let mut query = sqlx::query(&sql);
        for arg in &args {
            query = query.bind(arg);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|r| {
                Ok(ReportDecision {
                    tenant: r.try_get(0)?,
                    kind: r.try_get(1)?,
                    decision: r.try_get(2)?,
                    decision_json: r.try_get(3)?,
                    request_json: r.try_get(4)?,
                    resolution: r.try_get(5)?,
                    shadow_json: r.try_get(6)?,
                })
            })
            .collect()
    }

    /// Cases open at some time in the filter's period.
    pub async fn report_cases(&self, filter: &StatsFilter) -> Result<Vec<ReportCase>, StoreError> {
        let conditions = super::filter::open_during(Dialect::Postgres, filter);
        if conditions.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT c.tenant, c.opened_at, c.closed_at, c.resolution, d.decision_json, d.request_json
             FROM cases c JOIN decisions d ON d.id = c.decision_id WHERE true{} ORDER BY c.seq",
            conditions.sql
        );
        let args = conditions.args;
        let mut query = sqlx::query(&sql);
        for arg in &args {
            query = query.bind(arg);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|r| {
                Ok(ReportCase {
                    tenant: r.try_get(0)?,
                    opened_at: r.try_get(1)?,
                    closed_at: r.try_get(2)?,
                    resolution: r.try_get(3)?,
                    decision_json: r.try_get(4)?,
                    request_json: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// A case's history, oldest first.
    pub async fn case_events(&self, case_id: &str) -> Result<Vec<CaseEvent>, StoreError> {
        let rows =
            sqlx::query("SELECT at, by_key, by_name, action, detail FROM case_events WHERE case_id = $1 ORDER BY seq")
                .bind(case_id)
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter()
            .map(|r| {
                let detail: String = r.try_get(4)?;
                Ok(CaseEvent {
                    at: r.try_get(0)?,
                    by_key: r.try_get(1)?,
                    by_name: r.try_get(2)?,
                    action: r.try_get(3)?,
                    detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
                })
            })
            .collect()
    }

    /// Applies a case change with its events and outcome in one transaction, unless the case
    /// is no longer in the expected status (its row is locked while checked).
    pub async fn update_case(&self, u: CaseUpdate) -> Result<CaseUpdated, StoreError> {
        let mut tx = self.pool.begin().await?;
        // The log lock before any row lock: history events and webhook events both need it.
        if u.allowlist.is_some()
            || !u.events.is_empty()
            || u.outcome.as_ref().is_some_and(|o| o.history_event.is_some() || !o.watch.is_empty())
        {
            lock_log(&mut tx).await?;
        }
        let current: Option<(String, Option<String>)> =
            sqlx::query_as("SELECT status, updated_at FROM cases WHERE id = $1 FOR UPDATE")
                .bind(&u.case_id)
                .fetch_optional(&mut *tx)
                .await?;
        if current != Some((u.expected_status.clone(), u.expected_updated_at.clone())) {
            return Ok(CaseUpdated::Stale);
        }
        let at = now();
        let closing = u.status.as_deref() == Some("closed");
        sqlx::query(
            "UPDATE cases SET status = COALESCE($2, status), resolution = COALESCE($3, resolution),
                              assignee = COALESCE($4, assignee), updated_at = $5,
                              closed_at = CASE WHEN $6 THEN $5 ELSE closed_at END
             WHERE id = $1",
        )
        .bind(&u.case_id)
        .bind(&u.status)
        .bind(&u.resolution)
        .bind(&u.assignee)
        .bind(&at)
        .bind(closing)
        .execute(&mut *tx)
        .await?;
        for (action, detail) in super::case_event_details(&u) {
            sqlx::query(
                "INSERT INTO case_events (case_id, tenant, at, by_key, by_name, action, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(&u.case_id)
            .bind(&u.tenant)
            .bind(&at)
            .bind(&u.by_key)
            .bind(&u.by_name)
            .bind(action)
            .bind(detail.to_string())
            .execute(&mut *tx)
            .await?;
        }
        let mut history_added = false;
        if let Some((json, at)) = &u.allowlist {
            sqlx::query("INSERT INTO history_events (tenant, kind, request_json, at) VALUES ($1, 'allowlist', $2, $3)")
                .bind(&u.tenant)
                .bind(json)
                .bind(at)
                .execute(&mut *tx)
                .await?;
            notify(&mut tx, HISTORY_CHANNEL, "").await?;
            history_added = true;
        }
        if let Some(outcome) = &u.outcome {
            history_added |= insert_outcome(&mut tx, outcome).await?;
        }
        insert_events(&mut tx, &u.events).await?;
        tx.commit().await?;
        Ok(CaseUpdated::Applied { history_added })
    }

    /// Archives an activated ruleset with where it came from, and announces it.
    pub async fn archive_ruleset(
        &self,
        version: &str,
        files_json: String,
        by: &str,
        source: RulesetSource,
        event: Option<super::NewEvent>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        insert_events(&mut tx, event.as_slice()).await?;
        sqlx::query(
            "INSERT INTO rulesets (version, files, activated_by, activated_at, source) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(version)
        .bind(files_json)
        .bind(by)
        .bind(now())
        .bind(source.as_str())
        .execute(&mut *tx)
        .await?;
        notify(&mut tx, RULES_CHANNEL, version).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets (or, with `None`, clears) the shadow ruleset: (version, files JSON, by whom).
    pub async fn set_shadow(&self, shadow: Option<(String, String, String)>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM shadow_ruleset").execute(&mut *tx).await?;
        if let Some((version, files, by)) = shadow {
            sqlx::query("INSERT INTO shadow_ruleset (id, version, files, set_by, set_at) VALUES (1, $1, $2, $3, $4)")
                .bind(&version)
                .bind(files)
                .bind(by)
                .bind(now())
                .execute(&mut *tx)
                .await?;
        }
        notify(&mut tx, RULES_CHANNEL, "shadow").await?;
        tx.commit().await?;
        Ok(())
    }

    /// The shadow ruleset: (version, files JSON, by whom, when).
    pub async fn shadow(&self) -> Result<Option<(String, String, String, String)>, StoreError> {
        Ok(sqlx::query_as("SELECT version, files, set_by, set_at FROM shadow_ruleset WHERE id = 1")
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Stores an outreach session: new, or replacing the one with its id.
    pub async fn put_outreach(&self, record: super::OutreachRow) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO outreach (id, held_at, session, created_by, created_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (id) DO UPDATE SET held_at = excluded.held_at, session = excluded.session,
                                            updated_by = excluded.created_by, updated_at = excluded.created_at",
        )
        .bind(&record.id)
        .bind(&record.held_at)
        .bind(&record.session)
        .bind(&record.by)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Marks an outreach session deleted; `false` if there is no such session.
    pub async fn delete_outreach(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        let done =
            sqlx::query("UPDATE outreach SET deleted_by = $2, deleted_at = $3 WHERE id = $1 AND deleted_at IS NULL")
                .bind(id)
                .bind(by)
                .bind(now())
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Outreach sessions not deleted, by time held.
    pub async fn outreach(&self) -> Result<Vec<super::OutreachRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, held_at, session, created_by FROM outreach WHERE deleted_at IS NULL ORDER BY held_at, seq",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(super::OutreachRow {
                    id: r.try_get(0)?,
                    held_at: r.try_get(1)?,
                    session: r.try_get(2)?,
                    by: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Stores a fraud case record with the watchlist entries its confirmation adds.
    pub async fn put_incident(
        &self,
        row: super::IncidentRow,
        watch: Vec<super::NewWatch>,
        events: Vec<super::NewEvent>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        if !watch.is_empty() || !events.is_empty() {
            lock_log(&mut tx).await?;
        }
        sqlx::query(
            "INSERT INTO incidents (id, company, reported_at, status, incident, recorded_by, recorded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (id) DO UPDATE SET company = excluded.company, reported_at = excluded.reported_at,
                status = excluded.status, incident = excluded.incident, recorded_by = excluded.recorded_by,
                recorded_at = excluded.recorded_at",
        )
        .bind(&row.id)
        .bind(&row.company)
        .bind(&row.reported_at)
        .bind(&row.status)
        .bind(&row.incident)
        .bind(&row.by)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        for entry in &watch {
            insert_watch(&mut tx, entry).await?;
        }
        insert_events(&mut tx, &events).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Marks a fraud case record deleted; `false` if there is no such record.
    pub async fn delete_incident(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        let done =
            sqlx::query("UPDATE incidents SET deleted_by = $2, deleted_at = $3 WHERE id = $1 AND deleted_at IS NULL")
                .bind(id)
                .bind(by)
                .bind(now())
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Fraud case records not deleted, by time reported.
    pub async fn incidents(&self) -> Result<Vec<super::IncidentRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, company, reported_at, status, incident, recorded_by FROM incidents WHERE deleted_at IS NULL ORDER BY reported_at, seq",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(super::IncidentRow {
                    id: r.try_get(0)?,
                    company: r.try_get(1)?,
                    reported_at: r.try_get(2)?,
                    status: r.try_get(3)?,
                    incident: r.try_get(4)?,
                    by: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// Adds watchlist entries by hand; returns their ids.
    pub async fn add_watch(&self, entries: Vec<super::NewWatch>) -> Result<Vec<String>, StoreError> {
        let mut tx = self.pool.begin().await?;
        lock_log(&mut tx).await?;
        let mut ids = Vec::new();
        for entry in &entries {
            ids.push(insert_watch(&mut tx, entry).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }

    /// Marks a watchlist entry removed; `false` if there is no such active entry.
    pub async fn remove_watch(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let done =
            sqlx::query("UPDATE watchlist SET removed_by = $2, removed_at = $3 WHERE id = $1 AND removed_at IS NULL")
                .bind(id)
                .bind(by)
                .bind(now())
                .execute(&mut *tx)
                .await?;
        notify(&mut tx, WATCHLIST_CHANNEL, "").await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Watchlist entries, oldest first; removed ones too when asked.
    pub async fn watch_records(&self, include_removed: bool) -> Result<Vec<super::WatchRecord>, StoreError> {
        let sql = if include_removed {
            "SELECT id, kind, value, source, source_ref, source_tenant, note, added_by, expires_at, added_at, removed_by, removed_at FROM watchlist ORDER BY seq"
        } else {
            "SELECT id, kind, value, source, source_ref, source_tenant, note, added_by, expires_at, added_at, removed_by, removed_at FROM watchlist WHERE removed_at IS NULL ORDER BY seq"
        };
        let rows = sqlx::query(sql).fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|r| {
                Ok(super::WatchRecord {
                    id: r.try_get(0)?,
                    entry: super::NewWatch {
                        kind: r.try_get(1)?,
                        value: r.try_get(2)?,
                        source: r.try_get(3)?,
                        source_ref: r.try_get(4)?,
                        source_tenant: r.try_get(5)?,
                        note: r.try_get(6)?,
                        added_by: r.try_get(7)?,
                        expires_at: r.try_get(8)?,
                    },
                    added_at: r.try_get(9)?,
                    removed_by: r.try_get(10)?,
                    removed_at: r.try_get(11)?,
                })
            })
            .collect()
    }

    /// What changes when the watchlist does: (last entry added, entries removed).
    pub async fn watch_stamp(&self) -> Result<(i64, i64), StoreError> {
        Ok(sqlx::query_as("SELECT COALESCE(max(seq), 0)::bigint, count(removed_at) FROM watchlist")
            .fetch_one(&self.pool)
            .await?)
    }

    /// The version of the last ruleset activated from the rules directory.
    pub async fn latest_directory_ruleset(&self) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar("SELECT version FROM rulesets WHERE source = 'directory' ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Activated rulesets, newest first: (version, activated by, activated at).
    pub async fn ruleset_versions(&self) -> Result<Vec<(String, String, String)>, StoreError> {
        Ok(sqlx::query_as("SELECT version, activated_by, activated_at FROM rulesets ORDER BY seq DESC")
            .fetch_all(&self.pool)
            .await?)
    }

    /// The files of an archived ruleset version.
    pub async fn ruleset_files(&self, version: &str) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar("SELECT files FROM rulesets WHERE version = $1 ORDER BY seq DESC LIMIT 1")
            .bind(version)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// The most recently activated ruleset: (archive sequence number, version, by whom).
    pub async fn latest_ruleset(&self) -> Result<Option<(i64, String, String)>, StoreError> {
        Ok(sqlx::query_as("SELECT seq, version, activated_by FROM rulesets ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Appends history events of one tenant in one transaction and announces them.
    pub async fn append_history(
        &self,
        tenant: &str,
        kind: &str,
        events: Vec<(String, String)>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        lock_log(&mut tx).await?;
        let (jsons, ats): (Vec<String>, Vec<String>) = events.into_iter().unzip();
        sqlx::query(
            "INSERT INTO history_events (tenant, kind, request_json, at) SELECT $1, $2, j, a FROM UNNEST($3::text[], $4::text[]) AS e(j, a)",
        )
        .bind(tenant)
        .bind(kind)
        .bind(jsons)
        .bind(ats)
        .execute(&mut *tx)
        .await?;
        notify(&mut tx, HISTORY_CHANNEL, "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// History events committed after `after`, in commit order, at most `limit`.
    pub async fn history_events_after(&self, after: i64, limit: i64) -> Result<Vec<HistoryRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, tenant, kind, request_json FROM history_events WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(HistoryRow { seq: r.try_get(0)?, tenant: r.try_get(1)?, kind: r.try_get(2)?, json: r.try_get(3)? })
            })
            .collect()
    }

    /// Every tenant's settings JSON.
    pub async fn tenant_settings(&self) -> Result<Vec<(String, String)>, StoreError> {
        Ok(sqlx::query_as("SELECT tenant, settings FROM tenant_settings").fetch_all(&self.pool).await?)
    }

    /// Stores a tenant's settings JSON and announces the change.
    pub async fn put_tenant_settings(&self, tenant: &str, settings: String, by_key: &str) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO tenant_settings (tenant, settings, updated_by, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (tenant) DO UPDATE SET settings = excluded.settings, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        )
        .bind(tenant)
        .bind(settings)
        .bind(by_key)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        notify(&mut tx, SETTINGS_CHANNEL, tenant).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The caller behind an API key, by the sha256 of its secret.
    pub async fn principal(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        let row = sqlx::query(
            "SELECT id, tenant, role, name, jurisdiction, key_hash FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL",
        )
        .bind(hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let stored: String = row.try_get(5)?;
        if !constant_time_eq(stored.as_bytes(), hash.as_bytes()) {
            return Ok(None);
        }
        let role: String = row.try_get(2)?;
        Ok(Role::parse(&role).map(|role| Principal {
            key_id: row.try_get(0).unwrap_or_default(),
            tenant: row.try_get(1).unwrap_or_default(),
            role,
            name: row.try_get(3).unwrap_or_default(),
            jurisdiction: parse_jurisdiction(row.try_get(4).unwrap_or_default()),
        }))
    }

    /// Creates a key; returns its record and the secret, which is not stored.
    pub async fn create_key(
        &self,
        tenant: &str,
        role: Role,
        name: &str,
        jurisdiction: Option<&[String]>,
    ) -> Result<(KeyInfo, String), StoreError> {
        let secret = new_secret()?;
        let id = ulid::Ulid::new().to_string();
        let created_at = now();
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO api_keys (id, tenant, role, name, jurisdiction, key_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&id)
        .bind(tenant)
        .bind(role.as_str())
        .bind(name)
        .bind(jurisdiction.map(|j| j.join(",")))
        .bind(super::hash_secret(&secret))
        .bind(&created_at)
        .execute(&mut *tx)
        .await?;
        let target = format!("{id} ({tenant}, {}, {name})", role.as_str());
        audit::insert_audit(&mut tx, &super::AuditEntry::command_line("keys create", &target)).await?;
        tx.commit().await?;
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
    pub async fn list_keys(&self) -> Result<Vec<KeyInfo>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, tenant, role, name, jurisdiction, created_at, revoked_at FROM api_keys ORDER BY created_at",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                let role: String = r.try_get(2)?;
                Ok(KeyInfo {
                    id: r.try_get(0)?,
                    tenant: r.try_get(1)?,
                    role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role `{role}`")))?,
                    name: r.try_get(3)?,
                    jurisdiction: parse_jurisdiction(r.try_get(4)?),
                    created_at: r.try_get(5)?,
                    revoked_at: r.try_get(6)?,
                })
            })
            .collect()
    }

    /// Revokes a key; `false` if there is no such active key.
    pub async fn revoke_key(&self, id: &str) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let revoked = done.rows_affected() == 1;
        if revoked {
            audit::insert_audit(&mut tx, &super::AuditEntry::command_line("keys revoke", id)).await?;
            // A park-wide subscription carries the jurisdiction of the key that made it. One made
            // before subscriptions recorded their key (created_by_key null) is matched by the
            // key's name: of two keys with one name, revoking either ends it, which errs on
            // the side of not sending a company's events to someone no longer entitled.
            sqlx::query(
                "UPDATE webhooks SET deleted_by = $2, deleted_at = $3
                 WHERE tenant IS NULL AND deleted_at IS NULL
                       AND (created_by_key = $1
                            OR (created_by_key IS NULL AND created_by = (SELECT name FROM api_keys WHERE id = $1)))",
            )
            .bind(id)
            .bind(format!("revocation of key {id}"))
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(revoked)
    }
}

/// Inserts an outcome and, unless the decision's request is in the history already (counted as
/// paid when allowed, or reported executed before), its history event. The caller holds the
/// log lock when the outcome carries a history event.
async fn insert_outcome(tx: &mut PgConnection, o: &OutcomeWrite) -> Result<bool, StoreError> {
    let mut added = false;
    if let Some((kind, request_json, at)) = &o.history_event {
        let already: Option<i32> = sqlx::query_scalar("SELECT 1 FROM history_events WHERE decision_id = $1 LIMIT 1")
            .bind(&o.decision_id)
            .fetch_optional(&mut *tx)
            .await?;
        if already.is_none() {
            insert_history(tx, &o.tenant, kind, request_json, at, &o.decision_id).await?;
            added = true;
        }
    }
    for entry in &o.watch {
        insert_watch(tx, entry).await?;
    }
    sqlx::query(
        "INSERT INTO outcomes (decision_id, tenant, outcome, note, by_key, at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&o.decision_id)
    .bind(&o.tenant)
    .bind(&o.outcome)
    .bind(&o.note)
    .bind(&o.by_key)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    Ok(added)
}

/// Adds a watchlist entry and announces it; returns its id.
async fn insert_watch(tx: &mut PgConnection, w: &super::NewWatch) -> Result<String, StoreError> {
    let id = ulid::Ulid::new().to_string();
    sqlx::query(
        "INSERT INTO watchlist (id, kind, value, source, source_ref, source_tenant, note, added_by, added_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&id)
    .bind(&w.kind)
    .bind(&w.value)
    .bind(&w.source)
    .bind(&w.source_ref)
    .bind(&w.source_tenant)
    .bind(&w.note)
    .bind(&w.added_by)
    .bind(now())
    .bind(&w.expires_at)
    .execute(&mut *tx)
    .await?;
    notify(tx, WATCHLIST_CHANNEL, "").await?;
    insert_events(tx, &[super::watch_added(&id, w)]).await?;
    Ok(id)
}

/// A `CaseRecord` from the first nine columns of a row.
fn case_record(r: &sqlx::postgres::PgRow) -> Result<CaseRecord, StoreError> {
    Ok(CaseRecord {
        id: r.try_get(0)?,
        decision_id: r.try_get(1)?,
        tenant: r.try_get(2)?,
        status: r.try_get(3)?,
        resolution: r.try_get(4)?,
        assignee: r.try_get(5)?,
        opened_at: r.try_get(6)?,
        updated_at: r.try_get(7)?,
        closed_at: r.try_get(8)?,
    })
}

async fn lock_log(tx: &mut PgConnection) -> Result<(), StoreError> {
    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(LOG_LOCK).execute(&mut *tx).await?;
    Ok(())
}

/// Queues a notification; PostgreSQL delivers it when the transaction commits.
async fn notify(tx: &mut PgConnection, channel: &str, payload: &str) -> Result<(), StoreError> {
    sqlx::query("SELECT pg_notify($1, $2)").bind(channel).bind(payload).execute(&mut *tx).await?;
    Ok(())
}

async fn insert_history(
    tx: &mut PgConnection,
    tenant: &str,
    kind: &str,
    json: &str,
    at: &str,
    decision_id: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO history_events (tenant, kind, request_json, at, decision_id) VALUES ($1, $2, $3, $4, $5)")
        .bind(tenant)
        .bind(kind)
        .bind(json)
        .bind(at)
        .bind(decision_id)
        .execute(&mut *tx)
        .await?;
    notify(tx, HISTORY_CHANNEL, "").await
}

async fn apply_migrations(pool: &PgPool) -> Result<(), StoreError> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(MIGRATION_LOCK).execute(&mut *tx).await?;
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)",
    )
    .execute(&mut *tx)
    .await?;
    for (version, sql) in MIGRATIONS {
        let done: Option<i64> = sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = $1")
            .bind(version)
            .fetch_optional(&mut *tx)
            .await?;
        if done.is_some() {
            continue;
        }
        sqlx::raw_sql(sql)
            .execute(&mut *tx)
            .await
            .map_err(|e| StoreError::Migration(format!("version {version}: {e}")))?;
        sqlx::query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)")
            .bind(version)
            .bind(now())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn require_migrated(pool: &PgPool) -> Result<(), StoreError> {
    let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM schema_migrations").fetch_one(pool).await.unwrap_or(0);
    if applied < MIGRATIONS.len() as i64 {
        return Err(StoreError::Migration(format!(
            "the database has {applied} of {} migrations applied: run `fraudscreen migrate`",
            MIGRATIONS.len()
        )));
    }
    Ok(())
}

/// The writer: takes every decision waiting, commits them in one transaction on its own
/// connection, then answers each. A failed batch is retried one decision at a time, so one bad
/// decision fails alone; a lost connection is replaced on the next batch.
async fn write_loop(options: PgConnectOptions, mut jobs: mpsc::UnboundedReceiver<DecisionJob>, stats: Arc<StoreStats>) {
    let mut conn: Option<PgConnection> = None;
    while let Some(first) = jobs.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let mut results = match connect(&mut conn, &options).await {
            Ok(c) => tokio::time::timeout(BATCH_TIMEOUT, commit_decisions(c, &batch))
                .await
                .unwrap_or_else(|_| Err(unavailable("PostgreSQL did not answer in time"))),
            Err(e) => Err(e),
        };
        if results.is_err() && batch.len() > 1 {
            conn = None;
            results = match connect(&mut conn, &options).await {
                Ok(c) => {
                    let mut one_by_one = Vec::with_capacity(batch.len());
                    // Once the database is out of reach, the rest fail at once rather than
                    // each waiting for its own timeout.
                    let mut out_of_reach: Option<String> = None;
                    for job in &batch {
                        if let Some(reason) = &out_of_reach {
                            one_by_one.push(Err(unavailable(reason)));
                            continue;
                        }
                        let result =
                            tokio::time::timeout(BATCH_TIMEOUT, commit_decisions(c, std::slice::from_ref(job)))
                                .await
                                .unwrap_or_else(|_| Err(unavailable("PostgreSQL did not answer in time")));
                        if let Err(StoreError::Unavailable(reason)) = &result {
                            out_of_reach = Some(reason.clone());
                        }
                        one_by_one.push(result.and_then(|mut r| r.pop().ok_or(StoreError::WriterGone)));
                    }
                    Ok(one_by_one.into_iter().map(|r| r.and_then(|x| x)).collect())
                }
                Err(e) => Err(e),
            };
        }
        if results.is_err() {
            conn = None;
        }
        stats.queue_depth.fetch_sub(batch.len() as u64, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut sizes) = stats.batch_sizes.lock() {
            if sizes.len() < 100_000 {
                sizes.push(batch.len() as u32);
            }
        }
        let mut results = match results {
            Ok(results) => results.into_iter(),
            Err(error) => {
                let message = error.to_string();
                (0..batch.len()).map(|_| Err(unavailable(&message))).collect::<Vec<_>>().into_iter()
            }
        };
        for job in batch {
            let result = results.next().unwrap_or(Err(StoreError::WriterGone));
            let _ = job.reply.send(result.map(|stored| match stored {
                Stored::New => Recorded::New(job.decision.decision_json),
                Stored::Existing(json) => Recorded::Existing(json),
                Stored::Conflict => Recorded::Conflict,
            }));
        }
    }
}

/// The writer's connection, opened if there is none.
async fn connect<'c>(
    conn: &'c mut Option<PgConnection>,
    options: &PgConnectOptions,
) -> Result<&'c mut PgConnection, StoreError> {
    if conn.is_none() {
        let opened = tokio::time::timeout(CONNECT_TIMEOUT, PgConnection::connect_with(options))
            .await
            .map_err(|_| unavailable("timed out connecting to PostgreSQL"))??;
        *conn = Some(opened);
    }
    conn.as_mut().ok_or(StoreError::WriterGone)
}

/// What inserting one decision found.
enum Stored {
    New,
    Existing(String),
    Conflict,
}

/// Commits `jobs` in one transaction: `Ok` holds each job's result in order (a job whose id
/// was taken before with another body is a conflict, not an error); `Err` means nothing of
/// the batch was committed.
/// The decision of a job.
fn d(job: &DecisionJob) -> &NewDecision {
    &job.decision
}

async fn commit_decisions(
    conn: &mut PgConnection,
    jobs: &[DecisionJob],
) -> Result<Vec<Result<Stored, StoreError>>, StoreError> {
    let created_at = now();
    let column = |f: &dyn Fn(&NewDecision) -> String| jobs.iter().map(|j| f(d(j))).collect::<Vec<String>>();
    let ids = column(&|n| n.decision.decision_id.clone().unwrap_or_default());
    let tenants = column(&|n| n.tenant.clone());
    let kinds = column(&|n| n.kind.as_str().to_owned());
    let request_ids = column(&|n| n.request_id.clone());
    let mut tx = conn.begin().await?;
    lock_log(&mut tx).await?;
    let inserted: Vec<String> = sqlx::query_scalar(
        "INSERT INTO decisions (id, tenant, kind, request_id, body_hash, request_json, decision_json, decision, score, ruleset_version, created_at, shadow_json)
         SELECT id, tenant, kind, request_id, body_hash, request_json, decision_json, decision, score, ruleset_version, $11, shadow_json
         FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::text[], $12::text[])
              AS d(id, tenant, kind, request_id, body_hash, request_json, decision_json, decision, score, ruleset_version, shadow_json)
         ON CONFLICT (tenant, kind, request_id) DO NOTHING
         RETURNING id",
    )
    .bind(&ids)
    .bind(&tenants)
    .bind(&kinds)
    .bind(&request_ids)
    .bind(column(&|n| n.body_hash.clone()))
    .bind(column(&|n| n.request_json.clone()))
    .bind(column(&|n| n.decision_json.clone()))
    .bind(column(&|n| n.decision.decision.as_str().to_owned()))
    .bind(jobs.iter().map(|j| i32::from(d(j).decision.score)).collect::<Vec<i32>>())
    .bind(column(&|n| n.decision.ruleset_version.to_string()))
    .bind(&created_at)
    .bind(jobs.iter().map(|j| d(j).shadow_json.clone()).collect::<Vec<Option<String>>>())
    .fetch_all(&mut *tx)
    .await?;
    let inserted: std::collections::HashSet<String> = inserted.into_iter().collect();

    // Requests seen before: the same body returns what was stored, another body conflicts.
    let seen: Vec<usize> = (0..jobs.len()).filter(|&i| !inserted.contains(&ids[i])).collect();
    let mut earlier: HashMap<(String, String, String), (String, String)> = HashMap::new();
    if !seen.is_empty() {
        let pick = |v: &[String]| seen.iter().map(|&i| v[i].clone()).collect::<Vec<String>>();
        let rows = sqlx::query(
            "SELECT tenant, kind, request_id, body_hash, decision_json FROM decisions
             WHERE (tenant, kind, request_id) IN (SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[]))",
        )
        .bind(pick(&tenants))
        .bind(pick(&kinds))
        .bind(pick(&request_ids))
        .fetch_all(&mut *tx)
        .await?;
        for r in rows {
            earlier.insert((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?), (r.try_get(3)?, r.try_get(4)?));
        }
    }

    // Cases for new reviews and blocks; history events where `allow` counts as paid.
    let new = |i: &usize| inserted.contains(&ids[*i]);
    let cases: Vec<usize> = (0..jobs.len())
        .filter(|i| {
            new(i) && d(&jobs[*i]).decision.decision != Action::Allow && d(&jobs[*i]).decision.case_id.is_some()
        })
        .collect();
    if !cases.is_empty() {
        sqlx::query(
            "INSERT INTO cases (id, decision_id, tenant, status, opened_at)
             SELECT c, d, t, 'open', $4 FROM UNNEST($1::text[], $2::text[], $3::text[]) AS x(c, d, t)",
        )
        .bind(cases.iter().map(|&i| d(&jobs[i]).decision.case_id.clone().unwrap_or_default()).collect::<Vec<_>>())
        .bind(cases.iter().map(|&i| ids[i].clone()).collect::<Vec<_>>())
        .bind(cases.iter().map(|&i| tenants[i].clone()).collect::<Vec<_>>())
        .bind(&created_at)
        .execute(&mut *tx)
        .await?;
    }
    let events: Vec<super::NewEvent> =
        (0..jobs.len()).filter(|i| new(i)).flat_map(|i| d(&jobs[i]).events.iter().cloned()).collect();
    insert_events(&mut tx, &events).await?;
    let history: Vec<usize> = (0..jobs.len()).filter(|i| new(i) && d(&jobs[*i]).history_at.is_some()).collect();
    if !history.is_empty() {
        sqlx::query(
            "INSERT INTO history_events (tenant, kind, request_json, at, decision_id)
             SELECT t, k, j, a, d FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS h(t, k, j, a, d)",
        )
        .bind(history.iter().map(|&i| tenants[i].clone()).collect::<Vec<_>>())
        .bind(history.iter().map(|&i| kinds[i].clone()).collect::<Vec<_>>())
        .bind(history.iter().map(|&i| d(&jobs[i]).request_json.clone()).collect::<Vec<_>>())
        .bind(history.iter().map(|&i| d(&jobs[i]).history_at.clone().unwrap_or_default()).collect::<Vec<_>>())
        .bind(history.iter().map(|&i| ids[i].clone()).collect::<Vec<_>>())
        .execute(&mut *tx)
        .await?;
        notify(&mut tx, HISTORY_CHANNEL, "").await?;
    }
    tx.commit().await?;

    Ok((0..jobs.len())
        .map(|i| {
            if inserted.contains(&ids[i]) {
                return Ok(Stored::New);
            }
            match earlier.get(&(tenants[i].clone(), kinds[i].clone(), request_ids[i].clone())) {
                Some((hash, json)) if *hash == d(&jobs[i]).body_hash => Ok(Stored::Existing(json.clone())),
                Some(_) => Ok(Stored::Conflict),
                None => Err(StoreError::Corrupt("a decision neither inserted nor found".into())),
            }
        })
        .collect())
}
