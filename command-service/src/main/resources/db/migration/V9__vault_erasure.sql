-- Issue 21, requirement 3: erasure and rectification.

-- A rectified value: its row keeps the commitment (the ledger holds it) but loses its sealed value, and points at
-- the row of the value that replaced it, committed afresh under a new salt.
alter table vault_value alter column sealed drop not null;
alter table vault_value add column replaced_by char(64);
alter table vault_value add constraint vault_value_sealed_or_replaced
    check ((sealed is null) <> (replaced_by is null));

-- Who was erased, and when: the SHA-256 of the person's identifier (never the identifier), so that a second
-- erasure, or a rectification of someone erased, is refused with a clear answer.
create table vault_erasure (
    person_digest char(64)    not null,
    ground        varchar(40) not null,
    erased_at     timestamptz not null
);

create index vault_erasure_by_person on vault_erasure (person_digest);

-- Commitments whose values are gone but whose PersonalDataErased event is not recorded yet: written in the
-- transaction that destroys the values, deleted in the one that records the event, so that a crash between the two
-- leaves the event to be recorded by the next pass, never lost and never twice.
create table vault_erasure_pending (
    commitment     char(64)     primary key,
    partnership_id varchar(255) not null,
    ground         varchar(40)  not null,
    requested_at   timestamptz  not null
);

create index vault_erasure_pending_by_partnership on vault_erasure_pending (partnership_id);
