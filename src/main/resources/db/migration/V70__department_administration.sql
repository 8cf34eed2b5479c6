-- Departments administered on the platform: a department (专业部门) or the office of one
-- subdistrict (街道办事处), which takes the cases no routing rule covers there (属地兜底).
-- A department named by cases is never deleted: it is deactivated and takes no new dispatches.
-- The version counts changes, so that an edit based on an older state is refused.
ALTER TABLE organization_department
    ADD COLUMN kind             VARCHAR(24) NOT NULL DEFAULT 'DEPARTMENT'
        CHECK (kind IN ('DEPARTMENT', 'SUBDISTRICT_OFFICE')),
    ADD COLUMN subdistrict_code VARCHAR(9),
    ADD COLUMN active           BOOLEAN     NOT NULL DEFAULT TRUE,
    ADD COLUMN version          INT         NOT NULL DEFAULT 0,
    ADD CHECK ((kind = 'SUBDISTRICT_OFFICE') = (subdistrict_code IS NOT NULL));

-- One active office per subdistrict: the territorial fallback there is never ambiguous.
CREATE UNIQUE INDEX organization_department_office_idx ON organization_department (subdistrict_code)
    WHERE active AND kind = 'SUBDISTRICT_OFFICE';

-- Teams created through the API start without a quota; the workforce settings set it.
ALTER TABLE organization_inspector_team ALTER COLUMN quarterly_quota SET DEFAULT 0;
ALTER TABLE organization_inspector_team ADD COLUMN version INT NOT NULL DEFAULT 0;

-- Routing rules change at run time: every change raises the revision, which other nodes compare
-- once a minute to reload their rules.
CREATE TABLE dispatch_routing_revision
(
    id       BOOLEAN NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (id),
    revision BIGINT  NOT NULL
);
INSERT INTO dispatch_routing_revision (revision) VALUES (0);
