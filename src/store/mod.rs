//! The durable store: decisions, cases, outcomes, history events, rulesets, settings and API
//! keys, behind one type, [`Store`], whatever the backend.
//!
//! SQLite is the embedded default. Writes go through one writer that commits many concurrent
//! requests in one transaction (group commit), and a request is answered only after its
//! transaction committed with `synchronous=FULL`.

mod filter;
mod postgres;
mod sqlite;

pub use postgres::{Notice, PgStore};
pub use sqlite::{OutcomeWrite, SqliteOptions, SqliteStore};

use std::sync::Arc;

use sha2::{Digest, Sha256};

/// The time now, as stored.
pub(crate) fn now() -> String {
    stamp(jiff::Timestamp::now())
}

/// A timestamp as stored: UTC with six fractional digits, so that text order is time order
/// (on every backend).
pub fn stamp(at: jiff::Timestamp) -> String {
    format!("{}.{:06}Z", at.strftime("%Y-%m-%dT%H:%M:%S"), at.subsec_microsecond())
}

/// The `watchlist.added` event of a new entry: park-wide, for officers' subscriptions.
fn watch_added(id: &str, w: &NewWatch) -> NewEvent {
    NewEvent::new(
        "watchlist.added",
        None,
        &serde_json::json!({"id": id, "kind": w.kind, "source": w.source,
                            "value": if w.kind == "account" { crate::webhooks::events::mask_account(&w.value) } else { w.value.clone() },
                            "source_ref": w.source_ref, "note": w.note, "added_by": w.added_by,
                            "expires_at": w.expires_at}),
    )
}

/// sha256 hex of an API key secret: only the hash is stored.
pub fn hash_secret(secret: &str) -> String {
    Sha256::digest(secret.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A new API key secret: `fs_` and 48 hex digits from the operating system's randomness.
fn new_secret() -> Result<String, StoreError> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Config(format!("no randomness: {e}")))?;
    Ok(format!("fs_{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

/// Equality that takes the same time wherever the inputs differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// An officer's jurisdiction as stored (comma-separated), or `None` for all tenants.
fn parse_jurisdiction(text: Option<String>) -> Option<Vec<String>> {
    text.map(|t| t.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect())
}

/// Where an activated ruleset came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesetSource {
    /// The rules directory: at start, on reload, or by the watcher.
    Directory,
    /// A rollback to an archived version.
    Rollback,
}

impl RulesetSource {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            RulesetSource::Directory => "directory",
            RulesetSource::Rollback => "rollback",
        }
    }
}

/// The history entries a case change makes: (action, detail).
fn case_event_details(u: &CaseUpdate) -> Vec<(&'static str, serde_json::Value)> {
    let mut events = Vec::new();
    if let Some(status) = &u.status {
        events.push(("status", serde_json::json!({"from": u.expected_status, "to": status})));
    }
    if let Some(resolution) = &u.resolution {
        events.push(("resolution", serde_json::json!({"resolution": resolution})));
    }
    if let Some(assignee) = &u.assignee {
        events.push(("assignee", serde_json::json!({"assignee": assignee})));
    }
    if let Some(note) = &u.note {
        events.push(("note", serde_json::json!({"note": note})));
    }
    if let Some(step) = &u.checked {
        events.push(("checklist", serde_json::json!({"step": step})));
    }
    events
}

/// A signed-in browser on the officer pages, as stored: never the session id itself nor the
/// key, only their hashes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UiSession {
    /// sha256 of the session id the browser's cookie holds.
    pub id_hash: String,
    /// The signing-in key's hash, as `api_keys` holds it.
    pub key_hash: String,
    /// The session's CSRF token.
    pub csrf: String,
    /// When it ends (as `now()` writes times).
    pub expires_at: String,
}

/// One stored history event: its sequence number (commit order), tenant, kind and JSON.
#[derive(Clone, Debug)]
pub struct HistoryRow {
    /// Sequence number; events are read back in this order.
    pub seq: i64,
    /// Tenant.
    pub tenant: String,
    /// `payment`, `order` or `counterparty`.
    pub kind: String,
    /// The request or master-data record.
    pub json: String,
}

