-- A review's mentee, copied from its assignment so that "mentees rated good or better" is counted from the reviews
-- alone (no join with the assignments, and an assignment's change no longer counts that figure anew). The composite
-- foreign key keeps the copy equal to the assignment's mentee: an assignment's mentee cannot change under its
-- reviews without the reviews following.
alter table mentoring_review add column mentee_person_id bigint;
update mentoring_review set mentee_person_id = (select a.mentee_person_id from mentoring_assignment a
    where a.id = mentoring_review.assignment_id);
alter table mentoring_review alter column mentee_person_id set not null;
alter table mentoring_assignment add constraint uk_mentoring_assignment_mentee unique (id, mentee_person_id);
alter table mentoring_review add constraint fk_mentoring_review_mentee foreign key (assignment_id, mentee_person_id)
    references mentoring_assignment (id, mentee_person_id) on update cascade;

-- H2 rebuilds a table whose columns change; its Java triggers are made again so that they read the rebuilt table
-- (the journal's trigger would otherwise write changes without their table, and every source would count anew)
DROP TRIGGER figure_change_mentoring_review;
CREATE TRIGGER figure_change_mentoring_review AFTER INSERT, UPDATE, DELETE ON mentoring_review FOR EACH ROW CALL 'vn.chibo.statistics.internal.FigureChangeTrigger';
DROP TRIGGER mentoring_count_review;
CREATE TRIGGER mentoring_count_review AFTER INSERT, UPDATE, DELETE ON mentoring_review FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringCountTrigger';
