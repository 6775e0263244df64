-- Vendor file, twin of the same version in db/migration/postgresql (which explains the columns). H2's journal trigger
-- (vn.chibo.statistics.internal.FigureChangeTrigger) writes the table's name once the column exists: it looks when H2
-- creates it, so the triggers are created again here.
ALTER TABLE figure_change ADD COLUMN source_table VARCHAR(64);
CREATE INDEX ix_figure_change_path_table ON figure_change (org_path, source_table);
DROP INDEX ix_figure_change_path;

ALTER TABLE review_answer ADD COLUMN table_counts CHARACTER LARGE OBJECT;
ALTER TABLE review_answer ADD COLUMN source_keys CHARACTER LARGE OBJECT;

DROP TRIGGER figure_change_person;
DROP TRIGGER figure_change_membership;
DROP TRIGGER figure_change_organization;
DROP TRIGGER figure_change_meeting;
DROP TRIGGER figure_change_mentoring_assignment;
DROP TRIGGER figure_change_mentoring_group;
DROP TRIGGER figure_change_mentoring_review;
DROP TRIGGER figure_change_mentoring_session;
DROP TRIGGER figure_change_award_record;
DROP TRIGGER figure_change_discipline_record;
DROP TRIGGER figure_change_inspection;
DROP TRIGGER figure_change_inspection_finding;
DROP TRIGGER figure_change_remediation_action;
DROP TRIGGER figure_change_classification_entry;
DROP TRIGGER figure_change_programme;
DROP TRIGGER figure_change_programme_subject;
DROP TRIGGER figure_change_registration;
DROP TRIGGER figure_change_assessment;
DROP TRIGGER figure_change_development_candidate;
DROP TRIGGER figure_change_development_event;
DROP TRIGGER figure_change_rulebook;
CREATE TRIGGER figure_change_person AFTER INSERT, UPDATE, DELETE ON person FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_membership AFTER INSERT, UPDATE, DELETE ON membership FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_organization AFTER INSERT, UPDATE, DELETE ON organization FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_meeting AFTER INSERT, UPDATE, DELETE ON meeting FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_mentoring_assignment AFTER INSERT, UPDATE, DELETE ON mentoring_assignment FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_mentoring_group AFTER INSERT, UPDATE, DELETE ON mentoring_group FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_mentoring_review AFTER INSERT, UPDATE, DELETE ON mentoring_review FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_mentoring_session AFTER INSERT, UPDATE, DELETE ON mentoring_session FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_award_record AFTER INSERT, UPDATE, DELETE ON award_record FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_discipline_record AFTER INSERT, UPDATE, DELETE ON discipline_record FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_inspection AFTER INSERT, UPDATE, DELETE ON inspection FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_inspection_finding AFTER INSERT, UPDATE, DELETE ON inspection_finding FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_remediation_action AFTER INSERT, UPDATE, DELETE ON remediation_action FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_classification_entry AFTER INSERT, UPDATE, DELETE ON classification_entry FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_programme AFTER INSERT, UPDATE, DELETE ON programme FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_programme_subject AFTER INSERT, UPDATE, DELETE ON programme_subject FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_registration AFTER INSERT, UPDATE, DELETE ON registration FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_assessment AFTER INSERT, UPDATE, DELETE ON assessment FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_development_candidate AFTER INSERT, UPDATE, DELETE ON development_candidate FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_development_event AFTER INSERT, UPDATE, DELETE ON development_event FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
CREATE TRIGGER figure_change_rulebook AFTER INSERT, UPDATE, DELETE ON rulebook FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
