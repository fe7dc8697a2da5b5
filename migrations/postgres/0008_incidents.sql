-- Fraud case records companies report (attempted or successful scams), distinct from the
-- review cases of screening. The record is kept as JSON; a deleted one is kept, marked.
CREATE TABLE incidents (
    seq          BIGSERIAL PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    company      TEXT NOT NULL,
    reported_at  TEXT NOT NULL,
    status       TEXT NOT NULL,
    incident     TEXT NOT NULL,   -- JSON
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    deleted_by   TEXT,
    deleted_at   TEXT
);
CREATE INDEX incidents_by_company ON incidents (company, reported_at);
