-- Keys older than the retention period are purged every hour; the purge finds them by age.
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);
