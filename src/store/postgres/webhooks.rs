//! The webhook outbox and subscriptions on PostgreSQL. Every transaction that writes an event
//! takes the log lock first, so outbox sequence numbers follow commit order and a reader that
//! has seen event N never later finds an event below N.

use sqlx::Row;
use sqlx::postgres::{PgConnection, PgRow};

use super::{PgStore, lock_log};
use crate::store::outbox::{DeliveryRow, NewEvent, OutboxEvent, WebhookProgress, WebhookRow};
use crate::store::{StoreError, now};

/// Writes events in the transaction of the change that causes them, each only if a
/// subscription could want it: one of its company's, or a park-wide one (the only kind a
/// park-wide event, with no company, can go to), that lists its type; `webhooks::worker::wants`
/// without the park-wide jurisdiction. A subscription starts after the newest event, so an
/// event no subscription could want when it is written would never be delivered. Under the
/// log lock a subscription being created either committed before (and is seen) or starts after
/// these events.
pub(super) async fn insert_events(tx: &mut PgConnection, events: &[NewEvent]) -> Result<(), StoreError> {
    if events.is_empty() {
        return Ok(());
    }
    lock_log(tx).await?;
    let column = |f: &dyn Fn(&NewEvent) -> Option<String>| events.iter().map(f).collect::<Vec<Option<String>>>();
    sqlx::query(
        "INSERT INTO outbox (id, type, tenant, at, payload)
         SELECT i, t, n, $4, p FROM UNNEST($1::text[], $2::text[], $3::text[], $5::text[]) AS e(i, t, n, p)
         WHERE EXISTS (SELECT 1 FROM webhooks w WHERE w.deleted_at IS NULL AND (w.tenant = e.n OR w.tenant IS NULL)
                       AND strpos(w.events, '\"' || e.t || '\"') > 0)",
    )
    .bind(column(&|e| Some(e.id.clone())))
    .bind(column(&|e| Some(e.kind.clone())))
    .bind(column(&|e| e.tenant.clone()))
    .bind(now())
    .bind(column(&|e| Some(e.payload.clone())))
    .execute(&mut *tx)
    .await?;
    Ok(())
}

fn webhook_row(r: &PgRow) -> Result<WebhookRow, StoreError> {
    let jurisdiction: Option<String> = r.try_get(2)?;
    let events: String = r.try_get(4)?;
    Ok(WebhookRow {
        id: r.try_get(0)?,
        tenant: r.try_get(1)?,
        jurisdiction: jurisdiction.and_then(|j| serde_json::from_str(&j).ok()),
        url: r.try_get(3)?,
        events: serde_json::from_str(&events).unwrap_or_default(),
        format: r.try_get(5)?,
        secret: r.try_get(6)?,
        created_by: r.try_get(7)?,
        created_at: r.try_get(8)?,
        last_seq: r.try_get(9)?,
        attempts: r.try_get::<i32, _>(10)?.into(),
        next_attempt_at: r.try_get(11)?,
        created_by_key: r.try_get(12)?,
    })
}

