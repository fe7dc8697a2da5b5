-- Erasures on request, one row per company: every instance rebuilds that company's
-- counterparty history from what remains when it sees a row it has not applied.
CREATE TABLE erasures (
    seq     BIGSERIAL PRIMARY KEY,
    tenant  TEXT NOT NULL,
    at      TEXT NOT NULL
);
