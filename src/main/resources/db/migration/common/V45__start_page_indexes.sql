-- The start page of an officer at national scale (issue 14): its to-dos answer from an index range instead of a scan.
--
-- A person's own plan items (PlanItemTodo): the items he is responsible for, found without reading every plan item.
CREATE INDEX ix_plan_item_responsible ON plan_item (responsible_id);
-- Year-end assessments still waiting for a step (AssessmentDecisionTodo): after the decisions of a year nearly every
-- assessment is DECIDED, so the few waiting ones are one short range of this index.
CREATE INDEX ix_assessment_status ON assessment (status, registration_id);
-- Cells without a regular meeting held last month (LateCellsTodo): the month's regular meetings of a subtree, read
-- from the index alone and set against the subtree's cells.
CREATE INDEX ix_meeting_regular_period ON meeting (kind, period, org_path, status, organization_id);
