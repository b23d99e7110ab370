-- The verifiable ledger (docs/ledger.md): each event's chain hash and its leaf in the one Merkle log of all
-- events, written in the transaction that stores the event. A leaf's index never changes once given: the table is
-- append-only like the event store, and the head row hands out indexes one after the other, the row lock keeping
-- them gap-free in commit order (a rolled-back command gives its indexes back).
CREATE TABLE ledger_leaf (
    ledger_index         BIGINT       NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    chain_hash           BYTEA        NOT NULL,
    leaf_data            BYTEA        NOT NULL,
    UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE ledger_head (
    id   SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    size BIGINT   NOT NULL
);
INSERT INTO ledger_head (id, size) VALUES (1, 0);

CREATE TRIGGER ledger_leaf_append_only
    BEFORE UPDATE OR DELETE ON ledger_leaf
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
