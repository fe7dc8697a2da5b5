-- The PostgreSQL schema: the same tables as SQLite's, so both backends answer alike.
-- Timestamps are text in one fixed UTC format (see store::stamp), so text order is time order
-- on both. `seq` columns give commit order: every transaction that adds decisions or history
-- events holds one advisory lock while it does (see postgres.rs), so a sequence number is never
-- committed after a larger one.
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
    seq              BIGSERIAL NOT NULL UNIQUE,
    id               TEXT PRIMARY KEY,
    tenant           TEXT NOT NULL,
    kind             TEXT NOT NULL,
    request_id       TEXT NOT NULL,
    body_hash        TEXT NOT NULL,
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
    seq          BIGSERIAL PRIMARY KEY,
    decision_id  TEXT NOT NULL REFERENCES decisions (id),
    tenant       TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    note         TEXT,
    by_key       TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX outcomes_by_decision ON outcomes (decision_id);

CREATE TABLE history_events (
    seq           BIGSERIAL PRIMARY KEY,
    tenant        TEXT NOT NULL,
    kind          TEXT NOT NULL,
    request_json  TEXT NOT NULL,
    at            TEXT NOT NULL
);

CREATE TABLE tenant_settings (
    tenant      TEXT PRIMARY KEY,
    settings    TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE rulesets (
    seq           BIGSERIAL PRIMARY KEY,
    version       TEXT NOT NULL,
    files         TEXT NOT NULL,
    activated_by  TEXT NOT NULL,
    activated_at  TEXT NOT NULL
);
