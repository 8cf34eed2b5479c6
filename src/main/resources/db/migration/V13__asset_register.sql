-- The asset register (部件, GB/T 47678.5): one row per asset, its position a WGS-84 point. The
-- spatial index of the register lives in the application (nearest asset, map layer), so PostGIS
-- is not needed. version guards concurrent edits (optimistic locking).
CREATE TABLE asset_register
(
    identifier       VARCHAR(17)  NOT NULL PRIMARY KEY,
    class_code       VARCHAR(5)   NOT NULL,
    name             VARCHAR(100) NOT NULL,
    department_code  VARCHAR(32),
    owner_unit       VARCHAR(100),
    maintenance_unit VARCHAR(100),
    grid_code        VARCHAR(15)  NOT NULL,
    status           VARCHAR(16)  NOT NULL
        CHECK (status IN ('INTACT', 'DAMAGED', 'LOST', 'ABANDONED', 'REMOVED')),
    latitude         DOUBLE PRECISION NOT NULL,
    longitude        DOUBLE PRECISION NOT NULL,
    survey_date      DATE,
    change_date      DATE,
    data_source      VARCHAR(32),
    remarks          VARCHAR(500),
    version          INTEGER      NOT NULL DEFAULT 0,
    CHECK (length(identifier) IN (16, 17) AND substr(identifier, 7, length(identifier) - 12) = class_code)
);
CREATE INDEX asset_register_by_grid ON asset_register (grid_code, class_code);
CREATE INDEX asset_register_by_class ON asset_register (class_code, status);

-- The last sequence number given out per county and class: identifiers are
-- admin code + class code + 6-digit sequence.
CREATE TABLE asset_sequence
(
    admin_code VARCHAR(6) NOT NULL,
    class_code VARCHAR(5) NOT NULL,
    last_value INTEGER    NOT NULL CHECK (last_value BETWEEN 0 AND 999999),
    PRIMARY KEY (admin_code, class_code)
);

-- Every change of an asset: who, when, what, and the record before and after (JSON; before is
-- null for a new asset).
CREATE TABLE asset_history
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    identifier VARCHAR(17)              NOT NULL,
    action     VARCHAR(16)              NOT NULL CHECK (action IN ('CREATED', 'CHANGED', 'REMOVED', 'IMPORTED')),
    changed_by VARCHAR(64)              NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    source     VARCHAR(64),
    before     JSONB,
    after      JSONB                    NOT NULL
);
CREATE INDEX asset_history_by_identifier ON asset_history (identifier, id);
