-- Anti-fraud outreach sessions officers hold: talks, classroom sessions, visits, posters,
-- videos, group messages. The whole session is kept as JSON; deleting one keeps it, marked.
CREATE TABLE outreach (
    seq         BIGSERIAL PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    held_at     TEXT NOT NULL,
    session     TEXT NOT NULL,   -- JSON: companies, venue, format, topics, attendance, roster, officer, notes
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_by  TEXT,
    updated_at  TEXT,
    deleted_by  TEXT,
    deleted_at  TEXT
);
CREATE INDEX outreach_by_time ON outreach (held_at);
