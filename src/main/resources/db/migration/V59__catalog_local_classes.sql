-- Local classes (a district's own incident types and asset classes, added by an administrator)
-- and deactivated classes (open to no new report; cases filed under them keep them).
ALTER TABLE catalog_class
    ADD COLUMN local          BOOLEAN                  NOT NULL DEFAULT FALSE,
    ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;

-- Raised by every change of the classes or of the scheme in force, so that every node notices.
ALTER TABLE catalog_active_scheme
    ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
