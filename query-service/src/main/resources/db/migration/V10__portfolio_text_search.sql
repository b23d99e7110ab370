-- Auditors search partnerships by a word of their title or reference (issue 8): a trigram index answers a
-- case-insensitive substring match without reading every row. pg_trgm is a trusted extension (PostgreSQL 13+):
-- the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX partnership_by_text ON partnership
    USING gin ((lower(title || ' ' || coalesce(reference, ''))) gin_trgm_ops);