/// The store the service runs on, chosen by the scheme of the database URL.
#[derive(Clone)]
pub enum Store {
    /// `sqlite://PATH`.
    Sqlite(SqliteStore),
    /// `postgres://...` (or `postgresql://...`).
    Postgres(PgStore),
}

/// Calls a method that is synchronous on SQLite (its reads are quick and local) and async
/// on PostgreSQL.
macro_rules! read {
    ($self:ident, $store:ident => $call:expr) => {
        match $self {
            Store::Sqlite($store) => $call,
            Store::Postgres($store) => ($call).await,
        }
    };
}

/// Like `read!`, for reads that may take long (lists, reports, statistics): on SQLite they run
/// on the blocking pool, so the async threads keep serving meanwhile. `$arg` is cloned in.
macro_rules! long_read {
    ($self:ident, $store:ident, $arg:ident => $call:expr) => {
        match $self {
            Store::Sqlite(sqlite) => {
                let ($store, $arg) = (sqlite.clone(), $arg.clone());
                tokio::task::spawn_blocking(move || {
                    let $arg = &$arg;
                    $call
                })
                .await
                .map_err(|e| StoreError::Corrupt(format!("a read stopped: {e}")))?
            }
            Store::Postgres($store) => ($call).await,
        }
    };
}

/// Calls the same async method on whichever backend this is.
macro_rules! dispatch {
    ($self:ident, $store:ident => $call:expr) => {
        match $self {
            Store::Sqlite($store) => $call,
            Store::Postgres($store) => $call,
        }
    };
}

mod audit;
mod outbox;
mod privacy;

pub use audit::AuditEntry;
pub use outbox::{DeliveryRow, NewEvent, OutboxEvent, WebhookProgress, WebhookRow};
pub use privacy::{DecisionAbout, Erased, Subject, SubjectData};

impl Store {
    /// Opens the store named by `url`, applying migrations first when `migrate` is set.
    /// Without it, a database that is not migrated is an error naming `fraudscreen migrate`.
    pub async fn open(url: &str, migrate: bool) -> Result<Store, StoreError> {
        match url.split_once("://") {
            Some(("sqlite", rest)) if !rest.is_empty() && !rest.starts_with('?') => {
                let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
                let options = SqliteOptions::parse(query)?;
                Ok(Store::Sqlite(SqliteStore::open_with_options(std::path::Path::new(path), migrate, options)?))
            }
            Some(("postgres" | "postgresql", _)) => Ok(Store::Postgres(PgStore::open(url, migrate).await?)),
            _ => Err(StoreError::Config(format!(
                "unsupported database URL `{}`: expected sqlite://PATH[?cache_mib=N] or postgres://...",
                crate::config::redact(url)
            ))),
        }
    }

    /// Announcements from other instances on the same database; `None` where there can be
    /// no other instance (SQLite).
    pub async fn subscribe(&self) -> Result<Option<tokio::sync::mpsc::UnboundedReceiver<Notice>>, StoreError> {
        match self {
            Store::Sqlite(_) => Ok(None),
            Store::Postgres(p) => p.subscribe().await.map(Some),
        }
    }

    /// Queue depth, batch sizes and WAL length, for metrics.
    pub fn stats(&self) -> &Arc<StoreStats> {
        dispatch!(self, s => &s.stats)
    }

    /// Records a decision (and its case, and its history event) durably, or finds the one
    /// stored for the same request id.
    pub async fn record_decision(&self, decision: NewDecision) -> Result<Recorded, StoreError> {
        dispatch!(self, s => s.record_decision(decision).await)
    }

    /// Records an outcome; returns whether it added a history event.
    pub async fn record_outcome(&self, outcome: OutcomeWrite) -> Result<bool, StoreError> {
        dispatch!(self, s => s.record_outcome(outcome).await)
    }

