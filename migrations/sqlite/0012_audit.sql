-- The audit log: every officer and admin action (through the API or the officer pages) and
-- every key change, append-only. The triggers refuse any change to a row once written.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    actor_key     TEXT,            -- the key's id; NULL for the command line
    actor_name    TEXT NOT NULL,
    actor_role    TEXT NOT NULL,
    actor_tenant  TEXT,
    action        TEXT NOT NULL,   -- `PATCH /v1/cases/{id}`, `keys create`, ...
    target        TEXT NOT NULL,   -- the path as called (account numbers masked), or a key id
    status        INTEGER NOT NULL,
    request_id    TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
