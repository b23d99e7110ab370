-- A parked record is whatever arrived, however malformed: its fields must always fit, or parking it would fail
-- and stall the consumer on it.
ALTER TABLE parked_event ALTER COLUMN event_id TYPE TEXT;
ALTER TABLE parked_event ALTER COLUMN partnership_key TYPE TEXT;
ALTER TABLE parked_event ALTER COLUMN type TYPE TEXT;
