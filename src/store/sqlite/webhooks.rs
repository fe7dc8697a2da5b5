//! The webhook outbox and subscriptions on SQLite. One writer commits in order, so outbox
//! sequence numbers follow commit order.

use rusqlite::{Connection, params};

use super::SqliteStore;
use crate::store::outbox::{DeliveryRow, NewEvent, OutboxEvent, WebhookProgress, WebhookRow};
use crate::store::{StoreError, now};

/// Writes an event in the transaction of the change that causes it, if a subscription could
/// want it: one of its company's, or a park-wide one (the only kind a park-wide event, with no
/// company, can go to), that lists its type; `webhooks::worker::wants` without the park-wide
/// jurisdiction. A subscription starts after the newest event, so an event no subscription
/// could want when it is written would never be delivered: most flagged decisions are made
/// with no subscription at all, and skipping their events keeps the outbox and the single
/// writer free of them.
pub(super) fn insert_event(tx: &Connection, event: &NewEvent) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO outbox (id, type, tenant, at, payload)
         SELECT ?1, ?2, ?3, ?4, ?5
         WHERE EXISTS (SELECT 1 FROM webhooks WHERE deleted_at IS NULL AND (tenant = ?3 OR tenant IS NULL)
                         AND instr(events, '\"' || ?2 || '\"') > 0)",
    )?
    .execute(params![event.id, event.kind, event.tenant, now(), event.payload])?;
    Ok(())
}

fn webhook_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WebhookRow> {
    let jurisdiction: Option<String> = r.get(2)?;
    let events: String = r.get(4)?;
    Ok(WebhookRow {
        id: r.get(0)?,
        tenant: r.get(1)?,
        jurisdiction: jurisdiction.and_then(|j| serde_json::from_str(&j).ok()),
        url: r.get(3)?,
        events: serde_json::from_str(&events).unwrap_or_default(),
        format: r.get(5)?,
        secret: r.get(6)?,
        created_by: r.get(7)?,
        created_at: r.get(8)?,
        last_seq: r.get(9)?,
        attempts: r.get(10)?,
        next_attempt_at: r.get(11)?,
        created_by_key: r.get(12)?,
    })
}

