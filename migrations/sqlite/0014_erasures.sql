-- Erasures on request, one row per company: other processes on the same database rebuild that
-- company's counterparty history from what remains when they see a row they have not applied.
CREATE TABLE erasures (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant  TEXT NOT NULL,
    at      TEXT NOT NULL
);
