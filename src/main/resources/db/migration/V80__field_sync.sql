-- A point the reporter placed by hand on the map instead of taking the device's position.
ALTER TABLE casework_case ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;

-- The task results (核实, 核查) a field client sent and the server carried out, by the
-- client's id of the result: a replayed result is answered "duplicate" and not carried out again.
CREATE TABLE field_answered_result (
    inspector   VARCHAR(64) NOT NULL,
    client_id   VARCHAR(64) NOT NULL,
    case_number VARCHAR(32) NOT NULL,
    action      VARCHAR(16) NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (inspector, client_id)
);
