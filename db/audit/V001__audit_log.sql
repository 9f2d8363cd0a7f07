-- The audit log: append-only, each entry chained to the one before by its hash.
CREATE TABLE audit_entry (
    sequence_no   BIGINT        NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    action        VARCHAR(80)   NOT NULL,
    target_type   VARCHAR(60),
    target_id     VARCHAR(200),
    address       VARCHAR(64),
    details       VARCHAR(4000),
    previous_hash CHAR(64)      NOT NULL,
    entry_hash    CHAR(64)      NOT NULL
);

CREATE INDEX audit_entry_target ON audit_entry (target_type, target_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor);

-- One row: the end of the chain. Appenders lock it (SELECT ... FOR UPDATE), which serializes
-- appends across every application instance sharing the database.
CREATE TABLE audit_chain_head (
    id            INTEGER  NOT NULL PRIMARY KEY,
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
