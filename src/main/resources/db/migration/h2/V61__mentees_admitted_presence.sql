-- Vendor file, twin of the same version in db/migration/postgresql (which explains the counts): mentees admitted of
-- whole years (counted 'ADMITTED') kept by the Java presence trigger, now also on development_candidate. The embedded
-- database holds one region, so the kept counts are emptied and counted again, admissions included, by the application
-- as it starts (PresenceHorizon); meanwhile the figures are counted from the rows.
CREATE TRIGGER mentoring_presence_candidate AFTER INSERT, UPDATE, DELETE ON development_candidate FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringPresenceTrigger';

DELETE FROM mentoring_presence;
DELETE FROM mentoring_presence_person;
UPDATE mentoring_presence_horizon SET kept_to_year = NULL;
