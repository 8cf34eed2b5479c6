CREATE TABLE intake_photo
(
    id           UUID                     NOT NULL PRIMARY KEY,
    content_type VARCHAR(32)              NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    path         VARCHAR(300)             NOT NULL,
    uploaded_by  VARCHAR(64),
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
