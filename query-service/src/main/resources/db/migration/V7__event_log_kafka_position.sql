-- Where on the topic each logged event was read: the live read models' exact position is the last offset they
-- hold per partition (the consumer's stored token is not: across partitions it may lag what was applied), which
-- is where a replay compares its rebuilt content with the live one. Empty for events logged before this column.
ALTER TABLE partnership_event ADD COLUMN kafka_partition INTEGER;
ALTER TABLE partnership_event ADD COLUMN kafka_offset BIGINT;
CREATE INDEX partnership_event_by_kafka_offset ON partnership_event (kafka_partition, kafka_offset);
CREATE INDEX parked_event_by_kafka_offset ON parked_event (kafka_partition, kafka_offset);
