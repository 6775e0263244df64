-- Duplicate checks of bulk loads (the Excel import) look people up by full name (and birth date) in sets of a
-- thousand: without this index each set scans the whole person table.
CREATE INDEX ix_person_full_name_birth ON person (full_name, birth_date);
