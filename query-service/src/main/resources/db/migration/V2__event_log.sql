-- Every event received, once: the raw record of the audit trail, the source of history, as-of reconstruction
-- and replays. Its primary key is the event id, so a re-delivered event is recognised and changes nothing.
CREATE TABLE partnership_event (
    event_id          VARCHAR(64)  PRIMARY KEY,
    partnership_id    UUID         NOT NULL,
    sequence          BIGINT       NOT NULL,
    type              VARCHAR(120) NOT NULL,
    occurred_at       TIMESTAMPTZ  NOT NULL,
    actor_id          VARCHAR(255),
    actor_institution VARCHAR(64),
    correlation_id    VARCHAR(64),
    causation_id      VARCHAR(64),
    data              JSONB        NOT NULL,
    received_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (partnership_id, sequence)
);
