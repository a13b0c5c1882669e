-- The claim only looks for pending deliveries: index those alone, as the PostgreSQL store does. A delivery row then costs
-- two index entries while it is pending instead of two for its whole life, each attempt's status change touches
-- smaller trees, and a claim scans only what it may take.
DROP INDEX ix_webhook_deliveries_due;
DROP INDEX ix_webhook_deliveries_order;
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at, seq) WHERE status = 'Pending';
CREATE INDEX ix_webhook_deliveries_order ON webhook_deliveries (endpoint_id, subject_id, seq) WHERE status = 'Pending';
