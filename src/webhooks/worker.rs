//! The delivery worker. One task per subscription reads the outbox in order from the
//! subscription's position and delivers the events it wants, one at a time: at least once, in
//! order, retrying the event at the head with exponential backoff and jitter until it is older
//! than the retry window, then marking it dead and moving on. Screening never waits for it;
//! a slow receiver holds back only its own subscription.
//!
//! Several instances on one PostgreSQL database share the work through a lease per
//! subscription (renewed while delivering, taken over when it lapses).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use super::events::PARK_WIDE_EVENTS;
use super::guard::{PublicOnly, refusal};
use super::message::{render, robot_accepted, robot_errcode};
use crate::store::{DeliveryRow, OutboxEvent, Store, WebhookProgress, WebhookRow, stamp};

/// How long a lease lasts beyond the longest attempt; renewed before an attempt when less than
/// an attempt and this margin are left, so no attempt outlives the lease.
const LEASE_MARGIN: Duration = Duration::from_secs(20);
/// How often a subscription with nothing to do looks again (a local event wakes it sooner).
const IDLE_POLL: Duration = Duration::from_secs(1);
/// How often handled events and old attempts are deleted.
const PRUNE_EVERY: Duration = Duration::from_secs(3600);
/// How long handled events and attempts are kept, for `GET /v1/webhooks/{id}/deliveries`.
const KEEP: Duration = Duration::from_secs(30 * 24 * 3600);
/// The longest wait between two attempts at an event.
const MAX_BACKOFF: Duration = Duration::from_secs(600);

/// How deliveries are made.
#[derive(Clone, Debug)]
pub struct DeliverySettings {
    /// How long an event is retried before it is marked dead.
    pub retry_for: Duration,
    /// The wait before the first retry; each next one doubles (with jitter).
    pub first_retry: Duration,
    /// How long a receiver has to answer.
    pub timeout: Duration,
    /// Where the officer pages are reached, for links in messages.
    pub public_url: String,
    /// The hosts subscriptions may name (and subdomains), at any address; empty: any host, at
    /// public addresses only (see `guard`).
    pub allowed_hosts: Vec<String>,
}

/// Whether `hook` receives `event`: one of its types, and its company (a park-wide
/// subscription: a company of its jurisdiction, or a park-wide event).
pub fn wants(hook: &WebhookRow, event: &OutboxEvent) -> bool {
    if !hook.events.contains(&event.kind) {
        return false;
    }
    match (&hook.tenant, &event.tenant) {
        (Some(mine), Some(of)) => mine == of,
        (Some(_), None) => false,
        (None, Some(of)) => hook.jurisdiction.as_ref().is_none_or(|j| j.iter().any(|t| t == of)),
        (None, None) => PARK_WIDE_EVENTS.contains(&event.kind.as_str()),
    }
}

/// The wait before attempt `attempts + 1`: doubling from `first`, capped, with jitter (half
/// to all of it) so that receivers coming back are not hit by every sender at once.
pub fn backoff(first: Duration, attempts: i64) -> Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    let full = first.saturating_mul(2u32.saturating_pow(exponent)).min(MAX_BACKOFF);
    let mut byte = [0u8; 1];
    let random = if getrandom::fill(&mut byte).is_ok() { f64::from(byte[0]) / 255.0 } else { 1.0 };
    full.mul_f64(0.5 + 0.5 * random)
}

/// How this instance tells its delivery worker about its own changes, so that they take
/// effect at once rather than at the next poll (changes made by other instances are found by
/// polling).
#[derive(Debug, Default)]
pub struct Wake {
    events: Notify,
    subscriptions: Notify,
}

impl Wake {
    /// Events were written: the subscriptions look for them.
    pub fn events_written(&self) {
        self.events.notify_waiters();
    }

    /// A subscription was added or removed: the worker reads the list again. Kept apart from
    /// events so that the list is not read again for every flagged decision.
    pub fn subscriptions_changed(&self) {
        self.subscriptions.notify_waiters();
    }
}

