CREATE TABLE inbound_messages (
    seq                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                 uuid        NOT NULL UNIQUE,
    tenant_id          uuid        NOT NULL REFERENCES tenants (id),
    message_id         text        NULL,
    content_hash       text        NOT NULL,
    sender             text        NULL,
    subject            text        NULL,
    sent_at            timestamptz NULL,
    received_at        timestamptz NOT NULL,
    source             text        NOT NULL,
    raw                bytea       NOT NULL,
    status             text        NOT NULL,
    rfq_id             uuid        NULL,
    vendor_id          uuid        NULL,
    match_method       text        NULL,
    quote_revision_id  uuid        NULL,
    reason             text        NULL
);
CREATE UNIQUE INDEX ux_inbound_hash ON inbound_messages (tenant_id, content_hash);
CREATE UNIQUE INDEX ux_inbound_message_id ON inbound_messages (tenant_id, message_id) WHERE message_id IS NOT NULL;
CREATE INDEX ix_inbound_status ON inbound_messages (tenant_id, status, seq);
CREATE INDEX ix_inbound_thread ON inbound_messages (tenant_id, rfq_id, vendor_id, seq);

CREATE TABLE outbound_mail (
    seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id               uuid        NOT NULL UNIQUE,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    rfq_id           uuid        NOT NULL REFERENCES rfqs (id),
    vendor_id        uuid        NOT NULL REFERENCES vendors (id),
    kind             text        NOT NULL,
    message_id       text        NOT NULL UNIQUE,
    reply_token      text        NOT NULL,
    sender           text        NOT NULL,
    recipients       jsonb       NOT NULL,
    subject          text        NOT NULL,
    text_body        text        NULL,
    mime             bytea       NOT NULL,
    status           text        NOT NULL,
    attempts         integer     NOT NULL,
    next_attempt_at  timestamptz NULL,
    lease_until      timestamptz NULL,
    last_result      text        NULL,
    created_at       timestamptz NOT NULL,
    completed_at     timestamptz NULL,
    requested_by     jsonb       NOT NULL
);
CREATE INDEX ix_outbound_mail_due ON outbound_mail (status, next_attempt_at);
CREATE INDEX ix_outbound_mail_rfq ON outbound_mail (tenant_id, rfq_id, seq);
CREATE INDEX ix_outbound_mail_token ON outbound_mail (reply_token);

CREATE TABLE mailbox_checkpoints (
    mailbox       text        NOT NULL,
    folder        text        NOT NULL,
    uid_validity  bigint      NOT NULL,
    last_uid      bigint      NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (mailbox, folder)
);
