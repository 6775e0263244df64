-- Gương người tốt, việc tốt: the date of the story and an accent-insensitive search key (subject and title).
ALTER TABLE good_example ADD COLUMN story_date DATE;
ALTER TABLE good_example ADD COLUMN search_key VARCHAR(600);
CREATE INDEX ix_good_example_date ON good_example (story_date);
