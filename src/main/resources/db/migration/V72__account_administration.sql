-- Accounts administered through the API and pages (ADR 0038).
ALTER TABLE identity_user
    ADD COLUMN phone                    VARCHAR(20),
    ADD COLUMN subdistrict_codes        TEXT[]  NOT NULL DEFAULT '{}',
    -- A temporary password set by an administrator must be replaced at the next sign-in.
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE,
    -- Tokens issued and sessions begun before this instant are refused: set on disable,
    -- password reset and password change, so a re-enabled account's old tokens stay dead.
    ADD COLUMN revoked_before           TIMESTAMP WITH TIME ZONE,
    ADD COLUMN version                  INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN updated_at               TIMESTAMP WITH TIME ZONE;

CREATE INDEX identity_user_department_idx ON identity_user (department_code);
