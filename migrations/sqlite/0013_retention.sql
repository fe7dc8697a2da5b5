-- Retention: when a decision's request was cut down to what the aggregates need.
ALTER TABLE decisions ADD COLUMN purged_at TEXT;
CREATE INDEX decisions_unpurged ON decisions (created_at) WHERE purged_at IS NULL;
