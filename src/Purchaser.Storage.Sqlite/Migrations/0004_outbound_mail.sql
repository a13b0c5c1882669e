CREATE TABLE outbound_mail (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    tenant_id        TEXT NOT NULL REFERENCES tenants (id),
    rfq_id           TEXT NOT NULL REFERENCES rfqs (id),
    vendor_id        TEXT NOT NULL REFERENCES vendors (id),
    kind             TEXT NOT NULL,
    message_id       TEXT NOT NULL UNIQUE,
    reply_token      TEXT NOT NULL,
    sender           TEXT NOT NULL,
    recipients_json  TEXT NOT NULL,
    subject          TEXT NOT NULL,
    text_body        TEXT NULL,
    mime             BLOB NOT NULL,
    status           TEXT NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  TEXT NULL,
    lease_until      TEXT NULL,
    last_result      TEXT NULL,
    created_at       TEXT NOT NULL,
    completed_at     TEXT NULL,
    requested_by     TEXT NOT NULL
);
CREATE INDEX ix_outbound_mail_due ON outbound_mail (status, next_attempt_at);
CREATE INDEX ix_outbound_mail_rfq ON outbound_mail (tenant_id, rfq_id, seq);
CREATE INDEX ix_outbound_mail_token ON outbound_mail (reply_token);
