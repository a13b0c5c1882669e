CREATE TABLE webhook_endpoints (
    seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id               uuid        NOT NULL PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    url              text        NOT NULL,
    description      text        NULL,
    event_types      jsonb       NULL,
    enabled          boolean     NOT NULL,
    secrets_json     jsonb       NOT NULL,
    failing_since    timestamptz NULL,
    disabled_reason  text        NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL
);
CREATE INDEX ix_webhook_endpoints_tenant ON webhook_endpoints (tenant_id, enabled);

-- One row: the outbox position up to which messages have been fanned out, moved by compare-and-set.
CREATE TABLE webhook_fanout (
    id          integer NOT NULL PRIMARY KEY CHECK (id = 1),
    checkpoint  bigint  NOT NULL
);
INSERT INTO webhook_fanout (id, checkpoint) VALUES (1, 0);

CREATE TABLE webhook_deliveries (
    seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id               uuid        NOT NULL PRIMARY KEY,
    tenant_id        uuid        NOT NULL,
    endpoint_id      uuid        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    message_id       text        NOT NULL,
    event_type       text        NOT NULL,
    subject_id       uuid        NOT NULL,
    payload          text        NOT NULL,
    status           text        NOT NULL,
    attempts         integer     NOT NULL,
    next_attempt_at  timestamptz NULL,
    lease_owner      text        NULL,
    lease_until      timestamptz NULL,
    created_at       timestamptz NOT NULL,
    completed_at     timestamptz NULL
);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at, seq) WHERE status = 'Pending';
CREATE INDEX ix_webhook_deliveries_order ON webhook_deliveries (endpoint_id, subject_id, seq) WHERE status = 'Pending';
CREATE INDEX ix_webhook_deliveries_message ON webhook_deliveries (endpoint_id, message_id);

CREATE TABLE webhook_attempts (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      uuid        NOT NULL,
    delivery_id    uuid        NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    endpoint_id    uuid        NOT NULL,
    message_id     text        NOT NULL,
    event_type     text        NOT NULL,
    attempted_at   timestamptz NOT NULL,
    status_code    integer     NULL,
    latency_ms     bigint      NOT NULL,
    response_body  text        NULL,
    error          text        NULL,
    succeeded      boolean     NOT NULL,
    next_retry_at  timestamptz NULL
);
CREATE INDEX ix_webhook_attempts_endpoint ON webhook_attempts (tenant_id, endpoint_id, seq);
CREATE INDEX ix_webhook_attempts_delivery ON webhook_attempts (delivery_id);
