-- The command map (监督指挥) asks for the open cases within the visible box: a GiST index on the
-- positions of open cases only, so that closed cases (the bulk, over the years) cost nothing.
-- The predicate is the one CaseQueries.openWithin repeats.
CREATE INDEX casework_case_open_position_idx ON casework_case USING gist (point(longitude, latitude))
    WHERE status NOT IN ('CLOSED', 'REJECTED', 'DECLINED', 'DISCARDED', 'MERGED');

-- The last position each inspector's field app reported (定位), with the instant it arrived and
-- the accuracy the device gave. One row per inspector, overwritten by each report: the map shows
-- where inspectors are, not where they went.
CREATE TABLE organization_inspector_position
(
    username    VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES organization_inspector (username),
    latitude    DOUBLE PRECISION         NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude   DOUBLE PRECISION         NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    accuracy_m  DOUBLE PRECISION CHECK (accuracy_m >= 0),
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX organization_inspector_position_reported_idx ON organization_inspector_position (reported_at);
