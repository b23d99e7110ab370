-- What the notifier knows of each partnership: enough to name it and to know its partners.
CREATE TABLE partnership (
    id        uuid PRIMARY KEY,
    title     text,
    reference text,
    lead_name text,
    members   text[] NOT NULL,
    -- The position of the last event taken into account: a record read again is recognised by it.
    sequence  bigint NOT NULL
);

-- Every mail queued, once per event, reminder and address (mail_key), sent or still waiting.
CREATE TABLE mail (
    id              bigserial PRIMARY KEY,
    mail_key        text        NOT NULL UNIQUE,
    event_id        text        NOT NULL,
    partnership_id  uuid        NOT NULL,
    kind            text        NOT NULL,
    institution_id  text        NOT NULL,
    address         text        NOT NULL,
    language        text        NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    queued_at       timestamptz NOT NULL,
    failures        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    sent_at         timestamptz
);

-- The postman's question, "which mail is due first?", over the waiting ones only.
CREATE INDEX mail_waiting ON mail (next_attempt_at, id) WHERE sent_at IS NULL;