    /// A stored decision with its tenant and request JSON.
    pub async fn decision(&self, id: &str) -> Result<Option<(String, Decision, String)>, StoreError> {
        read!(self, s => s.decision(id))
    }

    /// Decisions matching `filter`, each with its cursor.
    pub async fn list_decisions(&self, filter: &DecisionFilter) -> Result<Vec<(String, Decision)>, StoreError> {
        long_read!(self, s, filter => s.list_decisions(filter))
    }

    /// The case opened for a decision.
    pub async fn case_of(&self, decision_id: &str) -> Result<Option<CaseRecord>, StoreError> {
        read!(self, s => s.case_where("decision_id", decision_id))
    }

    /// A case by its id.
    pub async fn case(&self, id: &str) -> Result<Option<CaseRecord>, StoreError> {
        read!(self, s => s.case_where("id", id))
    }

    /// Cases matching `filter`, in the order they were opened, each with its cursor.
    pub async fn list_cases(&self, filter: &CaseFilter) -> Result<Vec<(String, CaseSummary)>, StoreError> {
        long_read!(self, s, filter => s.list_cases(filter))
    }

    /// A case's history, oldest first.
    pub async fn case_events(&self, case_id: &str) -> Result<Vec<CaseEvent>, StoreError> {
        read!(self, s => s.case_events(case_id))
    }

    /// Per rule: hits, cases and their resolutions over the decisions `filter` selects.
    pub async fn rule_stats(&self, filter: &StatsFilter) -> Result<Vec<RuleStat>, StoreError> {
        long_read!(self, s, filter => s.rule_stats(filter))
    }

    /// Decisions screened in `[filter.from, filter.to)`.
    pub async fn report_decisions(&self, filter: &StatsFilter) -> Result<Vec<ReportDecision>, StoreError> {
        long_read!(self, s, filter => s.report_decisions(filter))
    }

    /// Cases open at some time in `[filter.from, filter.to)`: opened before its end and not
    /// closed before its start.
    pub async fn report_cases(&self, filter: &StatsFilter) -> Result<Vec<ReportCase>, StoreError> {
        long_read!(self, s, filter => s.report_cases(filter))
    }

    /// Applies a change to a case with its events and outcome, unless the case moved on.
    pub async fn update_case(&self, update: CaseUpdate) -> Result<CaseUpdated, StoreError> {
        dispatch!(self, s => s.update_case(update).await)
    }

    /// Archives an activated ruleset with its files, who, when and where it came from.
    pub async fn archive_ruleset(
        &self,
        version: &str,
        files_json: String,
        by: &str,
        source: RulesetSource,
        event: Option<NewEvent>,
    ) -> Result<(), StoreError> {
        dispatch!(self, s => s.archive_ruleset(version, files_json, by, source, event).await)
    }

    /// Sets (or, with `None`, clears) the shadow ruleset: (version, files JSON, by whom).
    pub async fn set_shadow(&self, shadow: Option<(String, String, String)>) -> Result<(), StoreError> {
        dispatch!(self, s => s.set_shadow(shadow).await)
    }

    /// The shadow ruleset: (version, files JSON, by whom, when).
    pub async fn shadow(&self) -> Result<Option<(String, String, String, String)>, StoreError> {
        read!(self, s => s.shadow())
    }

    /// Stores an outreach session: new, or replacing the one with its id.
    pub async fn put_outreach(&self, record: OutreachRow) -> Result<(), StoreError> {
        dispatch!(self, s => s.put_outreach(record).await)
    }

    /// Marks an outreach session deleted; `false` if there is no such session.
    pub async fn delete_outreach(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        dispatch!(self, s => s.delete_outreach(id, by).await)
    }

    /// Outreach sessions not deleted, by time held.
    pub async fn outreach(&self) -> Result<Vec<OutreachRow>, StoreError> {
        read!(self, s => s.outreach())
    }

    /// Stores a fraud case record (new, or replacing the one with its id), with the watchlist
    /// entries its confirmation adds and its webhook events, in one transaction.
    pub async fn put_incident(
        &self,
        row: IncidentRow,
        watch: Vec<NewWatch>,
        events: Vec<NewEvent>,
    ) -> Result<(), StoreError> {
        dispatch!(self, s => s.put_incident(row, watch, events).await)
    }

