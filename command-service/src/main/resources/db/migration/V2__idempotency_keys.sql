-- The first outcome of every request sent with an Idempotency-Key, per caller: a retry gets it back and
-- appends nothing. The row is written in the transaction that appends the command's events.
CREATE TABLE idempotency_key (
    caller       VARCHAR(255) NOT NULL,
    key          VARCHAR(255) NOT NULL,
    request_hash VARCHAR(80)  NOT NULL,
    status       INTEGER,
    etag         VARCHAR(40),
    location     VARCHAR(500),
    body         TEXT,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