impl SqliteStore {
    /// Adds a subscription, positioned after the newest event.
    pub async fn create_webhook(&self, row: WebhookRow) -> Result<(), StoreError> {
        self.write(Box::new(move |tx| {
            let jurisdiction = row.jurisdiction.as_ref().and_then(|j| serde_json::to_string(j).ok());
            let events = serde_json::to_string(&row.events).unwrap_or_else(|_| "[]".into());
            Ok(tx.execute(
                "INSERT INTO webhooks (id, tenant, jurisdiction, url, events, format, secret, created_by, created_at,
                                       created_by_key, last_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, (SELECT COALESCE(MAX(seq), 0) FROM outbox))",
                params![
                    row.id,
                    row.tenant,
                    jurisdiction,
                    row.url,
                    events,
                    row.format,
                    row.secret,
                    row.created_by,
                    row.created_at,
                    row.created_by_key
                ],
            )?)
        }))
        .await?;
        Ok(())
    }

    /// Subscriptions not removed, oldest first.
    pub fn webhooks(&self) -> Result<Vec<WebhookRow>, StoreError> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(
                "SELECT id, tenant, jurisdiction, url, events, format, secret, created_by, created_at, last_seq,
                        attempts, next_attempt_at, created_by_key
                 FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id",
            )?;
            let rows = statement.query_map([], webhook_row)?.collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
    }

    /// Marks a subscription removed.
    pub async fn delete_webhook(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        let (id, by, at) = (id.to_owned(), by.to_owned(), now());
        let changed = self
            .write(Box::new(move |tx| {
                Ok(tx.execute(
                    "UPDATE webhooks SET deleted_by = ?2, deleted_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
                    params![id, by, at],
                )?)
            }))
            .await?;
        Ok(changed == 1)
    }

    /// Writes an event on its own.
    pub async fn put_event(&self, event: NewEvent) -> Result<(), StoreError> {
        self.write(Box::new(move |tx| insert_event(tx, &event).map(|()| 1))).await?;
        Ok(())
    }

    /// Outbox events after `seq`.
    pub fn events_after(&self, seq: i64, limit: i64) -> Result<Vec<OutboxEvent>, StoreError> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(
                "SELECT seq, id, type, tenant, at, payload FROM outbox WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )?;
            let rows = statement
                .query_map(params![seq, limit], |r| {
                    Ok(OutboxEvent {
                        seq: r.get(0)?,
                        id: r.get(1)?,
                        kind: r.get(2)?,
                        tenant: r.get(3)?,
                        at: r.get(4)?,
                        payload: r.get(5)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
    }

    /// Takes or renews the delivery lease.
    pub async fn claim_webhook(&self, id: &str, owner: &str, until: &str) -> Result<bool, StoreError> {
        let (id, owner, until, at) = (id.to_owned(), owner.to_owned(), until.to_owned(), now());
        let changed = self
            .write(Box::new(move |tx| {
                Ok(tx.execute(
                    "UPDATE webhooks SET lease_owner = ?2, lease_until = ?3
                     WHERE id = ?1 AND deleted_at IS NULL
                       AND (lease_owner IS NULL OR lease_owner = ?2 OR lease_until < ?4)",
                    params![id, owner, until, at],
                )?)
            }))
            .await?;
        Ok(changed == 1)
    }

    /// Records progress and the attempt, under the lease.
    pub async fn webhook_progress(&self, progress: WebhookProgress) -> Result<bool, StoreError> {
        let changed = self
            .write(Box::new(move |tx| {
                let p = &progress;
                let changed = tx.execute(
                    "UPDATE webhooks SET last_seq = ?3, attempts = ?4, next_attempt_at = ?5
                     WHERE id = ?1 AND lease_owner = ?2 AND last_seq = ?6",
                    params![p.webhook_id, p.owner, p.last_seq, p.attempts, p.next_attempt_at, p.expected_last_seq],
                )?;
                if let (1, Some(d)) = (changed, &p.delivery) {
                    tx.prepare_cached(
                        "INSERT INTO webhook_deliveries (webhook_id, event_id, event_type, attempt, at, status_code, error, outcome, millis)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    )?
                    .execute(params![
                        d.webhook_id,
                        d.event_id,
                        d.event_type,
                        d.attempt,
                        d.at,
                        d.status_code,
                        d.error,
                        d.outcome,
                        d.millis
                    ])?;
                }
                Ok(changed)
            }))
            .await?;
        Ok(changed == 1)
    }

    /// Deletes handled events and attempts older than `before`.
    pub async fn prune_outbox(&self, before: &str) -> Result<u64, StoreError> {
        let before = before.to_owned();
        let deleted = self
            .write(Box::new(move |tx| {
                let events = tx.execute(
                    "DELETE FROM outbox WHERE at < ?1
                       AND seq <= COALESCE((SELECT MIN(last_seq) FROM webhooks WHERE deleted_at IS NULL),
                                           (SELECT MAX(seq) FROM outbox))",
                    params![before],
                )?;
                tx.execute("DELETE FROM webhook_deliveries WHERE at < ?1", params![before])?;
                Ok(events)
            }))
            .await?;
        Ok(u64::try_from(deleted).unwrap_or(0))
    }

    /// Frees every delivery lease.
    pub async fn release_webhook_leases(&self) -> Result<(), StoreError> {
        self.write(Box::new(|tx| Ok(tx.execute("UPDATE webhooks SET lease_owner = NULL, lease_until = NULL", [])?)))
            .await?;
        Ok(())
    }

    /// Delivery attempts, newest first.
    pub fn deliveries(&self, webhook_id: &str, limit: i64) -> Result<Vec<DeliveryRow>, StoreError> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(
                "SELECT webhook_id, event_id, event_type, attempt, at, status_code, error, outcome, millis
                 FROM webhook_deliveries WHERE webhook_id = ?1 ORDER BY id DESC LIMIT ?2",
            )?;
            let rows = statement
                .query_map(params![webhook_id, limit], |r| {
                    Ok(DeliveryRow {
                        webhook_id: r.get(0)?,
                        event_id: r.get(1)?,
                        event_type: r.get(2)?,
                        attempt: r.get(3)?,
                        at: r.get(4)?,
                        status_code: r.get(5)?,
                        error: r.get(6)?,
                        outcome: r.get(7)?,
                        millis: r.get(8)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
    }
}
