-- The day an imported step of an existing convention really took effect (CloudEvents extension effectivedate);
-- null for every event that took effect when it was recorded (occurred_at). Replay generations copy the table's
-- shape (CREATE TABLE … LIKE), so they have it too.
ALTER TABLE partnership_event ADD COLUMN effective_date DATE;
