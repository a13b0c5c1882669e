-- The stored inbound message a revision was read from; one message becomes at most one revision, so a message read
-- twice (again after a host died, or by two hosts at once) cannot raise a second quote.received.
ALTER TABLE quote_revisions ADD COLUMN inbound_message_id TEXT NULL;
CREATE UNIQUE INDEX ux_quote_revisions_inbound_message ON quote_revisions (tenant_id, inbound_message_id) WHERE inbound_message_id IS NOT NULL;
