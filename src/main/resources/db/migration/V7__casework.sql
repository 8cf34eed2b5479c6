CREATE SEQUENCE casework_case_number_seq;

-- A case file: the facts it was reported with, then its changing state.
CREATE TABLE casework_case
(
    id                          BIGSERIAL PRIMARY KEY,
    number                      VARCHAR(20)              NOT NULL UNIQUE,
    version                     INT                      NOT NULL,
    status                      VARCHAR(24)              NOT NULL,
    kind                        VARCHAR(10)              NOT NULL,
    scheme                      VARCHAR(40)              NOT NULL,
    category_code               VARCHAR(8)               NOT NULL,
    category_name               VARCHAR(100)             NOT NULL,
    major_name                  VARCHAR(100),
    latitude                    DOUBLE PRECISION         NOT NULL,
    longitude                   DOUBLE PRECISION         NOT NULL,
    accuracy_m                  DOUBLE PRECISION,
    address                     VARCHAR(200),
    grid_code                   VARCHAR(15),
    community_code              VARCHAR(12),
    community_name              VARCHAR(100),
    subdistrict_code            VARCHAR(9),
    subdistrict_name            VARCHAR(100),
    description                 TEXT                     NOT NULL,
    channel                     VARCHAR(16)              NOT NULL,
    reporter                    VARCHAR(64),
    caller_name                 VARCHAR(50),
    caller_phone                VARCHAR(20),
    client_id                   VARCHAR(64),
    photos                      TEXT[]                   NOT NULL DEFAULT '{}',
    reported_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    department_code             VARCHAR(32),
    assigned_inspector          VARCHAR(64),
    verified                    BOOLEAN                  NOT NULL DEFAULT FALSE,
    extension_pending           BOOLEAN                  NOT NULL DEFAULT FALSE,
    extension_requested_minutes INT                      NOT NULL DEFAULT 0,
    extension_granted_minutes   INT                      NOT NULL DEFAULT 0,
    dispatch_count              INT                      NOT NULL DEFAULT 0,
    return_count                INT                      NOT NULL DEFAULT 0,
    rework_count                INT                      NOT NULL DEFAULT 0,
    merged_into                 VARCHAR(20)
);

CREATE UNIQUE INDEX casework_case_client_id_idx ON casework_case (reporter, client_id) WHERE client_id IS NOT NULL;
CREATE INDEX casework_case_status_idx ON casework_case (status, id DESC);
CREATE INDEX casework_case_subdistrict_idx ON casework_case (subdistrict_code, id DESC);
CREATE INDEX casework_case_department_idx ON casework_case (department_code, status);
CREATE INDEX casework_case_inspector_idx ON casework_case (assigned_inspector) WHERE assigned_inspector IS NOT NULL;
CREATE INDEX casework_case_reporter_idx ON casework_case (reporter, id DESC);
CREATE INDEX casework_case_nearby_idx ON casework_case (kind, category_code, reported_at);
CREATE INDEX casework_case_merged_into_idx ON casework_case (merged_into) WHERE merged_into IS NOT NULL;

-- One immutable entry per step in the life of a case.
CREATE TABLE casework_timeline_entry
(
    case_id         BIGINT                   NOT NULL REFERENCES casework_case (id),
    sequence        INT                      NOT NULL,
    action          VARCHAR(24)              NOT NULL,
    from_status     VARCHAR(24),
    to_status       VARCHAR(24)              NOT NULL,
    actor           VARCHAR(64)              NOT NULL,
    post            VARCHAR(24)              NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    note            TEXT,
    photos          TEXT[]                   NOT NULL DEFAULT '{}',
    department_code VARCHAR(32),
    inspector       VARCHAR(64),
    outcome         VARCHAR(16),
    minutes         INT,
    PRIMARY KEY (case_id, sequence)
);

CREATE FUNCTION casework_timeline_is_immutable() RETURNS trigger AS
$$
BEGIN
    RAISE EXCEPTION 'timeline entries are never changed or removed';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER casework_timeline_entry_immutable
    BEFORE UPDATE OR DELETE
    ON casework_timeline_entry
    FOR EACH ROW
EXECUTE FUNCTION casework_timeline_is_immutable();
