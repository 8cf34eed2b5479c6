-- A photo belongs to the case it was attached to (with a report or a step); until then only its
-- uploader may read or attach it, and an unattached photo is removed after a while.
ALTER TABLE intake_photo ADD COLUMN case_number VARCHAR(20);
ALTER TABLE intake_photo ADD COLUMN attached_at TIMESTAMP WITH TIME ZONE;

UPDATE intake_photo p SET case_number = c.number, attached_at = c.reported_at
FROM casework_case c WHERE p.id::text = ANY (c.photos);
UPDATE intake_photo p SET case_number = c.number, attached_at = e.at
FROM casework_timeline_entry e JOIN casework_case c ON c.id = e.case_id
WHERE p.case_number IS NULL AND p.id::text = ANY (e.photos);

-- The uploads of an account still waiting to be attached: its quota, and what the cleanup removes.
CREATE INDEX intake_photo_unattached ON intake_photo (uploaded_by, stored_at) WHERE case_number IS NULL;

-- The same for the photos of census proposals, which refer to them.
CREATE INDEX asset_census_proposal_by_photo ON asset_census_proposal (photo_id);
CREATE INDEX asset_census_photo_by_uploader ON asset_census_photo (uploaded_by, stored_at);