/// Runs the deliveries of every subscription, for as long as the service runs.
pub async fn run(store: Store, settings: DeliverySettings, wake: Arc<Wake>) {
    let owner = ulid::Ulid::new().to_string();
    // One instance on SQLite: leases of an earlier run of this process are void.
    if let Err(error) = store.release_webhook_leases().await {
        tracing::warn!(%error, "could not release earlier webhook leases");
    }
    let client = match http_client(&settings) {
        Ok(client) => client,
        Err(error) => {
            tracing::error!(%error, "webhooks disabled: cannot build an HTTP client");
            return;
        }
    };
    let mut tasks: HashMap<String, tokio::task::JoinHandle<()>> = HashMap::new();
    let mut pruned = tokio::time::Instant::now();
    loop {
        if pruned.elapsed() >= PRUNE_EVERY {
            pruned = tokio::time::Instant::now();
            let now = jiff::Timestamp::now();
            let before = stamp(now.checked_sub(KEEP).unwrap_or(now));
            match store.prune_outbox(&before).await {
                Ok(0) => {}
                Ok(events) => tracing::info!(events, "deleted delivered webhook events older than 30 days"),
                Err(error) => tracing::warn!(%error, "could not prune the webhook outbox"),
            }
        }
        match store.webhooks().await {
            Ok(hooks) => {
                tasks.retain(|id, task| {
                    let keep = hooks.iter().any(|h| h.id == *id) && !task.is_finished();
                    if !keep {
                        task.abort();
                    }
                    keep
                });
                for hook in hooks {
                    if tasks.contains_key(&hook.id) {
                        continue;
                    }
                    let delivery = Subscription {
                        id: hook.id.clone(),
                        store: store.clone(),
                        client: client.clone(),
                        settings: settings.clone(),
                        owner: owner.clone(),
                        wake: Arc::clone(&wake),
                    };
                    tasks.insert(hook.id, tokio::spawn(delivery.run()));
                }
            }
            Err(error) => tracing::warn!(%error, "could not read the webhook subscriptions; will retry"),
        }
        tokio::select! {
            () = wake.subscriptions.notified() => {}
            () = tokio::time::sleep(IDLE_POLL) => {}
        }
    }
}

/// The delivery loop of one subscription.
struct Subscription {
    id: String,
    store: Store,
    client: reqwest::Client,
    settings: DeliverySettings,
    owner: String,
    wake: Arc<Wake>,
}

/// What one attempt found.
#[derive(Debug)]
pub struct Attempt {
    /// The receiver's HTTP status, if it answered.
    pub status: Option<i64>,
    /// Why it did not count as delivered; `None` if it did.
    pub error: Option<String>,
    /// How long it took.
    pub millis: i64,
}

impl Subscription {
    async fn run(self) {
        let mut lease_until = tokio::time::Instant::now();
        loop {
            let idle = match self.step(&mut lease_until).await {
                Ok(idle) => idle,
                Err(error) => {
                    tracing::warn!(webhook = %self.id, %error, "webhook delivery step failed; will retry");
                    IDLE_POLL
                }
            };
            if idle.is_zero() {
                continue;
            }
            tokio::select! {
                () = self.wake.events.notified() => {}
                () = tokio::time::sleep(idle) => {}
            }
        }
    }

