//! One counterparty's data, found by account number, for a data subject's request (PIPL):
//! the decisions on payments to it and the history events that name it.

use serde::Serialize;

use super::HistoryRow;

/// A stored decision on a payment to the account.
#[derive(Clone, Debug, Serialize)]
pub struct DecisionOfAccount {
    /// The decision's id.
    pub id: String,
    /// Whose.
    pub tenant: String,
    /// When it was stored.
    pub created_at: String,
    /// The request as received (or as kept after a purge).
    pub request_json: String,
    /// The decision as answered.
    pub decision_json: String,
}

/// What the store holds about one account.
#[derive(Clone, Debug, Default)]
pub struct AccountData {
    /// Decisions on payments to it.
    pub decisions: Vec<DecisionOfAccount>,
    /// History events naming it: payments, master-data records, allowlist entries.
    pub history: Vec<HistoryRow>,
}

/// The companies whose counterparty history an erasure of `data` changes, each once.
pub(super) fn erased_tenants(data: &AccountData) -> Vec<String> {
    let mut tenants: Vec<String> = data.history.iter().map(|h| h.tenant.clone()).collect();
    tenants.sort();
    tenants.dedup();
    tenants
}

/// What an erasure did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Erased {
    /// Decisions whose request was cut down as after the retention period.
    pub decisions_purged: usize,
    /// History events deleted.
    pub history_events_deleted: usize,
}

/// The SQLite condition (`?1` the account) for a history event naming the account.
pub(super) const SQLITE_HISTORY_NAMES_ACCOUNT: &str = "(json_extract(request_json, '$.payee.account_no') = ?1
     OR (kind = 'counterparty' AND json_extract(request_json, '$.account_no') = ?1)
     OR (kind = 'allowlist' AND json_extract(request_json, '$.value') = ?1))";

/// The PostgreSQL condition (`$1` the account) for a history event naming the account.
pub(super) const PG_HISTORY_NAMES_ACCOUNT: &str = "(request_json::jsonb #>> '{payee,account_no}' = $1
     OR (kind = 'counterparty' AND request_json::jsonb ->> 'account_no' = $1)
     OR (kind = 'allowlist' AND request_json::jsonb ->> 'value' = $1))";
