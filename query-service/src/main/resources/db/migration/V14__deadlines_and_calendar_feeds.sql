-- The deadlines of each partnership in force, as the calendar reads them from its timeline (the stored state's
-- "timeline"): what the workspace's "Échéances" and the institutions' calendar feeds list, by date. A read model
-- like the partners' rows: rewritten with its partnership, rebuilt by a replay. Documents stored before this
-- version have no timeline, hence no deadline, until a replay (docs/operating.md).
CREATE TABLE partnership_deadline (
    partnership_id UUID        NOT NULL REFERENCES partnership (id),
    kind           VARCHAR(20) NOT NULL,
    due_on         DATE        NOT NULL,
    standing       VARCHAR(10) NOT NULL,
    period_start   DATE,
    period_end     DATE,
    late_from      DATE,
    PRIMARY KEY (partnership_id, kind, due_on)
);

CREATE INDEX partnership_deadline_by_date ON partnership_deadline (due_on);

-- An institution's calendar feed: a secret URL a calendar application subscribes to without signing in. Only the
-- secret's SHA-256 is kept, so the table does not give the URL away; a new feed or a revocation ends the old one.
CREATE TABLE calendar_feed (
    secret_sha256  CHAR(64)     PRIMARY KEY,
    institution_id VARCHAR(64)  NOT NULL,
    language       VARCHAR(5)   NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(200) NOT NULL,
    revoked_at     TIMESTAMPTZ
);

CREATE UNIQUE INDEX calendar_feed_one_open_per_institution ON calendar_feed (institution_id)
    WHERE revoked_at IS NULL;