    /// Does the next piece of work; returns how long to wait before the next one.
    async fn step(&self, lease_until: &mut tokio::time::Instant) -> Result<Duration, crate::store::StoreError> {
        // The lease first, then the subscription as it stands under it: a position read before
        // another instance's last progress would send its events again.
        let lease = self.settings.timeout + LEASE_MARGIN;
        if lease_until.saturating_duration_since(tokio::time::Instant::now()) < self.settings.timeout + LEASE_MARGIN / 2
        {
            let now = jiff::Timestamp::now();
            let until = now.checked_add(lease).unwrap_or(now);
            if !self.store.claim_webhook(&self.id, &self.owner, &stamp(until)).await? {
                return Ok(lease / 2);
            }
            *lease_until = tokio::time::Instant::now() + lease;
        }
        let Some(hook) = self.store.webhooks().await?.into_iter().find(|h| h.id == self.id) else {
            return Ok(IDLE_POLL);
        };
        let now = jiff::Timestamp::now();
        if let Some(next) = hook.next_attempt_at.as_deref().and_then(|t| t.parse::<jiff::Timestamp>().ok()) {
            if next > now {
                let wait = now.duration_until(next).unsigned_abs();
                return Ok(wait.min(IDLE_POLL));
            }
        }
        let events = self.store.events_after(hook.last_seq, 100).await?;
        let Some(last) = events.last() else { return Ok(IDLE_POLL) };
        let Some(event) = events.iter().find(|e| wants(&hook, e)) else {
            // Nothing for this subscription in the batch: move past it.
            return self.progress(&hook, last.seq, 0, None, None, lease_until).await;
        };
        // Events before it that it does not want are passed with it.
        let attempt = attempt(&self.client, &hook, event, &self.settings).await;
        let delivered = attempt.error.is_none();
        let number = hook.attempts + 1;
        let age = event
            .at
            .parse::<jiff::Timestamp>()
            .map(|at| jiff::Timestamp::now().duration_since(at).unsigned_abs())
            .unwrap_or_default();
        let dead = !delivered && age >= self.settings.retry_for;
        let outcome = if delivered {
            "delivered"
        } else if dead {
            "dead"
        } else {
            "retrying"
        };
        let row = DeliveryRow {
            webhook_id: hook.id.clone(),
            event_id: event.id.clone(),
            event_type: event.kind.clone(),
            attempt: number,
            at: stamp(jiff::Timestamp::now()),
            status_code: attempt.status,
            error: attempt.error.clone(),
            outcome: outcome.to_owned(),
            millis: attempt.millis,
        };
        if delivered || dead {
            if dead {
                tracing::warn!(webhook = %hook.id, event = %event.id, "webhook event dead after retrying");
            }
            return self.progress(&hook, event.seq, 0, None, Some(row), lease_until).await;
        }
        let wait = backoff(self.settings.first_retry, number);
        let next = jiff::Timestamp::now().checked_add(wait).unwrap_or_else(|_| jiff::Timestamp::now());
        let before = event.seq - 1;
        let waited = self.progress(&hook, before.max(hook.last_seq), number, Some(stamp(next)), Some(row), lease_until);
        Ok(waited.await?.max(wait.min(IDLE_POLL)))
    }

    /// Records progress under the lease; returns how long to wait before the next step: at
    /// once, or, when another instance took the subscription over, until its lease could lapse.
    async fn progress(
        &self,
        hook: &WebhookRow,
        last_seq: i64,
        attempts: i64,
        next_attempt_at: Option<String>,
        delivery: Option<DeliveryRow>,
        lease_until: &mut tokio::time::Instant,
    ) -> Result<Duration, crate::store::StoreError> {
        let progress = WebhookProgress {
            webhook_id: hook.id.clone(),
            owner: self.owner.clone(),
            expected_last_seq: hook.last_seq,
            last_seq,
            attempts,
            next_attempt_at,
            delivery,
        };
        if self.store.webhook_progress(progress).await? {
            return Ok(Duration::ZERO);
        }
        tracing::info!(webhook = %hook.id, "another instance took over this webhook");
        *lease_until = tokio::time::Instant::now();
        Ok((self.settings.timeout + LEASE_MARGIN) / 2)
    }
}

/// Sends `event` to `hook` once.
pub async fn attempt(
    client: &reqwest::Client,
    hook: &WebhookRow,
    event: &OutboxEvent,
    settings: &DeliverySettings,
) -> Attempt {
    let now_ms = jiff::Timestamp::now().as_millisecond();
    let outgoing = render(hook, event, &settings.public_url, now_ms);
    // A subscription made before the address rules (or before webhook_hosts changed) may name
    // an address no longer allowed; names are checked again by the resolver.
    let host = reqwest::Url::parse(&outgoing.url).ok().and_then(|u| u.host_str().map(str::to_owned));
    if host.is_none_or(|h| refusal(&h, &settings.allowed_hosts).is_some()) {
        return Attempt { status: None, error: Some("refused: not a host this service may call".into()), millis: 0 };
    }
    let started = std::time::Instant::now();
    let mut request = client.post(&outgoing.url).header("content-type", "application/json").body(outgoing.body);
    for (name, value) in outgoing.headers {
        request = request.header(name, value);
    }
    let result = request.send().await;
    let millis = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
    match result {
        Ok(response) => {
            let status = response.status();
            let body = response.text().await.unwrap_or_default();
            let robot = hook.format != "json";
            let error = if !status.is_success() {
                Some(format!("HTTP {}", status.as_u16()))
            } else if robot && !robot_accepted(&body) {
                // Only the robot's error code: the body is the receiver's, not ours to show.
                Some(format!("refused: errcode {}", robot_errcode(&body)))
            } else {
                None
            };
            Attempt { status: Some(i64::from(status.as_u16())), error, millis }
        }
        // Never the URL: robot URLs carry their access token.
        Err(error) => Attempt { status: None, error: Some(describe(&error)), millis },
    }
}

