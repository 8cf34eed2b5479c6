-- A legacy case import that passed the check of its whole file, and how far its writing got
-- (ADR 0051). The cases are written in one transaction; these rows are written beside it, each
-- change in a transaction of its own, so that they can be read while the import's is open.
CREATE TABLE casework_import
(
    id           BIGSERIAL                NOT NULL PRIMARY KEY,
    state        VARCHAR(16)              NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    -- the cases written so far in the import's transaction; all of them once DONE, none kept once FAILED
    done         BIGINT                   NOT NULL DEFAULT 0,
    total        BIGINT                   NOT NULL,
    requested_by VARCHAR(64)              NOT NULL,
    requested_at TIMESTAMPTZ              NOT NULL,
    updated_at   TIMESTAMPTZ              NOT NULL,
    finished_at  TIMESTAMPTZ,
    -- why a FAILED import failed: a message code of the casework bundle
    failure      VARCHAR(64)
);
