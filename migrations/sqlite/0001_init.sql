-- The decision log, its cases, outcomes, counterparty history events and API keys.
CREATE TABLE api_keys (
    id            TEXT PRIMARY KEY,
    tenant        TEXT NOT NULL,
    role          TEXT NOT NULL,
    name          TEXT NOT NULL,
    jurisdiction  TEXT,            -- comma-separated tenants an officer covers; NULL = all
    key_hash      TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    revoked_at    TEXT
);

CREATE TABLE decisions (
    id               TEXT PRIMARY KEY,
    tenant           TEXT NOT NULL,
    kind             TEXT NOT NULL,
    request_id       TEXT NOT NULL,
    body_hash        TEXT NOT NULL,   -- sha256 of the canonical request JSON, for idempotency
    request_json     TEXT NOT NULL,
    decision_json    TEXT NOT NULL,
    decision         TEXT NOT NULL,
    score            INTEGER NOT NULL,
    ruleset_version  TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    UNIQUE (tenant, kind, request_id)
);
CREATE INDEX decisions_by_tenant_time ON decisions (tenant, created_at);

CREATE TABLE cases (
    id           TEXT PRIMARY KEY,
    decision_id  TEXT NOT NULL UNIQUE REFERENCES decisions (id),
    tenant       TEXT NOT NULL,
    status       TEXT NOT NULL,
    opened_at    TEXT NOT NULL
);

CREATE TABLE outcomes (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    decision_id  TEXT NOT NULL REFERENCES decisions (id),
    tenant       TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    note         TEXT,
    by_key       TEXT NOT NULL,
    at           TEXT NOT NULL
);

-- Counterparty history as timestamped events, replayed into memory at start.
CREATE TABLE history_events (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant        TEXT NOT NULL,
    kind          TEXT NOT NULL,
    request_json  TEXT NOT NULL,
    at            TEXT NOT NULL
);
CREATE INDEX history_events_by_tenant ON history_events (tenant, seq);