impl PgStore {
    /// Adds a subscription, positioned after the newest event.
    pub async fn create_webhook(&self, row: WebhookRow) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        // Under the log lock: no event with a lower number can commit after this reads the newest.
        lock_log(&mut tx).await?;
        sqlx::query(
            "INSERT INTO webhooks (id, tenant, jurisdiction, url, events, format, secret, created_by, created_at,
                                   created_by_key, last_seq)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (SELECT COALESCE(MAX(seq), 0) FROM outbox))",
        )
        .bind(&row.id)
        .bind(&row.tenant)
        .bind(row.jurisdiction.as_ref().and_then(|j| serde_json::to_string(j).ok()))
        .bind(&row.url)
        .bind(serde_json::to_string(&row.events).unwrap_or_else(|_| "[]".into()))
        .bind(&row.format)
        .bind(&row.secret)
        .bind(&row.created_by)
        .bind(&row.created_at)
        .bind(&row.created_by_key)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Subscriptions not removed, oldest first.
    pub async fn webhooks(&self) -> Result<Vec<WebhookRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, tenant, jurisdiction, url, events, format, secret, created_by, created_at, last_seq,
                    attempts, next_attempt_at, created_by_key
             FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(webhook_row).collect()
    }

    /// Marks a subscription removed.
    pub async fn delete_webhook(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        let done =
            sqlx::query("UPDATE webhooks SET deleted_by = $2, deleted_at = $3 WHERE id = $1 AND deleted_at IS NULL")
                .bind(id)
                .bind(by)
                .bind(now())
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Writes an event on its own.
    pub async fn put_event(&self, event: NewEvent) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        insert_events(&mut tx, std::slice::from_ref(&event)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Outbox events after `seq`.
    pub async fn events_after(&self, seq: i64, limit: i64) -> Result<Vec<OutboxEvent>, StoreError> {
        let rows =
            sqlx::query("SELECT seq, id, type, tenant, at, payload FROM outbox WHERE seq > $1 ORDER BY seq LIMIT $2")
                .bind(seq)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|r| {
                Ok(OutboxEvent {
                    seq: r.try_get(0)?,
                    id: r.try_get(1)?,
                    kind: r.try_get(2)?,
                    tenant: r.try_get(3)?,
                    at: r.try_get(4)?,
                    payload: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// Takes or renews the delivery lease.
    pub async fn claim_webhook(&self, id: &str, owner: &str, until: &str) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE webhooks SET lease_owner = $2, lease_until = $3
             WHERE id = $1 AND deleted_at IS NULL AND (lease_owner IS NULL OR lease_owner = $2 OR lease_until < $4)",
        )
        .bind(id)
        .bind(owner)
        .bind(until)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records progress and the attempt, under the lease.
    pub async fn webhook_progress(&self, p: WebhookProgress) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE webhooks SET last_seq = $3, attempts = $4, next_attempt_at = $5
             WHERE id = $1 AND lease_owner = $2 AND last_seq = $6",
        )
        .bind(&p.webhook_id)
        .bind(&p.owner)
        .bind(p.last_seq)
        .bind(i32::try_from(p.attempts).unwrap_or(i32::MAX))
        .bind(&p.next_attempt_at)
        .bind(p.expected_last_seq)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        if let Some(d) = &p.delivery {
            sqlx::query(
                "INSERT INTO webhook_deliveries (webhook_id, event_id, event_type, attempt, at, status_code, error, outcome, millis)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(&d.webhook_id)
            .bind(&d.event_id)
            .bind(&d.event_type)
            .bind(i32::try_from(d.attempt).unwrap_or(i32::MAX))
            .bind(&d.at)
            .bind(d.status_code.and_then(|c| i32::try_from(c).ok()))
            .bind(&d.error)
            .bind(&d.outcome)
            .bind(i32::try_from(d.millis).unwrap_or(i32::MAX))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Deletes handled events and attempts older than `before`.
    pub async fn prune_outbox(&self, before: &str) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "DELETE FROM outbox WHERE at < $1
               AND seq <= COALESCE((SELECT MIN(last_seq) FROM webhooks WHERE deleted_at IS NULL),
                                   (SELECT MAX(seq) FROM outbox))",
        )
        .bind(before)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM webhook_deliveries WHERE at < $1").bind(before).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }

    /// Delivery attempts, newest first.
    pub async fn deliveries(&self, webhook_id: &str, limit: i64) -> Result<Vec<DeliveryRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT webhook_id, event_id, event_type, attempt, at, status_code, error, outcome, millis
             FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(webhook_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(DeliveryRow {
                    webhook_id: r.try_get(0)?,
                    event_id: r.try_get(1)?,
                    event_type: r.try_get(2)?,
                    attempt: r.try_get::<i32, _>(3)?.into(),
                    at: r.try_get(4)?,
                    status_code: r.try_get::<Option<i32>, _>(5)?.map(i64::from),
                    error: r.try_get(6)?,
                    outcome: r.try_get(7)?,
                    millis: r.try_get::<i32, _>(8)?.into(),
                })
            })
            .collect()
    }
}
