-- Incidents classified as crimes, their history, and the links from evidence, sources and
-- casualty claims to the crimes' elements. Nothing is deleted: a withdrawn classification or link
-- keeps its row with who withdrew it and why.

-- status: PROPOSED, CONFIRMED or WITHDRAWN.
CREATE TABLE legal_classification (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    incident_id         VARCHAR(36)    NOT NULL,
    case_id             VARCHAR(36)    NOT NULL,
    crime_code          VARCHAR(32)    NOT NULL REFERENCES legal_crime (code),
    status              VARCHAR(16)    NOT NULL,
    rationale           VARCHAR(8000)  NOT NULL,
    proposed_by         VARCHAR(64)    NOT NULL,
    proposed_at         TIMESTAMP      NOT NULL,
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP,
    decision_note       VARCHAR(8000),
    version             BIGINT         NOT NULL
);
CREATE INDEX legal_classification_incident ON legal_classification (incident_id, status);
CREATE INDEX legal_classification_case ON legal_classification (case_id, status);

-- Every step of a classification, in order: PROPOSED, CONFIRMED, WITHDRAWN, LINKED, UNLINKED.
CREATE TABLE legal_classification_event (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    classification_id   VARCHAR(36)    NOT NULL REFERENCES legal_classification (id),
    action              VARCHAR(16)    NOT NULL,
    actor               VARCHAR(64)    NOT NULL,
    acted_at            TIMESTAMP      NOT NULL,
    note                VARCHAR(8000)
);
CREATE INDEX legal_classification_event_of ON legal_classification_event (classification_id, acted_at);

-- One piece of support for one element: exactly one of evidence, source or claim. strength:
-- DIRECT, CIRCUMSTANTIAL or CONTEXTUAL. incident, case, crime and element are copied from the
-- classification so the matrix is counted from this table alone.
CREATE TABLE legal_element_link (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    classification_id   VARCHAR(36)    NOT NULL REFERENCES legal_classification (id),
    incident_id         VARCHAR(36)    NOT NULL,
    case_id             VARCHAR(36)    NOT NULL,
    crime_code          VARCHAR(32)    NOT NULL,
    element_code        VARCHAR(40)    NOT NULL REFERENCES legal_element (code),
    evidence_id         VARCHAR(36),
    source_id           VARCHAR(36),
    claim_id            VARCHAR(36),
    strength            VARCHAR(16)    NOT NULL,
    note                VARCHAR(4000),
    created_by          VARCHAR(64)    NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    withdrawn_by        VARCHAR(64),
    withdrawn_at        TIMESTAMP,
    standing            VARCHAR(16)    NOT NULL
);
-- standing: COUNTED while the link and its classification are active, WITHDRAWN once the link is
-- withdrawn, SUSPENDED while its classification is withdrawn; kept current by the service so that
-- the matrix is one grouped count over an index.
CREATE INDEX legal_element_link_matrix ON legal_element_link (case_id, standing, incident_id, element_code);
CREATE INDEX legal_element_link_of ON legal_element_link (classification_id, element_code);
