-- The incident list orders by occurred_from DESC and then id, so paging is stable. Indexes that
-- end with id serve that order directly; without it the database sorts every matching row
-- (on H2 with 100,000 incidents: seconds). See docs/benchmarks.md.
DROP INDEX intake_incident_case_occurred;
DROP INDEX intake_incident_status_occurred;
DROP INDEX intake_incident_occurred;
CREATE INDEX intake_incident_case_order ON intake_incident (case_id, occurred_from DESC, id);
CREATE INDEX intake_incident_case_status_order ON intake_incident (case_id, status, occurred_from DESC, id);
CREATE INDEX intake_incident_order ON intake_incident (occurred_from DESC, id);
