-- Accounts, their roles, and personal API tokens (stored as hashes only).
CREATE TABLE identity_account (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE identity_account_role (
    username VARCHAR(64) NOT NULL REFERENCES identity_account (username),
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role)
);

CREATE TABLE identity_api_token (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    username   VARCHAR(64) NOT NULL REFERENCES identity_account (username),
    token_hash CHAR(64)    NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    expires_at TIMESTAMP   NOT NULL,
    revoked_at TIMESTAMP,
    revoked_by VARCHAR(64)
);

CREATE UNIQUE INDEX identity_api_token_hash ON identity_api_token (token_hash);
CREATE INDEX identity_api_token_username ON identity_api_token (username);
