-- Failed sign-ins counted per account tried and per address (ADR 0040). A row is forgotten once
-- its last failure is older than the configured window and its block has run out.
CREATE TABLE identity_sign_in_throttle (
    kind           VARCHAR(10)              NOT NULL CHECK (kind IN ('account', 'address')),
    subject        VARCHAR(100)             NOT NULL,
    failures       INTEGER                  NOT NULL,
    last_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (kind, subject)
);

-- The address of an account's last successful sign-in: a block of the account does not apply
-- there, so that guessing from elsewhere cannot keep its holder out.
ALTER TABLE identity_user
    ADD COLUMN last_sign_in_address VARCHAR(100),
    ADD COLUMN last_signed_in_at    TIMESTAMP WITH TIME ZONE;
