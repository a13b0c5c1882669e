-- Which request holds a claim: only it may renew, complete or release it, so a request that outlived a takeover cannot
-- release or overwrite the claim of the copy that took over.
ALTER TABLE idempotency_keys ADD COLUMN claim_token text NULL;
