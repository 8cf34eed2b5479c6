-- The change log of the field app: each row tells one inspector that one of their tasks
-- (verification, check) or one of their own reports changed. A client's cursor is the last
-- sequence it has seen; rows are written one transaction at a time (advisory lock), so that
-- sequence order is commit order and a cursor never skips a row committed later.
CREATE TABLE field_change (
    sequence    BIGSERIAL PRIMARY KEY,
    inspector   VARCHAR(64) NOT NULL,
    case_number VARCHAR(32) NOT NULL,
    subject     VARCHAR(16) NOT NULL,
    state       VARCHAR(16) NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX field_change_inspector_idx ON field_change (inspector, sequence);

-- The open verification or check task of a case and whose it is, to tell an inspector when it is
-- withdrawn from them.
CREATE TABLE field_open_task (
    case_number VARCHAR(32) NOT NULL,
    subject     VARCHAR(16) NOT NULL,
    inspector   VARCHAR(64) NOT NULL,
    PRIMARY KEY (case_number, subject)
);

-- Cases reported by an inspector from the field, whose status changes go to the reporter.
CREATE TABLE field_report (
    case_number VARCHAR(32) PRIMARY KEY,
    reporter    VARCHAR(64) NOT NULL
);

-- Photos being uploaded in pieces (PUT /api/v1/field/photos/{sha256}): the bytes received so far,
-- and once complete the id of the stored photo (the bytes are then dropped).
CREATE TABLE field_photo_upload (
    sha256      CHAR(64)    NOT NULL,
    uploader    VARCHAR(64) NOT NULL,
    total       INT         NOT NULL,
    received    BYTEA       NOT NULL,
    photo_id    VARCHAR(64),
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sha256, uploader)
);
