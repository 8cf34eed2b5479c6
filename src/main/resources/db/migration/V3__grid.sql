-- Administrative areas and unit grids (CJ/T 213). Outlines are WGS-84 polygons stored as WKB
-- (longitude, latitude); the spatial index lives in the application, so PostGIS is not needed.
-- valid_from marks when an area or grid took effect: grid versions will build on it.
CREATE TABLE grid_subdistrict
(
    code       VARCHAR(9)               NOT NULL PRIMARY KEY,
    name       VARCHAR(50)              NOT NULL UNIQUE,
    outline    BYTEA                    NOT NULL,
    valid_from TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE grid_community
(
    code             VARCHAR(12)              NOT NULL PRIMARY KEY,
    subdistrict_code VARCHAR(9)               NOT NULL REFERENCES grid_subdistrict (code),
    name             VARCHAR(50)              NOT NULL,
    outline          BYTEA                    NOT NULL,
    valid_from       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    UNIQUE (subdistrict_code, name)
);

CREATE TABLE grid_unit_grid
(
    code           VARCHAR(15)              NOT NULL PRIMARY KEY,
    community_code VARCHAR(12)              NOT NULL REFERENCES grid_community (code),
    outline        BYTEA                    NOT NULL,
    valid_from     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX grid_unit_grid_by_community ON grid_unit_grid (community_code);
