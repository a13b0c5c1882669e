CREATE TABLE inbound_messages (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    id                 TEXT NOT NULL UNIQUE,
    tenant_id          TEXT NOT NULL REFERENCES tenants (id),
    message_id         TEXT NULL,
    content_hash       TEXT NOT NULL,
    sender             TEXT NULL,
    subject            TEXT NULL,
    sent_at            TEXT NULL,
    received_at        TEXT NOT NULL,
    source             TEXT NOT NULL,
    raw                BLOB NOT NULL,
    status             TEXT NOT NULL,
    rfq_id             TEXT NULL,
    vendor_id          TEXT NULL,
    match_method       TEXT NULL,
    quote_revision_id  TEXT NULL,
    reason             TEXT NULL
);
CREATE UNIQUE INDEX ux_inbound_hash ON inbound_messages (tenant_id, content_hash);
CREATE UNIQUE INDEX ux_inbound_message_id ON inbound_messages (tenant_id, message_id) WHERE message_id IS NOT NULL;
CREATE INDEX ix_inbound_status ON inbound_messages (tenant_id, status, seq);
CREATE INDEX ix_inbound_thread ON inbound_messages (tenant_id, rfq_id, vendor_id, seq);
