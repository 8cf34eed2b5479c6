-- Information-collection vendors (信息采集服务商) kept by the administrators: a name unique in the
-- district and, where known, the unified social credit code (统一社会信用代码) and a contact.
CREATE TABLE organization_vendor
(
    code          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL UNIQUE,
    credit_code   CHAR(18) UNIQUE,
    contact_name  VARCHAR(50),
    contact_phone VARCHAR(32),
    address       VARCHAR(200),
    version       INT          NOT NULL DEFAULT 0
);

-- The vendor names the teams held so far become vendor records, and an outsourced team names
-- the vendor that supplies it now by its code.
INSERT INTO organization_vendor (code, name)
SELECT 'vendor-' || lpad((row_number() OVER (ORDER BY min(code)))::text, 3, '0'), vendor_name
FROM organization_inspector_team WHERE vendor_name IS NOT NULL GROUP BY vendor_name;

ALTER TABLE organization_inspector_team ADD COLUMN vendor_code VARCHAR(32) REFERENCES organization_vendor (code);
UPDATE organization_inspector_team t SET vendor_code = v.code FROM organization_vendor v WHERE v.name = t.vendor_name;
ALTER TABLE organization_inspector_team DROP COLUMN vendor_name;
ALTER TABLE organization_inspector_team ADD CONSTRAINT organization_inspector_team_vendor_check
    CHECK ((model = 'OUTSOURCED') = (vendor_code IS NOT NULL));

-- The team's own quarterly quota becomes its default, for the quarters that have neither a quota
-- of their own nor a contract giving one; 0 was what a team without a quota held.
ALTER TABLE organization_inspector_team ALTER COLUMN quarterly_quota DROP NOT NULL;
ALTER TABLE organization_inspector_team ALTER COLUMN quarterly_quota DROP DEFAULT;
UPDATE organization_inspector_team SET quarterly_quota = NULL WHERE quarterly_quota = 0;

-- The contracts of the outsourced teams (信息采集市场化): with which vendor, for which period
-- (both days included), paid per valid report and deducted per invalid one, in yuan, with the
-- valid reports expected per quarter (达标量). The periods of one team's contracts never overlap.
CREATE TABLE organization_team_contract
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_code       VARCHAR(32)   NOT NULL REFERENCES organization_inspector_team (code),
    vendor_code     VARCHAR(32)   NOT NULL REFERENCES organization_vendor (code),
    number          VARCHAR(64) UNIQUE,
    valid_from      DATE          NOT NULL,
    valid_to        DATE          NOT NULL,
    unit_price      NUMERIC(10, 2) NOT NULL CHECK (unit_price >= 0),
    deduction       NUMERIC(10, 2) NOT NULL CHECK (deduction >= 0),
    quarterly_quota INT           NOT NULL CHECK (quarterly_quota >= 0),
    version         INT           NOT NULL DEFAULT 0,
    CHECK (valid_to >= valid_from)
);
CREATE INDEX organization_team_contract_team_idx ON organization_team_contract (team_code, valid_from);

-- The quota of one quarter (达标量) set for a team; the version counts how often it was set.
CREATE TABLE organization_team_quota
(
    team_code VARCHAR(32) NOT NULL REFERENCES organization_inspector_team (code),
    quarter   CHAR(7)     NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    quota     INT         NOT NULL CHECK (quota >= 0),
    version   INT         NOT NULL DEFAULT 1,
    PRIMARY KEY (team_code, quarter)
);