    /// Marks a fraud case record deleted; `false` if there is no such record.
    pub async fn delete_incident(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        dispatch!(self, s => s.delete_incident(id, by).await)
    }

    /// Fraud case records not deleted, by time reported.
    pub async fn incidents(&self) -> Result<Vec<IncidentRow>, StoreError> {
        read!(self, s => s.incidents())
    }

    /// Adds watchlist entries by hand; returns their ids.
    pub async fn add_watch(&self, entries: Vec<NewWatch>) -> Result<Vec<String>, StoreError> {
        dispatch!(self, s => s.add_watch(entries).await)
    }

    /// Marks a watchlist entry removed, by whom; `false` if there is no such active entry.
    pub async fn remove_watch(&self, id: &str, by: &str) -> Result<bool, StoreError> {
        dispatch!(self, s => s.remove_watch(id, by).await)
    }

    /// Watchlist entries, oldest first; removed ones too when asked.
    pub async fn watch_records(&self, include_removed: bool) -> Result<Vec<WatchRecord>, StoreError> {
        read!(self, s => s.watch_records(include_removed))
    }

    /// What changes when the watchlist does: (last entry added, entries removed).
    pub async fn watch_stamp(&self) -> Result<(i64, i64), StoreError> {
        read!(self, s => s.watch_stamp())
    }

    /// The version of the last ruleset activated from the rules directory.
    pub async fn latest_directory_ruleset(&self) -> Result<Option<String>, StoreError> {
        read!(self, s => s.latest_directory_ruleset())
    }

    /// Activated rulesets, newest first: (version, activated by, activated at).
    pub async fn ruleset_versions(&self) -> Result<Vec<(String, String, String)>, StoreError> {
        read!(self, s => s.ruleset_versions())
    }

    /// The files of an archived ruleset version, as JSON.
    pub async fn ruleset_files(&self, version: &str) -> Result<Option<String>, StoreError> {
        read!(self, s => s.ruleset_files(version))
    }

    /// The most recently activated ruleset: (archive sequence number, version, by whom).
    pub async fn latest_ruleset(&self) -> Result<Option<(i64, String, String)>, StoreError> {
        read!(self, s => s.latest_ruleset())
    }

    /// Appends history events of one tenant in one transaction: (JSON, time).
    pub async fn append_history(
        &self,
        tenant: &str,
        kind: &str,
        events: Vec<(String, String)>,
    ) -> Result<(), StoreError> {
        dispatch!(self, s => s.append_history(tenant, kind, events).await)
    }

    /// History events committed after `after`, in commit order, at most `limit`.
    pub async fn history_events_after(&self, after: i64, limit: i64) -> Result<Vec<HistoryRow>, StoreError> {
        read!(self, s => s.history_events_after(after, limit))
    }

    /// Every tenant's settings JSON.
    pub async fn tenant_settings(&self) -> Result<Vec<(String, String)>, StoreError> {
        read!(self, s => s.tenant_settings())
    }

    /// Stores a tenant's settings JSON.
    pub async fn put_tenant_settings(&self, tenant: &str, settings: String, by_key: &str) -> Result<(), StoreError> {
        dispatch!(self, s => s.put_tenant_settings(tenant, settings, by_key).await)
    }

    /// The caller behind an API key, by the sha256 of its secret.
    pub async fn principal(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        read!(self, s => s.principal(hash))
    }

    /// Creates a key; returns its record and the secret, which is not stored.
    pub async fn create_key(
        &self,
        tenant: &str,
        role: Role,
        name: &str,
        jurisdiction: Option<&[String]>,
    ) -> Result<(KeyInfo, String), StoreError> {
        read!(self, s => s.create_key(tenant, role, name, jurisdiction))
    }

    /// Every key, without secrets.
    pub async fn list_keys(&self) -> Result<Vec<KeyInfo>, StoreError> {
        read!(self, s => s.list_keys())
    }

