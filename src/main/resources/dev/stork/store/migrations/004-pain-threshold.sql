-- Each person's own pain threshold: pain (1-10) at or above which an exercise stops for today. NULL means the
-- default of 5/10.
ALTER TABLE people ADD COLUMN pain_threshold INTEGER;
