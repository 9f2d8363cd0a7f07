-- Two-factor login (ADR 18): the TOTP secret sealed with AES-GCM under a key kept outside the
-- database, the last accepted time step (a code is good once), and recovery codes as hashes only.
CREATE TABLE identity_two_factor (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES identity_account (username),
    secret_sealed VARCHAR(200),
    enrolled_at   TIMESTAMP,
    last_step     BIGINT       NOT NULL,
    demo_exempt   BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE identity_recovery_code (
    id        VARCHAR(36) NOT NULL PRIMARY KEY,
    username  VARCHAR(64) NOT NULL REFERENCES identity_account (username),
    code_hash CHAR(64)    NOT NULL,
    used_at   TIMESTAMP
);

CREATE UNIQUE INDEX identity_recovery_code_hash ON identity_recovery_code (username, code_hash);
