-- How long a replay's switch held the live tables against writers: what the live consumer paid for it.
ALTER TABLE replay ADD COLUMN live_held_ms BIGINT;
