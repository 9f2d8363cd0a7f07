-- Case bundles: one row per export, from QUEUED to DONE or FAILED. The ZIP itself lives in the
-- data directory (bundles/<id>.zip); while it is written it is named <id>.<attempt>.zip.partial
-- and is never offered. Rows are never deleted.
-- status: QUEUED, RUNNING, DONE or FAILED; incident_scope: VERIFIED or ALL.
CREATE TABLE bundle_export (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    case_id             VARCHAR(36)    NOT NULL,
    case_reference      VARCHAR(64)    NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    progress            DOUBLE PRECISION NOT NULL,
    size_bytes          BIGINT,
    sha256              VARCHAR(64),
    error               VARCHAR(4000),
    incident_scope      VARCHAR(16)    NOT NULL,
    reveal_identities   BOOLEAN        NOT NULL,
    reason              VARCHAR(2000),
    language            VARCHAR(8)     NOT NULL,
    incident_count      INTEGER        NOT NULL,
    unverified_count    INTEGER        NOT NULL,
    evidence_count      INTEGER        NOT NULL,
    requested_by        VARCHAR(64)    NOT NULL,
    requested_from      VARCHAR(64),
    requested_at        TIMESTAMP      NOT NULL,
    started_at          TIMESTAMP,
    finished_at         TIMESTAMP,
    attempts            INTEGER        NOT NULL,
    -- Touched every few seconds by the instance writing the bundle; a RUNNING row whose heartbeat
    -- has stopped belongs to an instance that died, and is failed by whichever instance notices.
    heartbeat_at        TIMESTAMP,
    version             BIGINT         NOT NULL
);
CREATE INDEX bundle_export_case ON bundle_export (case_id, requested_at DESC, id);
CREATE INDEX bundle_export_status ON bundle_export (status);