    /// Revokes a key; `false` if there is no such active key.
    pub async fn revoke_key(&self, id: &str) -> Result<bool, StoreError> {
        read!(self, s => s.revoke_key(id))
    }

    /// Cuts down at most `limit` decisions stored before `cutoff` (RFC 3339) to what the
    /// aggregates need (see `retention`); how many it did.
    pub async fn purge_before(&self, cutoff: &str, limit: i64) -> Result<usize, StoreError> {
        dispatch!(self, s => s.purge_before(cutoff, limit).await)
    }

    /// What is stored about one data subject (a payee's account, an order's customer) for these
    /// tenants (`None`: all): decisions on requests naming it and history events naming it.
    pub async fn subject_data(&self, subject: &Subject, tenants: Option<&[String]>) -> Result<SubjectData, StoreError> {
        read!(self, s => s.subject_data(subject, tenants))
    }

    /// Erases one data subject's data for these tenants: the decisions' requests are cut down
    /// as after the retention period, the history events deleted; one transaction.
    pub async fn erase_subject(&self, subject: &Subject, tenants: Option<&[String]>) -> Result<Erased, StoreError> {
        dispatch!(self, s => s.erase_subject(subject, tenants).await)
    }

    /// Stores a signed-in browser's session; `replaces` is the id hash of the session the
    /// browser held before, which ends (no session fixation). Expired sessions are dropped.
    pub async fn put_ui_session(&self, session: UiSession, replaces: Option<String>) -> Result<(), StoreError> {
        dispatch!(self, s => s.put_ui_session(session, replaces).await)
    }

    /// The unexpired session with this id hash.
    pub async fn ui_session(&self, id_hash: &str) -> Result<Option<UiSession>, StoreError> {
        read!(self, s => s.ui_session(id_hash))
    }

    /// Ends a session.
    pub async fn delete_ui_session(&self, id_hash: &str) -> Result<(), StoreError> {
        dispatch!(self, s => s.delete_ui_session(id_hash).await)
    }

    /// Erasures recorded after `after` (see `erase_subject`): (sequence number, company), oldest
    /// first. Every instance rebuilds the histories of the companies it finds here.
    pub async fn erasures_after(&self, after: i64) -> Result<Vec<(i64, String)>, StoreError> {
        read!(self, s => s.erasures_after(after))
    }

    /// Appends an entry to the audit log; returns its position.
    pub async fn append_audit(&self, entry: AuditEntry) -> Result<i64, StoreError> {
        dispatch!(self, s => s.append_audit(entry).await)
    }

    /// Fills in the status of an entry appended without one, before its action ran. Only a
    /// missing status can be filled in, once; the database refuses every other change.
    pub async fn record_audit_outcome(&self, seq: i64, status: i32) -> Result<(), StoreError> {
        dispatch!(self, s => s.record_audit_outcome(seq, status).await)
    }

    /// Audit log entries after `after`, oldest first, at most `limit`.
    pub async fn audit_log(&self, after: i64, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        read!(self, s => s.audit_log(after, limit))
    }
}

use serde::{Deserialize, Serialize};

use crate::domain::{Decision, Kind};

/// What the writer reports about itself, for metrics.
#[derive(Debug, Default)]
pub struct StoreStats {
    /// Writes sent to the writer and not yet answered.
    pub queue_depth: std::sync::atomic::AtomicU64,
    /// Sizes of the committed batches, in order (the metrics endpoint buckets them).
    pub batch_sizes: std::sync::Mutex<Vec<u32>>,
    /// The WAL's length in frames at the last checkpoint.
    pub wal_frames: std::sync::atomic::AtomicU64,
}

/// Who an API key belongs to and what it may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A finance or procurement system.
    Client,
    /// Company risk staff.
    Analyst,
    /// Police: tenants of its jurisdiction, the rules.
    Officer,
    /// Everything.
    Admin,
}

