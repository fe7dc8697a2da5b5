//! The audit log's rows: who did what, through which route, with what result.

use serde::Serialize;

/// One officer or admin action, or one key change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    /// Position in the log; 0 for an entry not yet written.
    pub seq: i64,
    /// When, RFC 3339.
    pub at: String,
    /// The acting key's id; `None` for the command line.
    pub actor_key: Option<String>,
    /// The acting key's name, or `command line`.
    pub actor_name: String,
    /// The acting key's role.
    pub actor_role: String,
    /// The acting key's tenant.
    pub actor_tenant: Option<String>,
    /// What was done: the method and route (`PATCH /v1/cases/{id}`), or `keys create`.
    pub action: String,
    /// What it was done to: the path as called, account numbers masked, or a key id.
    pub target: String,
    /// The HTTP status answered (0 for the command line's changes, which either commit or not).
    /// `None` while the action runs, and for good if the service stopped before it answered:
    /// an action's entry is written before the action (see `http::audit`).
    pub status: Option<i32>,
    /// The request id, to find the request's log lines.
    pub request_id: Option<String>,
}

impl AuditEntry {
    /// A key change made with `fraudscreen keys`, by whoever runs the command.
    pub fn command_line(action: &str, target: &str) -> AuditEntry {
        let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
        AuditEntry {
            seq: 0,
            at: super::now(),
            actor_key: None,
            actor_name: format!("command line ({user})"),
            actor_role: "admin".into(),
            actor_tenant: None,
            action: action.into(),
            target: target.into(),
            status: Some(0),
            request_id: None,
        }
    }
}
