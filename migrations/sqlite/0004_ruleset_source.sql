-- Where an activated ruleset came from: the rules directory (start, reload, watcher) or a
-- rollback to an archived version. The watcher activates the directory only when its content
-- differs from the last ruleset that came from it, so a rollback stays until the files change.
ALTER TABLE rulesets ADD COLUMN source TEXT NOT NULL DEFAULT 'directory';
