CREATE TABLE tenants (
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE api_keys (
    id           TEXT NOT NULL PRIMARY KEY,
    tenant_id    TEXT NOT NULL REFERENCES tenants (id),
    name         TEXT NOT NULL,
    prefix       TEXT NOT NULL,
    secret_hash  TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    revoked_at   TEXT NULL
);
CREATE INDEX ix_api_keys_tenant ON api_keys (tenant_id, id);

-- seq aliases the rowid, so it is stable across VACUUM and orders keyset pagination.
CREATE TABLE vendors (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    tenant_id      TEXT NOT NULL REFERENCES tenants (id),
    name           TEXT NOT NULL,
    code           TEXT NULL,
    contacts_json  TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL,
    deleted_at     TEXT NULL
);
CREATE INDEX ix_vendors_tenant ON vendors (tenant_id, id);
CREATE UNIQUE INDEX ux_vendors_code ON vendors (tenant_id, code) WHERE code IS NOT NULL AND deleted_at IS NULL;

-- seq aliases the rowid, so it is stable across VACUUM and orders keyset pagination.
CREATE TABLE vendor_lists (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_vendor_lists_name ON vendor_lists (tenant_id, name);

CREATE TABLE vendor_list_members (
    list_id    TEXT NOT NULL REFERENCES vendor_lists (id) ON DELETE CASCADE,
    vendor_id  TEXT NOT NULL REFERENCES vendors (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (list_id, vendor_id)
);

CREATE TABLE rfq_number_sequences (
    tenant_id   TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_value  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, year)
);

-- seq aliases the rowid, so it is stable across VACUUM and orders keyset pagination.
CREATE TABLE rfqs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id                  TEXT NOT NULL UNIQUE,
    tenant_id            TEXT NOT NULL REFERENCES tenants (id),
    number               TEXT NOT NULL,
    reference            TEXT NULL,
    title                TEXT NOT NULL,
    currency             TEXT NOT NULL,
    response_due_at      TEXT NULL,
    status               TEXT NOT NULL,
    award_json           TEXT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    published_at         TEXT NULL,
    closed_at            TEXT NULL,
    cancelled_at         TEXT NULL,
    cancellation_reason  TEXT NULL,
    version              INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_rfqs_number ON rfqs (tenant_id, number);
CREATE INDEX ix_rfqs_tenant ON rfqs (tenant_id, id);
CREATE INDEX ix_rfqs_reference ON rfqs (tenant_id, reference, id);
CREATE INDEX ix_rfqs_due ON rfqs (status, response_due_at);

CREATE TABLE rfq_lines (
    rfq_id       TEXT NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
    line_number  INTEGER NOT NULL,
    part_number  TEXT NOT NULL,
    description  TEXT NULL,
    quantity     TEXT NOT NULL,
    unit         TEXT NOT NULL,
    need_by      TEXT NULL,
    PRIMARY KEY (rfq_id, line_number)
);

CREATE TABLE rfq_vendors (
    rfq_id       TEXT NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
    vendor_id    TEXT NOT NULL REFERENCES vendors (id),
    status       TEXT NOT NULL,
    attached_at  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (rfq_id, vendor_id)
);

CREATE TABLE quotes (
    id         TEXT NOT NULL PRIMARY KEY,
    tenant_id  TEXT NOT NULL,
    rfq_id     TEXT NOT NULL REFERENCES rfqs (id),
    vendor_id  TEXT NOT NULL REFERENCES vendors (id),
    UNIQUE (rfq_id, vendor_id)
);

CREATE TABLE quote_revisions (
    id                 TEXT NOT NULL PRIMARY KEY,
    quote_id           TEXT NOT NULL REFERENCES quotes (id),
    tenant_id          TEXT NOT NULL,
    rfq_id             TEXT NOT NULL,
    vendor_id          TEXT NOT NULL,
    revision           INTEGER NOT NULL,
    received_at        TEXT NOT NULL,
    source             TEXT NOT NULL,
    message_id         TEXT NULL,
    recorded_by_json   TEXT NOT NULL,
    quote_json         TEXT NOT NULL,
    UNIQUE (quote_id, revision)
);
CREATE INDEX ix_quote_revisions_rfq ON quote_revisions (tenant_id, rfq_id, vendor_id, revision);

CREATE TABLE audit_log (
    sequence     INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id    TEXT NOT NULL,
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    action       TEXT NOT NULL,
    actor_json   TEXT NOT NULL,
    at           TEXT NOT NULL,
    detail       TEXT NULL
);
CREATE INDEX ix_audit_entity ON audit_log (tenant_id, entity_id, sequence);

-- Append-only: the audit trail is evidence, so the database itself refuses to rewrite it.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE outbox (
    sequence    INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    tenant_id   TEXT NOT NULL,
    event_type  TEXT NOT NULL,
    subject_id  TEXT NOT NULL,
    payload     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE idempotency_keys (
    tenant_id     TEXT NOT NULL,
    key           TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    status_code   INTEGER NOT NULL,
    content_type  TEXT NULL,
    location      TEXT NULL,
    etag          TEXT NULL,
    body          BLOB NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