impl Role {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Client => "client",
            Role::Analyst => "analyst",
            Role::Officer => "officer",
            Role::Admin => "admin",
        }
    }

    /// Parses a stored name.
    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "client" => Some(Role::Client),
            "analyst" => Some(Role::Analyst),
            "officer" => Some(Role::Officer),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// An authenticated caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    /// The key's id (not the secret).
    pub key_id: String,
    /// The key's name: the system or person behind every action.
    pub name: String,
    /// The key's tenant.
    pub tenant: String,
    /// The key's role.
    pub role: Role,
    /// For officers: the tenants they cover; `None` means all.
    pub jurisdiction: Option<Vec<String>>,
}

impl Principal {
    /// Whether this caller may read objects of `tenant`.
    pub fn can_read(&self, tenant: &str) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Officer => self.jurisdiction.as_ref().is_none_or(|j| j.iter().any(|t| t == tenant)),
            Role::Client | Role::Analyst => self.tenant == tenant,
        }
    }
}

/// A stored API key, without its secret.
#[derive(Clone, Debug, Serialize)]
pub struct KeyInfo {
    /// Key id.
    pub id: String,
    /// Tenant.
    pub tenant: String,
    /// Role.
    pub role: Role,
    /// Name.
    pub name: String,
    /// Officer jurisdiction.
    pub jurisdiction: Option<Vec<String>>,
    /// When created.
    pub created_at: String,
    /// When revoked, if it was.
    pub revoked_at: Option<String>,
}

/// A decision to record, with the request it answers.
#[derive(Clone, Debug)]
pub struct NewDecision {
    /// Tenant.
    pub tenant: String,
    /// Payment or order.
    pub kind: Kind,
    /// The caller's id.
    pub request_id: String,
    /// sha256 of the canonical request JSON.
    pub body_hash: String,
    /// The canonical request JSON.
    pub request_json: String,
    /// The decision, with its id and case id filled.
    pub decision: Decision,
    /// The decision as JSON: stored, and sent back as it was stored.
    pub decision_json: String,
    /// When set, the request also enters the counterparty history at this time (RFC 3339),
    /// in the same transaction: for tenants whose `allow` counts as paid.
    pub history_at: Option<String>,
    /// The shadow ruleset's decision, when one is loaded (never returned to the caller).
    pub shadow_json: Option<String>,
    /// Webhook events, written only if the decision is new.
    pub events: Vec<NewEvent>,
}

/// A review case as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseRecord {
    /// Case id.
    pub id: String,
    /// The decision it reviews.
    pub decision_id: String,
    /// Tenant.
    pub tenant: String,
    /// `open`, `in_review` or `closed`.
    pub status: String,
    /// How it was closed.
    pub resolution: Option<String>,
    /// Who works on it.
    pub assignee: Option<String>,
    /// When it was opened (with the decision).
    pub opened_at: String,
    /// When it last changed.
    pub updated_at: Option<String>,
    /// When it was closed.
    pub closed_at: Option<String>,
}

/// A case in a list, with what a reviewer sorts and filters by.
#[derive(Clone, Debug, Serialize)]
pub struct CaseSummary {
    /// The case.
    #[serde(flatten)]
    pub case: CaseRecord,
    /// `review` or `block`.
    pub decision: String,
    /// The decision's score.
    pub score: i64,
    /// Payment or order.
    pub kind: String,
    /// The caller's request id.
    pub request_id: String,
    /// Rules that fired, in hit order.
    pub rule_ids: Vec<String>,
    /// Scam types of those rules.
    pub scam_types: Vec<String>,
}

impl CaseSummary {
    /// Builds a summary from the case and its decision's stored JSON.
    fn new(
        case: CaseRecord,
        decision: &str,
        score: i64,
        kind: String,
        request_id: String,
        decision_json: &str,
    ) -> Self {
        let (mut rule_ids, mut scam_types) = (Vec::new(), Vec::new());
        if let Ok(stored) = serde_json::from_str::<Decision>(decision_json) {
            for hit in &stored.hits {
                rule_ids.push(hit.rule_id.to_string());
                if !scam_types.iter().any(|t: &String| t.as_str() == hit.scam_type.as_ref()) {
                    scam_types.push(hit.scam_type.to_string());
                }
            }
        }
        CaseSummary { case, decision: decision.to_owned(), score, kind, request_id, rule_ids, scam_types }
    }
}

