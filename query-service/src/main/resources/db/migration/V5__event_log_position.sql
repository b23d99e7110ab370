-- The order in which events were received, across partnerships: the feed's resumable cursor (Last-Event-ID).
ALTER TABLE partnership_event ADD COLUMN position BIGSERIAL;
CREATE UNIQUE INDEX partnership_event_by_position ON partnership_event (position);
