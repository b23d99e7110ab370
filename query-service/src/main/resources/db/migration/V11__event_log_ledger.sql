-- Each logged event's place in the verifiable ledger (docs/ledger.md), as its record carried it: its chain hash,
-- its leaf index and leaf data, with the actor's name, the time and the data exactly as published, from which an
-- auditor's check recomputes the chain. Null for records published before the ledger existed.
ALTER TABLE partnership_event ADD COLUMN actor_name VARCHAR(255);
ALTER TABLE partnership_event ADD COLUMN chain_hash VARCHAR(64);
ALTER TABLE partnership_event ADD COLUMN ledger_index BIGINT;
ALTER TABLE partnership_event ADD COLUMN published_time VARCHAR(64);
ALTER TABLE partnership_event ADD COLUMN published_data TEXT;
ALTER TABLE partnership_event ADD COLUMN leaf_data BYTEA;
-- Not unique: two events claiming one leaf is what the ledger monitor must see and raise, not a failed intake.
CREATE INDEX partnership_event_by_ledger_index ON partnership_event (ledger_index);
