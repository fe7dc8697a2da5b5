-- An action's audit entry is written before the action runs, with no status, and its status
-- is filled in once the action has answered. So no action happens without its entry: if the
-- entry cannot be written the action is refused, and if the service stops mid-action the
-- entry stays, its status empty ("outcome not recorded"). The trigger still refuses every
-- change but that one.
ALTER TABLE audit_log ALTER COLUMN status DROP NOT NULL;
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status IS NULL AND NEW.status IS NOT NULL
       AND to_jsonb(NEW) - 'status' = to_jsonb(OLD) - 'status' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only: only a missing outcome may be filled in, once';
END
$$;
