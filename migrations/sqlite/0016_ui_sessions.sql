-- Officer-page sessions, so that a sign-in outlives a restart and works on every instance.
-- The session id is kept only as its sha256 (a copy of the database signs no one in); the key
-- is kept as the hash the api_keys table holds, and is read again on every request.
CREATE TABLE ui_sessions (
    id_hash     TEXT PRIMARY KEY,
    key_hash    TEXT NOT NULL,
    csrf        TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX ui_sessions_by_expiry ON ui_sessions (expires_at);
