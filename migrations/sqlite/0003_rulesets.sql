-- Every activated ruleset, with its files, who activated it and when (for rollback).
CREATE TABLE rulesets (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    version       TEXT NOT NULL,
    files         TEXT NOT NULL,   -- JSON array of [path, content]
    activated_by  TEXT NOT NULL,
    activated_at  TEXT NOT NULL
);
