-- The review workflow: a case moves open -> in_review -> closed with a resolution and an
-- assignee, and every change is an append-only event saying who did what and when.
ALTER TABLE cases ADD COLUMN resolution TEXT;
ALTER TABLE cases ADD COLUMN assignee TEXT;
ALTER TABLE cases ADD COLUMN updated_at TEXT;
ALTER TABLE cases ADD COLUMN closed_at TEXT;
CREATE INDEX cases_by_tenant_opened ON cases (tenant, opened_at);

CREATE TABLE case_events (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id   TEXT NOT NULL REFERENCES cases (id),
    tenant    TEXT NOT NULL,
    at        TEXT NOT NULL,
    by_key    TEXT NOT NULL,
    by_name   TEXT NOT NULL,
    action    TEXT NOT NULL,   -- status | resolution | assignee | note
    detail    TEXT NOT NULL    -- JSON
);
CREATE INDEX case_events_by_case ON case_events (case_id, seq);
