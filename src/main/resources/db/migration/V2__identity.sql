CREATE TABLE identity_user
(
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name    VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    posts           TEXT[]       NOT NULL,
    department_code VARCHAR(32),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE INDEX identity_user_posts_idx ON identity_user USING gin (posts);

-- Secrets shared by all application nodes, e.g. the key that signs API tokens.
CREATE TABLE identity_signing_key
(
    name       VARCHAR(32)              NOT NULL PRIMARY KEY,
    secret     BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