/// One entry of a case's append-only history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CaseEvent {
    /// When.
    pub at: String,
    /// The key that acted.
    pub by_key: String,
    /// Its name: the system or person.
    pub by_name: String,
    /// `status`, `resolution`, `assignee` or `note`.
    pub action: String,
    /// What changed.
    pub detail: serde_json::Value,
}

/// Which cases to list.
#[derive(Clone, Debug, Default)]
pub struct CaseFilter {
    /// Only these tenants; `None` means every tenant.
    pub tenants: Option<Vec<String>>,
    /// `open`, `in_review` or `closed`.
    pub status: Option<String>,
    /// Opened at or after (stored timestamp text).
    pub opened_from: Option<String>,
    /// Opened before.
    pub opened_to: Option<String>,
    /// Cases whose decision has a hit of this scam type.
    pub scam_type: Option<String>,
    /// Cases whose decision has a hit of this rule.
    pub rule_id: Option<String>,
    /// The cursor: cases opened after the one it names.
    pub after: Option<String>,
    /// Page size.
    pub limit: usize,
}

/// How one rule fared over a period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RuleStat {
    /// Rule id.
    pub rule_id: String,
    /// Decisions it fired on.
    pub hits: i64,
    /// Of those, decisions with a review case.
    pub cases: i64,
    /// Of those cases, closed as confirmed fraud.
    pub confirmed_frauds: i64,
    /// Of those cases, closed as false alarm.
    pub false_alarms: i64,
    /// When it last fired in the period.
    pub last_fired: Option<String>,
}

/// Which decisions rule statistics count.
#[derive(Clone, Debug, Default)]
pub struct StatsFilter {
    /// Only these tenants; `None` means every tenant.
    pub tenants: Option<Vec<String>>,
    /// Screened at or after (stored timestamp text).
    pub from: Option<String>,
    /// Screened before.
    pub to: Option<String>,
}

/// A decision as the weekly report reads it.
#[derive(Clone, Debug)]
pub struct ReportDecision {
    /// Tenant.
    pub tenant: String,
    /// `payment` or `order`.
    pub kind: String,
    /// `allow`, `review` or `block`.
    pub decision: String,
    /// The decision as stored.
    pub decision_json: String,
    /// The request as received.
    pub request_json: String,
    /// How its case was closed, if it has one and it is closed.
    pub resolution: Option<String>,
    /// The shadow ruleset's decision, when one was loaded.
    pub shadow_json: Option<String>,
}

/// A case as the weekly report reads it, with its decision and request.
#[derive(Clone, Debug)]
pub struct ReportCase {
    /// Tenant.
    pub tenant: String,
    /// When it was opened.
    pub opened_at: String,
    /// When it was closed.
    pub closed_at: Option<String>,
    /// How.
    pub resolution: Option<String>,
    /// The decision as stored.
    pub decision_json: String,
    /// The request as received.
    pub request_json: String,
}

/// An outreach session as stored: its id, when it was held (stored timestamp), the session as
/// JSON, and who wrote it last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutreachRow {
    /// Session id.
    pub id: String,
    /// When it was held.
    pub held_at: String,
    /// The session, as JSON.
    pub session: String,
    /// Who recorded it (a key name).
    pub by: String,
}

/// A fraud case record as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncidentRow {
    /// Record id.
    pub id: String,
    /// The company (tenant) it happened to.
    pub company: String,
    /// When it was reported (stored timestamp).
    pub reported_at: String,
    /// `reported`, `investigating`, `confirmed` or `closed`.
    pub status: String,
    /// The record, as JSON.
    pub incident: String,
    /// Who recorded it last (a key name).
    pub by: String,
}

