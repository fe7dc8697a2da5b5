//! The `WHERE` clauses the two backends build alike from a filter: tenants, time bounds, equal
//! values, and "a hit with this scam type or rule" inside the stored decision JSON. Values are
//! always bound, never spliced into the SQL; only the placeholder style and the JSON functions
//! differ between SQLite and PostgreSQL.

/// The SQL dialect of a backend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dialect {
    /// `?1`, `json_each`.
    Sqlite,
    /// `$1`, `jsonb_array_elements`.
    Postgres,
}

/// Conditions and their bound arguments, built in order.
#[derive(Debug)]
pub(super) struct Where {
    dialect: Dialect,
    /// Placeholders already used before these conditions (such as a cursor bound as the first).
    offset: usize,
    /// The conditions, each starting with ` AND `.
    pub sql: String,
    /// The arguments, in placeholder order.
    pub args: Vec<String>,
    /// A tenant filter with no tenant: nothing can match.
    pub nothing: bool,
}

impl Where {
    /// Conditions whose placeholders follow `offset` earlier ones.
    pub fn new(dialect: Dialect, offset: usize) -> Where {
        Where { dialect, offset, sql: String::new(), args: Vec::new(), nothing: false }
    }

    /// Binds `value` and returns its placeholder.
    fn bind(&mut self, value: &str) -> String {
        self.args.push(value.to_owned());
        let n = self.offset + self.args.len();
        match self.dialect {
            Dialect::Sqlite => format!("?{n}"),
            Dialect::Postgres => format!("${n}"),
        }
    }

    /// `column IN (...)` when `tenants` is given; an empty list matches nothing.
    pub fn tenants(&mut self, column: &str, tenants: Option<&[String]>) -> &mut Where {
        if let Some(tenants) = tenants {
            if tenants.is_empty() {
                self.nothing = true;
            } else {
                let marks: Vec<String> = tenants.iter().map(|t| self.bind(t)).collect();
                self.sql.push_str(&format!(" AND {column} IN ({})", marks.join(", ")));
            }
        }
        self
    }

    /// `column op value` when `value` is given (`op` such as `>=`, `<`, `=`).
    pub fn compare(&mut self, column: &str, op: &str, value: Option<&str>) -> &mut Where {
        if let Some(value) = value {
            let mark = self.bind(value);
            self.sql.push_str(&format!(" AND {column} {op} {mark}"));
        }
        self
    }

    /// The decision JSON in `column` has a hit whose `key` (`scam_type` or `rule_id`) is `value`.
    pub fn hit(&mut self, column: &str, key: &str, value: Option<&str>) -> &mut Where {
        if let Some(value) = value {
            let mark = self.bind(value);
            let clause = match self.dialect {
                Dialect::Sqlite => format!(
                    " AND EXISTS (SELECT 1 FROM json_each({column}, '$.hits') WHERE json_extract(value, '$.{key}') = {mark})"
                ),
                Dialect::Postgres => format!(
                    " AND EXISTS (SELECT 1 FROM jsonb_array_elements({column}::jsonb -> 'hits') h WHERE h ->> '{key}' = {mark})"
                ),
            };
            self.sql.push_str(&clause);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::{Dialect, Where};

    #[test]
    fn placeholders_follow_the_dialect_and_the_offset() {
        let tenants = vec!["acme".to_owned(), "beta".to_owned()];
        let mut w = Where::new(Dialect::Postgres, 1);
        w.tenants("d.tenant", Some(&tenants)).compare("d.created_at", ">=", Some("t0")).hit(
            "d.decision_json",
            "rule_id",
            Some("CM-003"),
        );
        assert!(w.sql.starts_with(" AND d.tenant IN ($2, $3) AND d.created_at >= $4 AND EXISTS"), "{}", w.sql);
        assert_eq!(w.args, vec!["acme", "beta", "t0", "CM-003"]);
        let mut s = Where::new(Dialect::Sqlite, 0);
        s.compare("status", "=", Some("open")).compare("x", "<", None);
        assert_eq!((s.sql.as_str(), s.nothing), (" AND status = ?1", false));
        assert!(Where::new(Dialect::Sqlite, 0).tenants("t", Some(&[])).nothing);
    }
}

impl Where {
    /// `(column IS NULL OR column >= value)` when `value` is given: not ended before it.
    pub fn not_before(&mut self, column: &str, value: Option<&str>) -> &mut Where {
        if let Some(value) = value {
            let mark = self.bind(value);
            self.sql.push_str(&format!(" AND ({column} IS NULL OR {column} >= {mark})"));
        }
        self
    }
}

/// The conditions of a decision list.
pub(super) fn decisions(dialect: Dialect, offset: usize, f: &super::DecisionFilter) -> Where {
    let mut w = Where::new(dialect, offset);
    w.tenants("tenant", f.tenants.as_deref())
        .compare("created_at", ">=", f.from.as_deref())
        .compare("created_at", "<", f.to.as_deref())
        .compare("decision", "=", f.decision.as_deref())
        .hit("decision_json", "scam_type", f.scam_type.as_deref());
    w
}

/// The conditions of a case list (cases `c` joined with their decisions `d`).
pub(super) fn cases(dialect: Dialect, offset: usize, f: &super::CaseFilter) -> Where {
    let mut w = Where::new(dialect, offset);
    w.tenants("c.tenant", f.tenants.as_deref())
        .compare("c.status", "=", f.status.as_deref())
        .compare("c.opened_at", ">=", f.opened_from.as_deref())
        .compare("c.opened_at", "<", f.opened_to.as_deref())
        .hit("d.decision_json", "scam_type", f.scam_type.as_deref())
        .hit("d.decision_json", "rule_id", f.rule_id.as_deref());
    w
}

/// Decisions `d` screened in a period.
pub(super) fn screened_in(dialect: Dialect, f: &super::StatsFilter) -> Where {
    let mut w = Where::new(dialect, 0);
    w.tenants("d.tenant", f.tenants.as_deref()).compare("d.created_at", ">=", f.from.as_deref()).compare(
        "d.created_at",
        "<",
        f.to.as_deref(),
    );
    w
}

/// Cases `c` open at some time in a period: opened before its end, not closed before its start.
pub(super) fn open_during(dialect: Dialect, f: &super::StatsFilter) -> Where {
    let mut w = Where::new(dialect, 0);
    w.tenants("c.tenant", f.tenants.as_deref())
        .compare("c.opened_at", "<", f.to.as_deref())
        .not_before("c.closed_at", f.from.as_deref());
    w
}
