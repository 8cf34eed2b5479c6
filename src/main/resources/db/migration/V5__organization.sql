-- Departments (专业部门) that handle dispatched cases, including the territorial subdistrict office.
CREATE TABLE organization_department
(
    code    VARCHAR(32)  NOT NULL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    name_en VARCHAR(200) NOT NULL
);

-- Inspector (监督员) teams: each patrols one subdistrict, self-organized (自行组建) or run by an
-- outsourced vendor (信息采集市场化). The quota is the valid reports expected per quarter (达标量).
CREATE TABLE organization_inspector_team
(
    code             VARCHAR(32)  NOT NULL PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    subdistrict_code VARCHAR(9)   NOT NULL,
    model            VARCHAR(16)  NOT NULL CHECK (model IN ('SELF_ORGANIZED', 'OUTSOURCED')),
    vendor_name      VARCHAR(200),
    quarterly_quota  INT          NOT NULL CHECK (quarterly_quota >= 0),
    CHECK ((model = 'OUTSOURCED') = (vendor_name IS NOT NULL))
);
CREATE INDEX organization_inspector_team_subdistrict_idx ON organization_inspector_team (subdistrict_code);

-- The members of the teams; the username is their login account.
CREATE TABLE organization_inspector
(
    username  VARCHAR(64)  NOT NULL PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    team_code VARCHAR(32)  NOT NULL REFERENCES organization_inspector_team (code),
    active    BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX organization_inspector_team_idx ON organization_inspector (team_code);
