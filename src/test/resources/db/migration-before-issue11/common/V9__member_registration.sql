-- Đảng viên tự đăng ký thi đua (Đảng viên 5 tốt): a registration may belong to one party member of the
-- cell it is filed in. person_key is 0 for an organization's own registration and the person's id for
-- a member's, so that each subject registers once per programme (unique constraints treat NULLs as
-- distinct, hence the separate non-null key).
ALTER TABLE registration ADD COLUMN person_id BIGINT REFERENCES person (id);
ALTER TABLE registration ADD COLUMN person_key BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE registration DROP CONSTRAINT uk_registration;
ALTER TABLE registration ADD CONSTRAINT uk_registration UNIQUE (programme_id, organization_id, person_key);
ALTER TABLE registration ADD CONSTRAINT uk_registration_person UNIQUE (programme_id, person_id);
CREATE INDEX ix_registration_person ON registration (person_id);
