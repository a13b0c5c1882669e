-- A first attempt that succeeds leaves no delivery row (the dispatcher sends it straight from the outbox), so an attempt
-- no longer references a delivery row; the index that served the cascade goes with it. Deleting an endpoint deletes its
-- attempts explicitly.
ALTER TABLE webhook_attempts DROP CONSTRAINT IF EXISTS webhook_attempts_delivery_id_fkey;
DROP INDEX IF EXISTS ix_webhook_attempts_delivery;