/// A sample event of the first type `hook` receives, sent once, now: to check a receiver
/// before real events reach it. Not written to the outbox.
pub async fn send_test(hook: &WebhookRow, settings: &DeliverySettings) -> serde_json::Value {
    let kind = hook.events.first().cloned().unwrap_or_else(|| "decision.block".into());
    let payload = serde_json::json!({
        "test": true, "decision_id": "TEST", "case_id": null, "kind": "payment", "request_id": "TEST-0001",
        "decision": "block", "score": 100, "amount": "1.00", "currency": "CNY", "counterparty": "测试收款人",
        "account": "************0000", "hits": [{"rule_id": "TEST", "title": "测试消息，请忽略", "score": 100,
        "advice": "这是一条测试消息"}], "advice": "这是一条测试消息，不需要处理。"
    });
    let event = OutboxEvent {
        seq: 0,
        id: ulid::Ulid::new().to_string(),
        kind: kind.clone(),
        tenant: hook.tenant.clone(),
        at: stamp(jiff::Timestamp::now()),
        payload: payload.to_string(),
    };
    let result = match http_client(settings) {
        Ok(client) => attempt(&client, hook, &event, settings).await,
        Err(error) => Attempt { status: None, error: Some(format!("no HTTP client: {error}")), millis: 0 },
    };
    serde_json::json!({"event_id": event.id, "event_type": kind, "delivered": result.error.is_none(),
                       "status_code": result.status, "error": result.error, "millis": result.millis})
}

/// The client deliveries go through. Redirects are not followed: a POST redirected would arrive
/// as a GET without its body, and count as delivered (and could lead anywhere). Names resolve
/// only to the addresses `guard` allows.
fn http_client(settings: &DeliverySettings) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(settings.timeout)
        .redirect(reqwest::redirect::Policy::none())
        .dns_resolver(Arc::new(PublicOnly { allowed: settings.allowed_hosts.clone() }))
        .build()
}

/// A transport error without the URL (robot URLs carry their access token).
fn describe(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        "timed out".into()
    } else if error.is_connect() {
        "could not connect".into()
    } else {
        "request failed".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hook(tenant: Option<&str>, jurisdiction: Option<Vec<String>>, events: &[&str]) -> WebhookRow {
        WebhookRow {
            id: "W".into(),
            tenant: tenant.map(str::to_owned),
            jurisdiction,
            url: "http://127.0.0.1:1/".into(),
            events: events.iter().map(|e| (*e).to_owned()).collect(),
            format: "json".into(),
            secret: None,
            created_by: "t".into(),
            created_by_key: None,
            created_at: "t".into(),
            last_seq: 0,
            attempts: 0,
            next_attempt_at: None,
        }
    }

    fn event(kind: &str, tenant: Option<&str>) -> OutboxEvent {
        OutboxEvent {
            seq: 1,
            id: "E".into(),
            kind: kind.into(),
            tenant: tenant.map(str::to_owned),
            at: "t".into(),
            payload: "{}".into(),
        }
    }

    #[test]
    fn a_company_receives_its_own_events_and_officers_those_of_their_jurisdiction() {
        let acme = hook(Some("acme"), None, &["decision.block", "watchlist.added"]);
        assert!(wants(&acme, &event("decision.block", Some("acme"))));
        assert!(!wants(&acme, &event("decision.block", Some("beta"))));
        assert!(!wants(&acme, &event("decision.review", Some("acme"))), "not subscribed");
        assert!(!wants(&acme, &event("watchlist.added", None)), "park-wide events are for officers");
        let park = hook(None, Some(vec!["acme".into()]), &["decision.block", "watchlist.added"]);
        assert!(wants(&park, &event("decision.block", Some("acme"))));
        assert!(!wants(&park, &event("decision.block", Some("beta"))));
        assert!(wants(&park, &event("watchlist.added", None)));
    }

    #[test]
    fn retries_back_off_exponentially_with_jitter_and_a_cap() {
        let first = Duration::from_secs(1);
        for attempts in 1..=4 {
            let full = Duration::from_secs(1 << (attempts - 1));
            let wait = backoff(first, attempts);
            assert!(wait >= full / 2 && wait <= full, "{attempts}: {wait:?}");
        }
        assert!(backoff(first, 40) <= MAX_BACKOFF);
    }
}
