-- One index per portfolio filter and sort (issue 4: indexes for every filter).
CREATE INDEX partnership_by_status ON partnership (status, proposed_at DESC);
CREATE INDEX partnership_by_type ON partnership (type, proposed_at DESC);
CREATE INDEX partnership_by_territory_code ON partnership ((territory ->> 'code'));
CREATE INDEX partnership_by_territory_name ON partnership (lower(territory ->> 'name'));
CREATE INDEX partnership_by_proposed_at ON partnership (proposed_at DESC);
CREATE INDEX partnership_by_title ON partnership (lower(title));
