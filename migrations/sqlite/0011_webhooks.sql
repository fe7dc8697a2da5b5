-- Webhooks. Events are written to the outbox in the same transaction as the change that causes
-- them; each subscription reads the outbox in order from its own position (`last_seq`), so a
-- slow receiver holds back only itself, and a restart resumes where delivery stopped.
CREATE TABLE outbox (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    id       TEXT NOT NULL UNIQUE,   -- the event id receivers deduplicate on
    type     TEXT NOT NULL,          -- decision.block, case.opened, ...
    tenant   TEXT,                   -- NULL: a park-wide event (watchlist, rules)
    at       TEXT NOT NULL,
    payload  TEXT NOT NULL           -- JSON
);

CREATE TABLE webhooks (
    id               TEXT PRIMARY KEY,
    tenant           TEXT,           -- NULL: park-wide, added by an officer or admin
    jurisdiction     TEXT,           -- park-wide: JSON array of the tenants covered; NULL: all
    url              TEXT NOT NULL,
    events           TEXT NOT NULL,  -- JSON array of event types
    format           TEXT NOT NULL,  -- json | wecom | dingtalk
    secret           TEXT,           -- never returned by the API
    created_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    deleted_by       TEXT,
    deleted_at       TEXT,
    last_seq         INTEGER NOT NULL,  -- the last outbox event handled
    attempts         INTEGER NOT NULL DEFAULT 0,  -- failed attempts at the next event
    next_attempt_at  TEXT,
    lease_owner      TEXT,           -- the instance delivering for it, until lease_until
    lease_until      TEXT
);

-- Every attempt, for `GET /v1/webhooks/{id}/deliveries`.
CREATE TABLE webhook_deliveries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    webhook_id   TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    event_type   TEXT NOT NULL,
    attempt      INTEGER NOT NULL,
    at           TEXT NOT NULL,
    status_code  INTEGER,
    error        TEXT,
    outcome      TEXT NOT NULL,     -- delivered | retrying | dead
    millis       INTEGER NOT NULL
);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, id);
