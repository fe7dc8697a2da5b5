-- Shadow mode: a candidate ruleset evaluated beside the active one; its decision is stored
-- with the real one and never returned.
ALTER TABLE decisions ADD COLUMN shadow_json TEXT;
CREATE TABLE shadow_ruleset (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  TEXT NOT NULL,
    files    TEXT NOT NULL,
    set_by   TEXT NOT NULL,
    set_at   TEXT NOT NULL
);
