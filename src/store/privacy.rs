//! One counterparty's data, for a data subject's request (PIPL): a payee found by account
//! number, or an order's customer found by name; the decisions on requests naming it and the
//! history events that name it.

use serde::Serialize;

use super::HistoryRow;

/// Whose data a request under PIPL is about, as the requests named it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A payee, by account number.
    Account(String),
    /// An order's customer, by name.
    Customer(String),
}

impl Subject {
    /// The account number or name.
    pub fn value(&self) -> &str {
        match self {
            Subject::Account(v) | Subject::Customer(v) => v,
        }
    }

    /// The SQLite condition (`?1` the value) for a decision on a request naming the subject.
    pub(super) fn sqlite_decisions(&self) -> &'static str {
        match self {
            Subject::Account(_) => "kind = 'payment' AND json_extract(request_json, '$.payee.account_no') = ?1",
            Subject::Customer(_) => "kind = 'order' AND json_extract(request_json, '$.customer.name') = ?1",
        }
    }

    /// The SQLite condition (`?1` the value) for a history event naming the subject: a paid
    /// request or accepted order, a master-data record, an allowlist entry.
    pub(super) fn sqlite_history(&self) -> &'static str {
        match self {
            Subject::Account(_) => {
                "(json_extract(request_json, '$.payee.account_no') = ?1
                 OR (kind = 'counterparty' AND json_extract(request_json, '$.account_no') = ?1)
                 OR (kind = 'allowlist' AND json_extract(request_json, '$.value') = ?1))"
            }
            Subject::Customer(_) => {
                "((kind = 'order' AND json_extract(request_json, '$.customer.name') = ?1)
                 OR (kind = 'allowlist' AND json_extract(request_json, '$.kind') = 'customer'
                     AND json_extract(request_json, '$.value') = ?1))"
            }
        }
    }

    /// The PostgreSQL condition (`$1` the value) for a decision on a request naming the subject.
    pub(super) fn pg_decisions(&self) -> &'static str {
        match self {
            Subject::Account(_) => "kind = 'payment' AND request_json::jsonb #>> '{payee,account_no}' = $1",
            Subject::Customer(_) => "kind = 'order' AND request_json::jsonb #>> '{customer,name}' = $1",
        }
    }

    /// The PostgreSQL condition (`$1` the value) for a history event naming the subject.
    pub(super) fn pg_history(&self) -> &'static str {
        match self {
            Subject::Account(_) => {
                "(request_json::jsonb #>> '{payee,account_no}' = $1
                 OR (kind = 'counterparty' AND request_json::jsonb ->> 'account_no' = $1)
                 OR (kind = 'allowlist' AND request_json::jsonb ->> 'value' = $1))"
            }
            Subject::Customer(_) => {
                "((kind = 'order' AND request_json::jsonb #>> '{customer,name}' = $1)
                 OR (kind = 'allowlist' AND request_json::jsonb ->> 'kind' = 'customer'
                     AND request_json::jsonb ->> 'value' = $1))"
            }
        }
    }
}

/// A stored decision on a request naming the subject.
#[derive(Clone, Debug, Serialize)]
pub struct DecisionAbout {
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

/// What the store holds about one data subject.
#[derive(Clone, Debug, Default)]
pub struct SubjectData {
    /// Decisions on payments to it, or on its orders.
    pub decisions: Vec<DecisionAbout>,
    /// History events naming it: payments or orders, master-data records, allowlist entries.
    pub history: Vec<HistoryRow>,
}

/// The companies whose counterparty history an erasure of `data` changes, each once.
pub(super) fn erased_tenants(data: &SubjectData) -> Vec<String> {
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
