-- One award of a decision to one recipient: the duplicate check of the award service, backed by the database so that
-- two simultaneous submissions (single or bulk) cannot both pass it. NULLs are distinct in unique constraints, so each
-- constraint only concerns its kind of recipient.
--
-- Existing duplicates (possible before this version) are kept, not deleted: every later copy (higher id) of the same
-- decision number and recipient gets its decision number marked "(trùng #id)", so that it shows in the register and
-- an officer can correct or remove it.
UPDATE award_record SET decision_number = LEFT(decision_number, 80) || ' (trùng #' || id || ')'
WHERE person_id IS NOT NULL AND EXISTS (SELECT 1 FROM award_record first_copy
    WHERE first_copy.decision_number = award_record.decision_number AND first_copy.person_id = award_record.person_id
      AND first_copy.id < award_record.id);
UPDATE award_record SET decision_number = LEFT(decision_number, 80) || ' (trùng #' || id || ')'
WHERE recipient_org_id IS NOT NULL AND EXISTS (SELECT 1 FROM award_record first_copy
    WHERE first_copy.decision_number = award_record.decision_number
      AND first_copy.recipient_org_id = award_record.recipient_org_id AND first_copy.id < award_record.id);

ALTER TABLE award_record ADD CONSTRAINT uk_award_decision_person UNIQUE (decision_number, person_id);
ALTER TABLE award_record ADD CONSTRAINT uk_award_decision_org UNIQUE (decision_number, recipient_org_id);
