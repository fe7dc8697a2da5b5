//! The webhook outbox and subscriptions, as stored. Events are written in the transaction of
//! the change that causes them (a decision, a case change, a confirmed incident, a watchlist
//! entry, an activated ruleset); the delivery worker (`crate::webhooks`) reads them in order,
//! from each subscription's own position.

use serde::Serialize;

use super::{Store, StoreError};

/// An event to write with the change that causes it.
#[derive(Clone, Debug, PartialEq)]
pub struct NewEvent {
    /// Event id (a ULID): receivers deduplicate on it.
    pub id: String,
    /// `decision.block`, `case.opened`, ...
    pub kind: String,
    /// The company it concerns; `None` for park-wide events (watchlist, rules).
    pub tenant: Option<String>,
    /// The payload, JSON.
    pub payload: String,
}

impl NewEvent {
    /// A new event with a fresh id.
    pub fn new(kind: &str, tenant: Option<&str>, payload: &serde_json::Value) -> NewEvent {
        NewEvent {
            id: ulid::Ulid::new().to_string(),
            kind: kind.to_owned(),
            tenant: tenant.map(str::to_owned),
            payload: payload.to_string(),
        }
    }
}

/// An event in the outbox.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutboxEvent {
    /// Position in the outbox (commit order).
    pub seq: i64,
    /// Event id.
    pub id: String,
    /// Event type.
    #[serde(rename = "type")]
    pub kind: String,
    /// The company it concerns, if any.
    pub tenant: Option<String>,
    /// When it was written.
    pub at: String,
    /// The payload, JSON.
    pub payload: String,
}

/// A webhook subscription as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct WebhookRow {
    /// Subscription id.
    pub id: String,
    /// The company whose events it receives; `None` for a park-wide one.
    pub tenant: Option<String>,
    /// A park-wide one's companies; `None`: every company.
    pub jurisdiction: Option<Vec<String>>,
    /// Where to deliver.
    pub url: String,
    /// Event types it receives.
    pub events: Vec<String>,
    /// `json`, `wecom` or `dingtalk`.
    pub format: String,
    /// Signing secret.
    pub secret: Option<String>,
    /// Who added it.
    pub created_by: String,
    /// The id of the key that added it; a park-wide subscription ends when that key is revoked.
    pub created_by_key: Option<String>,
    /// When.
    pub created_at: String,
    /// The last outbox event it has handled.
    pub last_seq: i64,
    /// Failed attempts at the next event.
    pub attempts: i64,
    /// No attempt before this time (backing off).
    pub next_attempt_at: Option<String>,
}

/// One delivery attempt.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DeliveryRow {
    /// Subscription.
    pub webhook_id: String,
    /// Event id.
    pub event_id: String,
    /// Event type.
    pub event_type: String,
    /// 1 for the first attempt at this event.
    pub attempt: i64,
    /// When.
    pub at: String,
    /// The receiver's HTTP status, if it answered.
    pub status_code: Option<i64>,
    /// What went wrong, if anything.
    pub error: Option<String>,
    /// `delivered`, `retrying` or `dead`.
    pub outcome: String,
    /// How long the attempt took.
    pub millis: i64,
}

/// What a delivery worker did for a subscription: where it now stands, and the attempt made.
#[derive(Clone, Debug)]
pub struct WebhookProgress {
    /// Subscription.
    pub webhook_id: String,
    /// The instance holding its lease.
    pub owner: String,
    /// Its position when the worker read it: progress from a stale read is not recorded.
    pub expected_last_seq: i64,
    /// The last event handled.
    pub last_seq: i64,
    /// Failed attempts at the next event.
    pub attempts: i64,
    /// No attempt before this time.
    pub next_attempt_at: Option<String>,
    /// The attempt made, if any.
    pub delivery: Option<DeliveryRow>,
}

impl Store {
    /// Adds a subscription; it receives the events written from now on.
    pub async fn create_webhook(&self, row: WebhookRow) -> Result<(), StoreError> {
        dispatch!(self, s => s.create_webhook(row).await)
    }

    /// Subscriptions not removed.
    pub async fn webhooks(&self) -> Result<Vec<WebhookRow>, StoreError> {
        read!(self, s => s.webhooks())
    }

    /// Removes a subscription (kept, marked, with who and when); `false` if there is none.
    pub async fn delete_webhook(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        dispatch!(self, s => s.delete_webhook(id, by).await)
    }

    /// Writes an event that has no other change to go with (a failed reload, a test event).
    pub async fn put_event(&self, event: NewEvent) -> Result<(), StoreError> {
        dispatch!(self, s => s.put_event(event).await)
    }

    /// Outbox events after `seq`, in order, at most `limit`.
    pub async fn events_after(&self, seq: i64, limit: i64) -> Result<Vec<OutboxEvent>, StoreError> {
        read!(self, s => s.events_after(seq, limit))
    }

    /// Takes (or renews) the lease on delivering for a subscription until `until`; `false` if
    /// another instance holds it.
    pub async fn claim_webhook(&self, id: &str, owner: &str, until: &str) -> Result<bool, StoreError> {
        dispatch!(self, s => s.claim_webhook(id, owner, until).await)
    }

    /// Records a worker's progress and attempt in one transaction, if it still holds the
    /// lease; `false` if it lost it (another instance took over).
    pub async fn webhook_progress(&self, progress: WebhookProgress) -> Result<bool, StoreError> {
        dispatch!(self, s => s.webhook_progress(progress).await)
    }

    /// Frees the delivery leases a previous run of this process held. Only on SQLite, which one
    /// process serves; on PostgreSQL another instance may hold them, and they lapse by themselves.
    pub async fn release_webhook_leases(&self) -> Result<(), StoreError> {
        match self {
            Store::Sqlite(s) => s.release_webhook_leases().await,
            Store::Postgres(_) => Ok(()),
        }
    }

    /// Deletes outbox events written before `before` that every subscription has handled (a
    /// new subscription starts after the newest event, so nothing deleted is ever needed), and
    /// delivery attempts older than `before`. Returns the events deleted.
    pub async fn prune_outbox(&self, before: &str) -> Result<u64, StoreError> {
        dispatch!(self, s => s.prune_outbox(before).await)
    }

    /// A subscription's delivery attempts, newest first, at most `limit`.
    pub async fn deliveries(&self, webhook_id: &str, limit: i64) -> Result<Vec<DeliveryRow>, StoreError> {
        read!(self, s => s.deliveries(webhook_id, limit))
    }
}
