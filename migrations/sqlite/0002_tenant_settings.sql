-- Per-tenant overrides of rules/settings.toml, as written by officers and admins.
CREATE TABLE tenant_settings (
    tenant      TEXT PRIMARY KEY,
    settings    TEXT NOT NULL,   -- JSON: approval_limits, business_hours, time_zone
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
