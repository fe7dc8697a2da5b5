-- The key that added a subscription: a park-wide subscription carries its creator's
-- jurisdiction, so it ends when that key is revoked. NULL for subscriptions made before.
ALTER TABLE webhooks ADD COLUMN created_by_key TEXT;
