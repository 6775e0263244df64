-- Counting people of a subtree by status (the overview, list totals) reads only this index.
CREATE INDEX ix_person_org_path_status ON person (org_path, party_status);
