-- The field census (部件普查): inspectors propose new, changed and removed assets; an
-- administrator approves or rejects each. An approval writes the register and its history in
-- the same transaction. Proposals never become cases.
CREATE TABLE asset_census_photo
(
    id           UUID                     NOT NULL PRIMARY KEY,
    content_type VARCHAR(32)              NOT NULL,
    size_bytes   INTEGER                  NOT NULL,
    bytes        BYTEA                    NOT NULL,
    uploaded_by  VARCHAR(64)              NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE asset_census_proposal
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          VARCHAR(8)               NOT NULL CHECK (kind IN ('NEW', 'CHANGE', 'REMOVE')),
    -- the asset changed or removed; for a new asset, the identifier it got when approved
    identifier    VARCHAR(17),
    class_code    VARCHAR(5)               NOT NULL,
    grid_code     VARCHAR(15)              NOT NULL,
    latitude      DOUBLE PRECISION         NOT NULL,
    longitude     DOUBLE PRECISION         NOT NULL,
    -- the asset as proposed (attributes as written), JSON
    proposed      JSONB                    NOT NULL,
    -- the version of the asset the inspector saw (change, removal)
    base_version  INTEGER,
    photo_id      UUID REFERENCES asset_census_photo (id),
    note          VARCHAR(500),
    proposed_by   VARCHAR(64)              NOT NULL,
    proposed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(10)              NOT NULL DEFAULT 'PENDING'
        CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
    reviewed_by   VARCHAR(64),
    reviewed_at   TIMESTAMP WITH TIME ZONE,
    review_reason VARCHAR(500)
);
CREATE INDEX asset_census_proposal_by_state ON asset_census_proposal (state, id);
