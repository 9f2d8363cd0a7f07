-- Search by word instead of LIKE '%text%' over every narrative (ADR 0012): each incident's words,
-- rewritten with every revision, looked up by prefix through the primary key's leading column.
-- Incidents recorded before this version are indexed at start-up (SearchBackfill).
CREATE TABLE intake_incident_term (
    incident_id VARCHAR(36) NOT NULL REFERENCES intake_incident (id),
    term        VARCHAR(40) NOT NULL,
    PRIMARY KEY (term, incident_id)
);
CREATE INDEX intake_incident_term_incident ON intake_incident_term (incident_id);

-- The list's two main filters together, in the list's order, so a filtered page and its count
-- are read from one index.
CREATE INDEX intake_incident_case_status_type_order
    ON intake_incident (case_id, status, incident_type, occurred_from DESC, id);
