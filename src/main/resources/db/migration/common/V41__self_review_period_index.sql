-- The emulation boards count, per sub-organization, the registrations reviewed in the current period (issue 14).
-- Probing the unique index (registration_id, review_period, indicator_code) once per registration cost about
-- 64,000 buffer reads for a national programme of 21,000 registrations; this index answers "reviewed in the period"
-- for a wide scope by reading the period's entries once (about 600 buffers), and a cell's board still probes.
CREATE INDEX ix_self_review_period ON self_review (review_period, registration_id);
