-- Poison events (DESIGN §2, guarantee 5): a record the read side cannot apply is parked here with its error, raw as
-- it came, and every later record of the same partnership waits behind it, so a partnership is never shown with a
-- gap. Other partnerships keep flowing.
CREATE TABLE parked_event (
    id              BIGSERIAL    PRIMARY KEY,
    -- From the record's headers; any of them may be missing or wrong in a malformed record.
    event_id        VARCHAR(64),
    partnership_key VARCHAR(200),
    sequence        BIGINT,
    type            VARCHAR(200),
    -- FAILED: this record could not be applied. WAITING: it waits behind an earlier parked record.
    cause           VARCHAR(10)  NOT NULL,
    error           TEXT         NOT NULL,
    topic           VARCHAR(255) NOT NULL,
    kafka_partition INTEGER      NOT NULL,
    kafka_offset    BIGINT       NOT NULL,
    record_key      TEXT,
    headers         JSONB        NOT NULL,
    payload         BYTEA,
    attempts        INTEGER      NOT NULL,
    parked_at       TIMESTAMPTZ  NOT NULL,
    last_attempt_at TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX parked_event_by_event_id ON parked_event (event_id);
CREATE INDEX parked_event_by_partnership ON parked_event (partnership_key, sequence);

-- Replays rebuild these tables under other names and then rename them into place, so nothing may tie a sequence or
-- a foreign key to one generation of a table: positions and parked ids keep counting across generations.
ALTER SEQUENCE partnership_event_position_seq OWNED BY NONE;
ALTER SEQUENCE parked_event_id_seq OWNED BY NONE;
ALTER TABLE partnership_partner DROP CONSTRAINT partnership_partner_partnership_id_fkey;

-- Every rebuild of the read models, its progress, and the proof that it ended equal to the live content.
CREATE TABLE replay (
    id              BIGSERIAL    PRIMARY KEY,
    status          VARCHAR(12)  NOT NULL,
    requested_by    VARCHAR(255) NOT NULL,
    from_time       TIMESTAMPTZ,
    requested_at    TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ,
    events_done     BIGINT       NOT NULL DEFAULT 0,
    events_total    BIGINT       NOT NULL DEFAULT 0,
    -- Where the rebuilt and the live content were compared: partition -> offset of the last record applied.
    position        JSONB,
    rebuilt_checksum VARCHAR(64),
    live_checksum   VARCHAR(64),
    error           TEXT
);
-- One replay at a time.
CREATE UNIQUE INDEX replay_one_running ON replay ((true)) WHERE status = 'RUNNING';
