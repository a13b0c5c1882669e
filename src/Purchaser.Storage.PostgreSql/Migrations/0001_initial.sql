CREATE TABLE tenants (
    id          uuid        NOT NULL PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE api_keys (
    id           uuid        NOT NULL PRIMARY KEY,
    tenant_id    uuid        NOT NULL REFERENCES tenants (id),
    name         text        NOT NULL,
    prefix       text        NOT NULL,
    secret_hash  text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    revoked_at   timestamptz NULL
);
CREATE INDEX ix_api_keys_tenant ON api_keys (tenant_id, id);

-- seq orders keyset pagination (newest first); ids are random and say nothing about order.
CREATE TABLE vendors (
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id             uuid        NOT NULL PRIMARY KEY,
    tenant_id      uuid        NOT NULL REFERENCES tenants (id),
    name           text        NOT NULL,
    code           text        NULL,
    contacts_json  jsonb       NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL,
    deleted_at     timestamptz NULL
);
CREATE INDEX ix_vendors_tenant_seq ON vendors (tenant_id, seq) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX ux_vendors_code ON vendors (tenant_id, code) WHERE code IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE vendor_lists (
    seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id          uuid        NOT NULL PRIMARY KEY,
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);
CREATE UNIQUE INDEX ux_vendor_lists_name ON vendor_lists (tenant_id, name);
CREATE INDEX ix_vendor_lists_tenant_seq ON vendor_lists (tenant_id, seq);

CREATE TABLE vendor_list_members (
    list_id    uuid    NOT NULL REFERENCES vendor_lists (id) ON DELETE CASCADE,
    vendor_id  uuid    NOT NULL REFERENCES vendors (id),
    position   integer NOT NULL,
    PRIMARY KEY (list_id, vendor_id)
);
CREATE INDEX ix_vendor_list_members_vendor ON vendor_list_members (vendor_id);

CREATE TABLE rfq_number_sequences (
    tenant_id   uuid    NOT NULL REFERENCES tenants (id),
    year        integer NOT NULL,
    last_value  bigint  NOT NULL,
    PRIMARY KEY (tenant_id, year)
);

CREATE TABLE rfqs (
    seq                  bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id                   uuid        NOT NULL PRIMARY KEY,
    tenant_id            uuid        NOT NULL REFERENCES tenants (id),
    number               text        NOT NULL,
    reference            text        NULL,
    title                text        NOT NULL,
    currency             text        NOT NULL,
    response_due_at      timestamptz NULL,
    status               text        NOT NULL,
    award_json           jsonb       NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    published_at         timestamptz NULL,
    closed_at            timestamptz NULL,
    cancelled_at         timestamptz NULL,
    cancellation_reason  text        NULL,
    version              bigint      NOT NULL
);
CREATE UNIQUE INDEX ux_rfqs_number ON rfqs (tenant_id, number);
CREATE INDEX ix_rfqs_tenant_seq ON rfqs (tenant_id, seq);
CREATE INDEX ix_rfqs_reference ON rfqs (tenant_id, reference, seq);
CREATE INDEX ix_rfqs_due ON rfqs (status, response_due_at);

CREATE TABLE rfq_lines (
    rfq_id       uuid    NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
    line_number  integer NOT NULL,
    part_number  text    NOT NULL,
    description  text    NULL,
    quantity     numeric NOT NULL,
    unit         text    NOT NULL,
    need_by      date    NULL,
    PRIMARY KEY (rfq_id, line_number)
);

CREATE TABLE rfq_vendors (
    rfq_id       uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
    vendor_id    uuid        NOT NULL REFERENCES vendors (id),
    status       text        NOT NULL,
    attached_at  timestamptz NOT NULL,
    position     integer     NOT NULL,
    PRIMARY KEY (rfq_id, vendor_id)
);

CREATE TABLE quotes (
    id         uuid NOT NULL PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenants (id),
    rfq_id     uuid NOT NULL REFERENCES rfqs (id),
    vendor_id  uuid NOT NULL REFERENCES vendors (id),
    UNIQUE (rfq_id, vendor_id)
);

CREATE TABLE quote_revisions (
    id                 uuid        NOT NULL PRIMARY KEY,
    quote_id           uuid        NOT NULL REFERENCES quotes (id),
    tenant_id          uuid        NOT NULL,
    rfq_id             uuid        NOT NULL,
    vendor_id          uuid        NOT NULL,
    revision           integer     NOT NULL,
    received_at        timestamptz NOT NULL,
    source             text        NOT NULL,
    message_id         text        NULL,
    recorded_by_json   jsonb       NOT NULL,
    quote_json         jsonb       NOT NULL,
    UNIQUE (quote_id, revision)
);
CREATE INDEX ix_quote_revisions_rfq ON quote_revisions (tenant_id, rfq_id, vendor_id, revision);

CREATE TABLE audit_log (
    sequence     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    uuid        NOT NULL,
    entity_type  text        NOT NULL,
    entity_id    uuid        NOT NULL,
    action       text        NOT NULL,
    actor_json   jsonb       NOT NULL,
    at           timestamptz NOT NULL,
    detail       text        NULL
);
CREATE INDEX ix_audit_entity ON audit_log (tenant_id, entity_id, sequence);

-- Append-only: the audit trail is evidence, so the database itself refuses to rewrite it.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- payload is text, not jsonb: it is the webhook body and must be delivered (and signed) byte for byte as written.
CREATE TABLE outbox (
    sequence    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          text        NOT NULL UNIQUE,
    tenant_id   uuid        NOT NULL,
    event_type  text        NOT NULL,
    subject_id  uuid        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX ix_outbox_tenant_id ON outbox (tenant_id, id);

CREATE TABLE idempotency_keys (
    tenant_id     uuid        NOT NULL,
    key           text        NOT NULL,
    request_hash  text        NOT NULL,
    status_code   integer     NOT NULL,
    content_type  text        NULL,
    location      text        NULL,
    etag          text        NULL,
    body          bytea       NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
