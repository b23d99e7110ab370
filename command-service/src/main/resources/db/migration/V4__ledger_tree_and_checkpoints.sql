-- The Merkle tree of the ledger, kept as the hash of every complete subtree: level 0 holds the leaf hashes, level
-- k + 1 the node of two complete level-k subtrees. Roots, proofs and C2SP tiles are read from it in O(log n).
-- Written by one checkpointer at a time (an advisory lock), from ledger_leaf, in leaf order.
CREATE TABLE ledger_node (
    level SMALLINT NOT NULL,
    idx   BIGINT   NOT NULL,
    hash  BYTEA    NOT NULL,
    PRIMARY KEY (level, idx)
);

-- Every checkpoint issued, kept: the signed note, as served and as published on the checkpoint topic.
CREATE TABLE ledger_checkpoint (
    tree_size    BIGINT      NOT NULL PRIMARY KEY,
    note         TEXT        NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);

CREATE TRIGGER ledger_node_append_only
    BEFORE UPDATE OR DELETE ON ledger_node
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
