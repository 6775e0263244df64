-- Vendor file, twin of the same version in db/migration/h2: the review marks are kept by a PL/pgSQL statement trigger
-- with transition tables here, by a Java row trigger (vn.chibo.emulation.internal.RegistrationReviewTrigger) in H2.
--
-- The start page of an officer at national scale (issue 14): its emulation card and to-dos answer from an index range
-- or kept marks instead of reading the scope.
--
-- A person's own plan items (PlanItemTodo): the items he is responsible for, found without reading every plan item.
CREATE INDEX ix_plan_item_responsible ON plan_item (responsible_id);
-- Year-end assessments still waiting for a step (AssessmentDecisionTodo): after the decisions of a year nearly every
-- assessment is DECIDED, so the few waiting ones are a small partial index (774,367 decided assessments nationally
-- stay out of it).
CREATE INDEX ix_assessment_waiting ON assessment (registration_id) WHERE status IN ('SELF_ASSESSED', 'PROPOSED');
-- Cells without a regular meeting held last month (LateCellsTodo): the month's regular meetings of a subtree, read
-- from the index alone and set against the subtree's cells.
CREATE INDEX ix_meeting_regular_period ON meeting (kind, period, org_path, status, organization_id);

-- Đã tự đánh giá kỳ: one mark per registration and review period that has self-review rows (a review is one row per
-- indicator), counting them and carrying the registration's programme and copied path, so that "how many registrations
-- of a subtree reviewed themselves for the period" is one range of ix_registration_review_programme (5 ms for the whole
-- country's "Chi bộ 4 tốt" instead of 21,000 probes of the reviews: 95 ms), whatever the number of indicators. Kept in
-- the writer's transaction whatever the write path (forms, API, imports, demo, plain SQL): a mark's count goes up and
-- down with its rows and the mark goes when none is left; two writers of one mark queue on its row, so a period's last
-- row deleted while another is added leaves the mark right. The path copy follows moved subtrees with every other copy
-- (PathCopies, which finds the registration it copies through the foreign key).
CREATE TABLE registration_review (
    registration_id BIGINT      NOT NULL REFERENCES registration (id),
    review_period   VARCHAR(10) NOT NULL,
    programme_id    BIGINT      NOT NULL,
    org_path        VARCHAR(400) COLLATE "C" NOT NULL,
    indicator_rows  BIGINT      NOT NULL,
    PRIMARY KEY (registration_id, review_period)
);
CREATE INDEX ix_registration_review_programme ON registration_review (programme_id, review_period, org_path);

INSERT INTO registration_review (registration_id, review_period, programme_id, org_path, indicator_rows)
SELECT v.registration_id, v.review_period, min(s.programme_id), min(s.org_path), count(*)
FROM self_review v JOIN registration s ON s.id = v.registration_id
GROUP BY v.registration_id, v.review_period;

CREATE FUNCTION registration_review_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE registration_review m SET indicator_rows = m.indicator_rows - o.n
        FROM (SELECT registration_id, review_period, count(*) AS n FROM old_rows GROUP BY 1, 2) o
        WHERE m.registration_id = o.registration_id AND m.review_period = o.review_period;
        DELETE FROM registration_review m
        USING (SELECT DISTINCT registration_id, review_period FROM old_rows) o
        WHERE m.registration_id = o.registration_id AND m.review_period = o.review_period AND m.indicator_rows <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO registration_review AS m (registration_id, review_period, programme_id, org_path, indicator_rows)
        SELECT n.registration_id, n.review_period, min(s.programme_id), min(s.org_path), count(*)
        FROM new_rows n JOIN registration s ON s.id = n.registration_id
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (registration_id, review_period) DO UPDATE SET indicator_rows = m.indicator_rows + excluded.indicator_rows;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER registration_review_insert AFTER INSERT ON self_review
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registration_review_keep();
CREATE TRIGGER registration_review_update AFTER UPDATE ON self_review
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registration_review_keep();
CREATE TRIGGER registration_review_delete AFTER DELETE ON self_review
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION registration_review_keep();
