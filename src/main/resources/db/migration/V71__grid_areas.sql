-- Administrative areas (行政区划): the district, its subdistricts and communities as imported by
-- an administrator. Every import that changes something is a new revision; the areas of each
-- revision are kept, so that the codes cases were filed under stay readable. The latest revision
-- is current and fills grid_subdistrict and grid_community, which unit grid versions refer to.
CREATE TABLE grid_area_revision
(
    id                INT                      NOT NULL PRIMARY KEY,
    label             VARCHAR(100)             NOT NULL,
    district_code     VARCHAR(6)               NOT NULL,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by       VARCHAR(64)              NOT NULL,
    subdistrict_count INT                      NOT NULL CHECK (subdistrict_count >= 0),
    community_count   INT                      NOT NULL CHECK (community_count >= 0)
);

CREATE TABLE grid_area
(
    revision_id INT          NOT NULL REFERENCES grid_area_revision (id),
    code        VARCHAR(12)  NOT NULL,
    level       VARCHAR(12)  NOT NULL CHECK (level IN ('district', 'subdistrict', 'community')),
    parent_code VARCHAR(9),
    name        VARCHAR(50)  NOT NULL,
    outline     BYTEA        NOT NULL,
    PRIMARY KEY (revision_id, code)
);
CREATE INDEX grid_area_by_level ON grid_area (revision_id, level);
