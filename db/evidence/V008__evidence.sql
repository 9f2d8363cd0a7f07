-- Evidence: items of incidents, the stored contents they point to (one row per distinct bytes),
-- the append-only chain of custody, and the claim row that makes a fixity run happen once per
-- cluster. Incident, case and source ids belong to intake and are referenced without foreign keys.

-- One row per distinct content in the store; the primary key is what makes two uploads of the
-- same bytes at the same moment agree on which came first.
CREATE TABLE evidence_content (
    sha256          VARCHAR(64)   NOT NULL PRIMARY KEY,
    sha512          VARCHAR(128)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    first_item_id   VARCHAR(36)   NOT NULL,
    stored_at       TIMESTAMP     NOT NULL
);

CREATE TABLE evidence_item (
    id                      VARCHAR(36)    NOT NULL PRIMARY KEY,
    incident_id             VARCHAR(36)    NOT NULL,
    case_id                 VARCHAR(36)    NOT NULL,
    kind                    VARCHAR(24)    NOT NULL,
    description             VARCHAR(4000),
    original_file_name      VARCHAR(255)   NOT NULL,
    media_type              VARCHAR(255)   NOT NULL,
    claimed_media_type      VARCHAR(255),
    size_bytes              BIGINT         NOT NULL,
    sha256                  VARCHAR(64)    NOT NULL REFERENCES evidence_content (sha256),
    sha512                  VARCHAR(128)   NOT NULL,
    duplicate_of            VARCHAR(36),
    source_id               VARCHAR(36),
    collected_by            VARCHAR(64),
    obtained_at             TIMESTAMP,
    graphic                 BOOLEAN        NOT NULL,
    personal_data           BOOLEAN        NOT NULL,
    derived_from            VARCHAR(36),
    received_at             TIMESTAMP      NOT NULL,
    received_by             VARCHAR(64)    NOT NULL,
    captured_at             TIMESTAMP,
    captured_at_zone_known  BOOLEAN        NOT NULL,
    latitude                DOUBLE PRECISION,
    longitude               DOUBLE PRECISION,
    device                  VARCHAR(200),
    integrity               VARCHAR(12)    NOT NULL,
    integrity_checked_at    TIMESTAMP,
    thumbnail               BOOLEAN        NOT NULL,
    version                 BIGINT         NOT NULL
);
-- The incident's list, newest first with id as tie-breaker (the list's stable order).
CREATE INDEX evidence_item_incident ON evidence_item (incident_id, received_at DESC, id);
CREATE INDEX evidence_item_sha256 ON evidence_item (sha256);
CREATE INDEX evidence_item_case_integrity ON evidence_item (case_id, integrity);

-- Append-only: the application inserts and never updates or deletes a custody event.
CREATE TABLE evidence_custody_event (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    evidence_id  VARCHAR(36)   NOT NULL REFERENCES evidence_item (id),
    event_type   VARCHAR(24)   NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    details      VARCHAR(2000)
);
CREATE INDEX evidence_custody_item ON evidence_custody_event (evidence_id, occurred_at, id);

-- A scheduled fixity run is claimed by locking this row: whichever instance holds it and finds
-- the last run old enough does the run; the others skip.
CREATE TABLE evidence_fixity_run (
    name             VARCHAR(32)  NOT NULL PRIMARY KEY,
    last_started_at  TIMESTAMP,
    last_finished_at TIMESTAMP,
    started_by       VARCHAR(200),
    contents_checked BIGINT       NOT NULL,
    contents_failed  BIGINT       NOT NULL
);
INSERT INTO evidence_fixity_run (name, contents_checked, contents_failed) VALUES ('scheduled', 0, 0);
