-- A first attempt that succeeds leaves no delivery row (the dispatcher sends it straight from the outbox), so an attempt
-- no longer references a delivery row. SQLite drops a foreign key only by rebuilding the table; the columns keep their
-- order. Deleting an endpoint deletes its attempts explicitly.
CREATE TABLE webhook_attempts_rebuilt (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      TEXT NOT NULL,
    delivery_id    TEXT NOT NULL,
    endpoint_id    TEXT NOT NULL,
    message_id     TEXT NOT NULL,
    event_type     TEXT NOT NULL,
    attempted_at   TEXT NOT NULL,
    status_code    INTEGER NULL,
    latency_ms     INTEGER NOT NULL,
    response_body  TEXT NULL,
    error          TEXT NULL,
    succeeded      INTEGER NOT NULL,
    next_retry_at  TEXT NULL
);
INSERT INTO webhook_attempts_rebuilt SELECT seq, tenant_id, delivery_id, endpoint_id, message_id, event_type, attempted_at, status_code, latency_ms, response_body, error, succeeded, next_retry_at FROM webhook_attempts;
DROP TABLE webhook_attempts;
ALTER TABLE webhook_attempts_rebuilt RENAME TO webhook_attempts;
CREATE INDEX ix_webhook_attempts_endpoint ON webhook_attempts (tenant_id, endpoint_id, seq);
