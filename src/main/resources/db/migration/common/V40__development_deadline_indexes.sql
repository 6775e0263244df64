-- Running deadlines in the database (issue 14): a deadline window (overdue, due soon) is a range of start dates per
-- stage, so the board counts and lists the candidates in it from these ranges instead of reading every running step of
-- the subtree (8.7 s for the national root before). The admissions of a period are a range of ceremony dates.
CREATE INDEX ix_development_candidate_cell_resolution ON development_candidate (stage, cell_resolution_on);
CREATE INDEX ix_development_candidate_decision ON development_candidate (stage, decision_on);
CREATE INDEX ix_development_candidate_probation_end ON development_candidate (stage, probation_end);
CREATE INDEX ix_development_candidate_recognition_cell ON development_candidate (stage, recognition_cell_on);
CREATE INDEX ix_development_candidate_ceremony ON development_candidate (ceremony_on, org_path);
