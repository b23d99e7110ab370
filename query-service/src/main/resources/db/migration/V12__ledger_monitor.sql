-- What the ledger monitor found: every checkpoint it verified against the log it rebuilt, and every alarm it
-- raised (a bad signature, a root that is not the log's, two heads for one size, a leaf index claimed twice).
CREATE TABLE ledger_verified_checkpoint (
    tree_size   BIGINT      NOT NULL PRIMARY KEY,
    root_hash   BYTEA       NOT NULL,
    note        TEXT        NOT NULL,
    verified_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE ledger_alarm (
    id        BIGSERIAL   PRIMARY KEY,
    raised_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    kind      VARCHAR(40) NOT NULL,
    detail    TEXT        NOT NULL,
    tree_size BIGINT
);
