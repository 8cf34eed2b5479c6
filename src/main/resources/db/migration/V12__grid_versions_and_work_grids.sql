-- Grid versions: a revision of the unit grids is imported as a new version that takes effect at
-- an instant; lookups use the version in effect, cases keep the code they were reported under.
-- The grids already stored become version 1, in effect since the start.
CREATE TABLE grid_version
(
    id              INT                      NOT NULL PRIMARY KEY,
    label           VARCHAR(100)             NOT NULL,
    effective_from  TIMESTAMP WITH TIME ZONE NOT NULL UNIQUE,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by     VARCHAR(64)              NOT NULL,
    grid_count      INT                      NOT NULL CHECK (grid_count >= 0),
    community_count INT                      NOT NULL CHECK (community_count >= 0)
);

INSERT INTO grid_version (id, label, effective_from, imported_at, imported_by, grid_count, community_count)
SELECT 1, '初始网格', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', now(), 'system',
       count(*), count(DISTINCT community_code)
FROM grid_unit_grid;

-- Unit grids per version: the same code may appear in several versions, with its outline of each.
ALTER TABLE grid_unit_grid ADD COLUMN version_id INT NOT NULL DEFAULT 1 REFERENCES grid_version (id);
ALTER TABLE grid_unit_grid ALTER COLUMN version_id DROP DEFAULT;
ALTER TABLE grid_unit_grid ADD COLUMN name VARCHAR(100);
ALTER TABLE grid_unit_grid DROP CONSTRAINT grid_unit_grid_pkey;
ALTER TABLE grid_unit_grid ADD PRIMARY KEY (version_id, code);
DROP INDEX grid_unit_grid_by_community;
CREATE INDEX grid_unit_grid_by_community ON grid_unit_grid (version_id, community_code);

-- Work grids (责任网格): unit grids of one subdistrict grouped for the inspectors who patrol them.
-- Members are unit grid codes, which a later grid version may keep or drop.
CREATE TABLE grid_work_grid
(
    code             VARCHAR(32)  NOT NULL PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    subdistrict_code VARCHAR(9)   NOT NULL REFERENCES grid_subdistrict (code)
);

CREATE TABLE grid_work_grid_unit
(
    unit_grid_code VARCHAR(15) NOT NULL PRIMARY KEY,
    work_grid_code VARCHAR(32) NOT NULL REFERENCES grid_work_grid (code) ON DELETE CASCADE
);
CREATE INDEX grid_work_grid_unit_by_work_grid ON grid_work_grid_unit (work_grid_code);

CREATE TABLE grid_work_grid_inspector
(
    work_grid_code VARCHAR(32) NOT NULL REFERENCES grid_work_grid (code) ON DELETE CASCADE,
    inspector      VARCHAR(64) NOT NULL,
    PRIMARY KEY (work_grid_code, inspector)
);
CREATE INDEX grid_work_grid_inspector_by_inspector ON grid_work_grid_inspector (inspector);
