-- Issue 21: an idempotency record names its caller by the SHA-256 of their identifier, never the identifier, so that
-- no table keeps a person's identifier in the clear; an erasure deletes the records of the person it erases.
update idempotency_key set caller = encode(sha256(convert_to(caller, 'UTF8')), 'hex');
