-- The version of each event's ledger envelope (CloudEvents extension envelope, issue 21): 2 when its personal
-- values are the texts of their salted commitments, 1 for every event published before. The chain verification
-- and the evidence packages rebuild the envelope with it. Replay generations copy the table's shape (LIKE).
ALTER TABLE partnership_event ADD COLUMN envelope_version SMALLINT NOT NULL DEFAULT 1;
