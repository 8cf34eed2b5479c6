-- Urge notices (督办): to the department holding a case (and the dispatchers), raised by the
-- supervision scan when a stage turns red, or by a dispatcher or leader.
CREATE TABLE timing_urge_notice
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number     VARCHAR(20)              NOT NULL,
    stage           VARCHAR(16),
    kind            VARCHAR(8)               NOT NULL CHECK (kind IN ('OVERDUE', 'MANUAL')),
    department_code VARCHAR(32),
    subdistrict_code VARCHAR(9),
    due_at          TIMESTAMP WITH TIME ZONE,
    note            TEXT,
    urged_by        VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- One notice per urge, however often its event is delivered.
    UNIQUE (case_number, kind, created_at, urged_by)
);

CREATE INDEX timing_urge_notice_recent_idx ON timing_urge_notice (created_at DESC);
CREATE INDEX timing_urge_notice_department_idx ON timing_urge_notice (department_code, created_at DESC);
