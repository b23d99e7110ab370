-- Positions of the consumers in the Kafka topic (partition -> offset), committed in the same transaction as
-- the read-model changes they produced: a crash can never apply an event twice or skip one.
CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

-- The current state of each partnership, as its partners and auditors read it.
CREATE TABLE partnership (
    id                  UUID PRIMARY KEY,
    reference           VARCHAR(64)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    purpose             TEXT         NOT NULL,
    type                VARCHAR(20)  NOT NULL,
    legal_basis         JSONB        NOT NULL,
    territory           JSONB        NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    lead_institution_id VARCHAR(64)  NOT NULL,
    terms               JSONB        NOT NULL,
    terms_version       INTEGER      NOT NULL,
    terms_hash          VARCHAR(80)  NOT NULL,
    proposed_at         TIMESTAMPTZ  NOT NULL,
    -- Sequence number of the last event applied: makes every handler idempotent under re-delivery.
    last_sequence       BIGINT       NOT NULL,
    last_event_at       TIMESTAMPTZ  NOT NULL
);

CREATE TABLE partnership_partner (
    partnership_id UUID         NOT NULL REFERENCES partnership (id),
    institution_id VARCHAR(64)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    since          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (partnership_id, institution_id)
);

-- "Which partnerships is my institution party to?" is the question behind every partner's request.
CREATE INDEX partnership_partner_by_institution ON partnership_partner (institution_id, partnership_id);