/// A watchlist entry to add.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewWatch {
    /// `account`, `phone`, `name`, `im` or `email`.
    pub kind: String,
    /// The identifier as reported.
    pub value: String,
    /// `manual`, `outcome` or `incident`.
    pub source: String,
    /// The decision or incident it came from.
    pub source_ref: Option<String>,
    /// Whose decision or incident that was.
    pub source_tenant: Option<String>,
    /// Why.
    pub note: Option<String>,
    /// Who added it (a key name).
    pub added_by: String,
    /// Until when it applies (stored timestamp text).
    pub expires_at: Option<String>,
}

/// A watchlist entry as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WatchRecord {
    /// Entry id.
    pub id: String,
    /// What was added.
    #[serde(flatten)]
    pub entry: NewWatch,
    /// When.
    pub added_at: String,
    /// Who removed it.
    pub removed_by: Option<String>,
    /// When.
    pub removed_at: Option<String>,
}

/// A change to a case, applied only if the case is unchanged since it was read (its status and
/// `updated_at`), so two reviewers never overwrite each other unknowingly; in one transaction
/// with its events and the decision's outcome.
#[derive(Clone, Debug)]
pub struct CaseUpdate {
    /// Case id.
    pub case_id: String,
    /// Tenant of the case.
    pub tenant: String,
    /// The key that acts.
    pub by_key: String,
    /// Its name.
    pub by_name: String,
    /// The status the change was decided against.
    pub expected_status: String,
    /// The case's `updated_at` when it was read: any change since makes this one stale.
    pub expected_updated_at: Option<String>,
    /// New status.
    pub status: Option<String>,
    /// Resolution (with `closed`).
    pub resolution: Option<String>,
    /// New assignee.
    pub assignee: Option<String>,
    /// A note for the history.
    pub note: Option<String>,
    /// The outcome the resolution means for the decision.
    pub outcome: Option<OutcomeWrite>,
    /// An allowlist entry (history event JSON and its time) a false alarm adds.
    pub allowlist: Option<(String, String)>,
    /// A verification step ticked off (recorded in the history).
    pub checked: Option<String>,
    /// Webhook events, written only if the change applies.
    pub events: Vec<NewEvent>,
}

/// What a case update did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseUpdated {
    /// Applied; `history_added` when the outcome added a history event.
    Applied {
        /// The outcome made the payee or customer known.
        history_added: bool,
    },
    /// The case changed since it was read; nothing was written.
    Stale,
}

/// Which decisions to list.
#[derive(Clone, Debug, Default)]
pub struct DecisionFilter {
    /// Only these tenants; `None` means every tenant.
    pub tenants: Option<Vec<String>>,
    /// Screened at or after (RFC 3339).
    pub from: Option<String>,
    /// Screened before (RFC 3339).
    pub to: Option<String>,
    /// `allow`, `review` or `block`.
    pub decision: Option<String>,
    /// Decisions with a hit of this scam type.
    pub scam_type: Option<String>,
    /// The cursor: decisions committed after the one it names.
    pub after: Option<String>,
    /// Page size.
    pub limit: usize,
}

/// What recording a decision did; each carries the decision's JSON as stored.
#[derive(Clone, Debug)]
pub enum Recorded {
    /// Stored now.
    New(String),
    /// The same request was stored before: its decision, unchanged.
    Existing(String),
    /// The same id was stored before with a different body.
    Conflict,
}

/// Store failures; internal to the service (they become 503/500, never 4xx).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite said no.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// The batch's transaction did not commit; nothing of it was stored.
    #[error("commit failed: {0}")]
    Commit(String),
    /// The writer thread is gone.
    #[error("the store writer has stopped")]
    WriterGone,
    /// Stored JSON could not be read back.
    #[error("corrupt stored record: {0}")]
    Corrupt(String),
    /// Migrations could not be applied, or are missing.
    #[error("migration failed: {0}")]
    Migration(String),
    /// The database URL or options are wrong.
    #[error("{0}")]
    Config(String),
    /// The database cannot be reached (down, unreachable, or out of connections).
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
}
