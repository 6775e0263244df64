-- Vendor file, twin of the same version in db/migration/postgresql (which explains the tables): H2 has no PL/pgSQL, so
-- the presence counts are kept by a Java row trigger (vn.chibo.mentoring.internal.MentoringPresenceTrigger) and the
-- horizon is raised by a Java method. H2 fires a statement's row triggers once all its rows are written, so the state
-- before a change cannot be told from the rows: the weights counted for each person are kept (mentoring_presence_person,
-- H2 only: the embedded database holds one small region) and taken out again at his next change, as V46 keeps the
-- mentors' spells. Their path (counted_at) is where they were counted, not a copy of an organization's path: a moved
-- subtree does not rewrite it, so that the next change takes the weights out of the organizations they were added to.
CREATE TABLE mentoring_presence (
    counted         VARCHAR(10)  NOT NULL,
    first_year      INT          NOT NULL,
    last_year       INT          NOT NULL,
    organization_id BIGINT       NOT NULL,
    people          BIGINT       NOT NULL,
    PRIMARY KEY (counted, first_year, last_year, organization_id)
);

CREATE TABLE mentoring_presence_person (
    counted         VARCHAR(10)  NOT NULL,
    person_id       BIGINT       NOT NULL,
    first_year      INT          NOT NULL,
    last_year       INT          NOT NULL,
    organization_id BIGINT       NOT NULL,
    counted_at      VARCHAR(400) NOT NULL,
    weight          BIGINT       NOT NULL,
    PRIMARY KEY (counted, person_id, first_year, last_year, organization_id)
);

CREATE TABLE mentoring_presence_horizon (
    id           INT NOT NULL PRIMARY KEY,
    kept_to_year INT,
    CONSTRAINT ck_mentoring_presence_horizon_one CHECK (id = 1)
);
INSERT INTO mentoring_presence_horizon (id, kept_to_year) VALUES (1, NULL);

CREATE ALIAS mentoring_presence_raise FOR 'vn.chibo.mentoring.internal.MentoringPresenceTrigger.raise';

CREATE TRIGGER mentoring_presence_assignment AFTER INSERT, UPDATE, DELETE ON mentoring_assignment FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringPresenceTrigger';
CREATE TRIGGER mentoring_presence_group AFTER INSERT, UPDATE, DELETE ON mentoring_group FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringPresenceTrigger';
