-- The register asset an asset report is about (named by the reporter or the nearest of its class),
-- fixed at report time like the rest of the case's facts, with the supervising department that
-- owner-first routing proposes.
ALTER TABLE casework_case
    ADD COLUMN asset_identifier VARCHAR(17),
    ADD COLUMN asset_name       VARCHAR(100),
    ADD COLUMN asset_department VARCHAR(32),
    ADD COLUMN asset_picked     BOOLEAN;
CREATE INDEX casework_case_asset_idx ON casework_case (asset_identifier) WHERE asset_identifier IS NOT NULL;
