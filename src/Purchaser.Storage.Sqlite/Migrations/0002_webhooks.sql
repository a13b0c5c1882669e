CREATE TABLE webhook_endpoints (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    tenant_id        TEXT NOT NULL REFERENCES tenants (id),
    url              TEXT NOT NULL,
    description      TEXT NULL,
    event_types      TEXT NULL,
    enabled          INTEGER NOT NULL,
    secrets_json     TEXT NOT NULL,
    failing_since    TEXT NULL,
    disabled_reason  TEXT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL
);
CREATE INDEX ix_webhook_endpoints_tenant ON webhook_endpoints (tenant_id, enabled);

CREATE TABLE webhook_fanout (
    id          INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    checkpoint  INTEGER NOT NULL
);
INSERT INTO webhook_fanout (id, checkpoint) VALUES (1, 0);

CREATE TABLE webhook_deliveries (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    tenant_id        TEXT NOT NULL,
    endpoint_id      TEXT NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    message_id       TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    subject_id       TEXT NOT NULL,
    payload          TEXT NOT NULL,
    status           TEXT NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  TEXT NULL,
    lease_owner      TEXT NULL,
    lease_until      TEXT NULL,
    created_at       TEXT NOT NULL,
    completed_at     TEXT NULL
);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX ix_webhook_deliveries_order ON webhook_deliveries (endpoint_id, subject_id, status, seq);
CREATE INDEX ix_webhook_deliveries_message ON webhook_deliveries (endpoint_id, message_id);

CREATE TABLE webhook_attempts (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      TEXT NOT NULL,
    delivery_id    TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
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
CREATE INDEX ix_webhook_attempts_endpoint ON webhook_attempts (tenant_id, endpoint_id, seq);
CREATE INDEX ix_outbox_tenant_id ON outbox (tenant_id, id);
