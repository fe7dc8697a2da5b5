-- The audit log: every officer and admin action (through the API or the officer pages) and
-- every key change, append-only. The trigger refuses any change to a row once written.
CREATE TABLE audit_log (
    seq           BIGSERIAL PRIMARY KEY,
    at            TEXT NOT NULL,
    actor_key     TEXT,
    actor_name    TEXT NOT NULL,
    actor_role    TEXT NOT NULL,
    actor_tenant  TEXT,
    action        TEXT NOT NULL,
    target        TEXT NOT NULL,
    status        INTEGER NOT NULL,
    request_id    TEXT
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
