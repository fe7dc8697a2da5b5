//! One counterparty's data, for a data subject's request (PIPL): a payee found by account
//! number, or an order's customer found by name, each however it was spelt (by the key the
//! engine knows it by); the decisions on requests naming it and the history events that name it.

use serde::Serialize;

use super::HistoryRow;
use crate::domain::entity::is_cjk;
use crate::engine::history::{account_key, name_key};

/// Whose data a request under PIPL is about, as the data subject gave it.
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

    /// The key the engine knows the counterparty by: an account number's digits and letters
    /// (`account_key`), a customer's folded name (`name_key`). A request or history event names
    /// the subject when its value has the same key, however it was spelt: the erasure must
    /// reach everything the engine would have counted as this counterparty's.
    fn key_of(&self, value: &str) -> String {
        match self {
            Subject::Account(_) => account_key(value),
            Subject::Customer(_) => name_key(value),
        }
    }

    /// Whether a stored account number or customer name is the subject's. A value with no key
    /// at all (an account number without a digit or letter) matches only itself.
    pub(super) fn is_named_by(&self, stored: &str) -> bool {
        let key = self.key_of(self.value());
        if key.is_empty() { stored == self.value() } else { self.key_of(stored) == key }
    }

    /// A `LIKE` pattern that every stored value naming the subject matches, for the database to
    /// narrow the rows down before [`Subject::is_named_by`] decides: the key's characters in
    /// order with anything between them. Only characters a stored value must hold verbatim are
    /// used: an account key's letters and digits (`LIKE` ignores ASCII case on SQLite, and
    /// PostgreSQL is given `ILIKE`), a name key's Chinese characters (its Latin letters may
    /// have been full-width). No such character: every row is a candidate.
    pub(super) fn like_pattern(&self) -> String {
        let key = self.key_of(self.value());
        let mut pattern = String::from("%");
        for c in key.chars() {
            let verbatim = match self {
                Subject::Account(_) => c.is_ascii_alphanumeric(),
                Subject::Customer(_) => is_cjk(c),
            };
            if verbatim {
                pattern.push(c);
                pattern.push('%');
            }
        }
        pattern
    }

    /// What `is_named_by` reads on a decision, and the kind of request it must be: SQLite.
    pub(super) fn sqlite_decisions(&self) -> (&'static str, &'static str) {
        match self {
            Subject::Account(_) => ("payment", "json_extract(request_json, '$.payee.account_no')"),
            Subject::Customer(_) => ("order", "json_extract(request_json, '$.customer.name')"),
        }
    }

    /// What `is_named_by` reads on a history event (null when the event cannot name the
    /// subject): a paid request or accepted order, a master-data record, an allowlist entry.
    pub(super) fn sqlite_history(&self) -> &'static str {
        match self {
            Subject::Account(_) => {
                "CASE WHEN kind = 'counterparty' THEN json_extract(request_json, '$.account_no')
                      WHEN kind = 'allowlist' THEN
                        CASE WHEN json_extract(request_json, '$.kind') = 'payee'
                             THEN json_extract(request_json, '$.value') END
                      ELSE json_extract(request_json, '$.payee.account_no') END"
            }
            Subject::Customer(_) => {
                "CASE WHEN kind = 'order' THEN json_extract(request_json, '$.customer.name')
                      WHEN kind = 'allowlist' AND json_extract(request_json, '$.kind') = 'customer'
                      THEN json_extract(request_json, '$.value') END"
            }
        }
    }

    /// [`Subject::sqlite_decisions`] on PostgreSQL.
    pub(super) fn pg_decisions(&self) -> (&'static str, &'static str) {
        match self {
            Subject::Account(_) => ("payment", "request_json::jsonb #>> '{payee,account_no}'"),
            Subject::Customer(_) => ("order", "request_json::jsonb #>> '{customer,name}'"),
        }
    }

    /// [`Subject::sqlite_history`] on PostgreSQL.
    pub(super) fn pg_history(&self) -> &'static str {
        match self {
            Subject::Account(_) => {
                "CASE WHEN kind = 'counterparty' THEN request_json::jsonb ->> 'account_no'
                      WHEN kind = 'allowlist' THEN
                        CASE WHEN request_json::jsonb ->> 'kind' = 'payee'
                             THEN request_json::jsonb ->> 'value' END
                      ELSE request_json::jsonb #>> '{payee,account_no}' END"
            }
            Subject::Customer(_) => {
                "CASE WHEN kind = 'order' THEN request_json::jsonb #>> '{customer,name}'
                      WHEN kind = 'allowlist' AND request_json::jsonb ->> 'kind' = 'customer'
                      THEN request_json::jsonb ->> 'value' END"
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
