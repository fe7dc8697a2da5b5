//! The durable store: decisions, cases, outcomes, history events and API keys.
//!
//! SQLite is the embedded default. Writes go through one writer thread that commits many
//! concurrent requests in one transaction (group commit), and a request is answered only after
//! its transaction committed with `synchronous=FULL`.

mod sqlite;

pub use sqlite::{OutcomeWrite, SqliteStore, hash_secret, stamp};

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
    /// Migrations could not be applied.
    #[error("migration failed: {0}")]
    Migration(String),
}
