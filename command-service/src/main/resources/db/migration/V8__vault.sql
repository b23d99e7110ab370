-- Issue 21: the vault of personal values. The ledger and the events hold only salted commitments to people's
-- names and capacities; each value and its salt live here, encrypted with AES-256-GCM under a key of the person's
-- own. Destroying that key makes every value of theirs unreadable, wherever a copy of these rows went, while every
-- leaf, root and proof stays what it was.

-- The local implementation of the person keys (PersonKeys): one 256-bit key per person, in its own table.
create table vault_key (
    person_id  varchar(255) primary key,
    secret     bytea        not null check (octet_length(secret) = 32),
    created_at timestamptz  not null
);

-- One row per occurrence of a personal value in an event: sealed is the 12-byte nonce, then the ciphertext and tag
-- of the salt and the value; the commitment is the authenticated data, so a row cannot be moved under another.
create table vault_value (
    commitment     char(64)     primary key,
    person_id      varchar(255) not null,
    partnership_id varchar(255) not null,
    event_id       varchar(255) not null,
    field          varchar(200) not null,
    kind           varchar(20)  not null,
    sealed         bytea        not null,
    recorded_at    timestamptz  not null
);

create index vault_value_by_person on vault_value (person_id);
create index vault_value_by_partnership on vault_value (partnership_id);
