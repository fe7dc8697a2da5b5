-- An action's audit entry is written before the action runs, with no status, and its status
-- is filled in once the action has answered. So no action happens without its entry: if the
-- entry cannot be written the action is refused, and if the service stops mid-action the
-- entry stays, its status empty ("outcome not recorded").
--
-- SQLite cannot drop a NOT NULL constraint in place, so the table is rebuilt, keeping every
-- entry and its position. The triggers still refuse every change but that one.
DROP TRIGGER audit_log_no_update;
DROP TRIGGER audit_log_no_delete;
ALTER TABLE audit_log RENAME TO audit_log_before_17;
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    actor_key     TEXT,            -- the key's id; NULL for the command line
    actor_name    TEXT NOT NULL,
    actor_role    TEXT NOT NULL,
    actor_tenant  TEXT,
    action        TEXT NOT NULL,   -- `PATCH /v1/cases/{id}`, `keys create`, ...
    target        TEXT NOT NULL,   -- the path as called (account numbers masked), or a key id
    status        INTEGER,         -- NULL until the action has answered
    request_id    TEXT
);
INSERT INTO audit_log (seq, at, actor_key, actor_name, actor_role, actor_tenant, action, target, status, request_id)
    SELECT seq, at, actor_key, actor_name, actor_role, actor_tenant, action, target, status, request_id
    FROM audit_log_before_17;
DROP TABLE audit_log_before_17;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.status IS NULL AND NEW.status IS NOT NULL
          AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.actor_key IS OLD.actor_key
          AND NEW.actor_name IS OLD.actor_name AND NEW.actor_role IS OLD.actor_role
          AND NEW.actor_tenant IS OLD.actor_tenant AND NEW.action IS OLD.action
          AND NEW.target IS OLD.target AND NEW.request_id IS OLD.request_id)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: only a missing outcome may be filled in, once'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
