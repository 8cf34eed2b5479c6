-- 改类: a timeline entry of a reclassification keeps the class before and after, code and name.
ALTER TABLE casework_timeline_entry
    ADD COLUMN from_kind          VARCHAR(10),
    ADD COLUMN from_category_code VARCHAR(8),
    ADD COLUMN from_category_name VARCHAR(100),
    ADD COLUMN to_kind            VARCHAR(10),
    ADD COLUMN to_category_code   VARCHAR(8),
    ADD COLUMN to_category_name   VARCHAR(100);
