-- The whole partnership as the read side's fold left it: the detail endpoint serves it as is, and the same fold
-- rebuilds it for any past moment. The other columns are its indexed projections, for filters and sorting.
ALTER TABLE partnership ADD COLUMN state JSONB;
