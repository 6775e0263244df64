-- A strength (ưu điểm) has no severity: only shortcomings and violations are graded low, medium or high.
ALTER TABLE inspection_finding ALTER COLUMN severity DROP NOT NULL;
UPDATE inspection_finding SET severity = NULL WHERE finding_type = 'STRENGTH';
