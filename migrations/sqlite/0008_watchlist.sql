-- The watchlist: identifiers of confirmed scammers that later screenings check. Entries are
-- never deleted; removing one records who removed it and when, so every change is audited.
CREATE TABLE watchlist (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,   -- account | phone | name | im | email
    value         TEXT NOT NULL,
    source        TEXT NOT NULL,   -- manual | outcome | incident
    source_ref    TEXT,            -- the decision or incident it came from
    source_tenant TEXT,            -- whose it was (shown to officers only)
    note          TEXT,
    added_by      TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    expires_at    TEXT,
    removed_by    TEXT,
    removed_at    TEXT
);
