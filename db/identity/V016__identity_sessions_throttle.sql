-- Login throttling, shared by every instance: one row per account ('account:<name>') and per
-- client address ('address:<ip>'), forgotten after a quiet period.
CREATE TABLE identity_login_throttle (
    throttle_key    VARCHAR(200) NOT NULL PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP    NOT NULL,
    blocked_until   TIMESTAMP    NOT NULL
);

-- What the user is told at their next login: failures since their last successful one.
ALTER TABLE identity_account ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE identity_account ADD COLUMN last_failed_login_at TIMESTAMP;
ALTER TABLE identity_account ADD COLUMN last_failed_login_from VARCHAR(100);

-- Set by an administrator's password reset: nothing but a password change until it is done.
ALTER TABLE identity_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- Browser sessions, so that they can be listed and ended (by logout, an administrator, a
-- disabled account or a password change) and time out alike on every instance. Only a hash of
-- the session's secret is kept; id is the public handle administrators use.
CREATE TABLE identity_session (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    secret_hash  CHAR(64)     NOT NULL,
    username     VARCHAR(64)  NOT NULL REFERENCES identity_account (username),
    created_at   TIMESTAMP    NOT NULL,
    last_seen_at TIMESTAMP    NOT NULL,
    ended_at     TIMESTAMP,
    ended_by     VARCHAR(64),
    address      VARCHAR(100),
    user_agent   VARCHAR(300)
);

CREATE UNIQUE INDEX identity_session_secret ON identity_session (secret_hash);
CREATE INDEX identity_session_username ON identity_session (username);
