-- Which decision a payment or order history event came from, so that a request enters the
-- history once, whether an allowed decision counted as paid or an outcome reported it executed.
ALTER TABLE history_events ADD COLUMN decision_id TEXT;
CREATE INDEX history_events_by_decision ON history_events (decision_id);
CREATE INDEX outcomes_by_decision ON outcomes (decision_id);
