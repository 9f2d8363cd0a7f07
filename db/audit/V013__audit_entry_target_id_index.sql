-- A case bundle's audit extract looks entries up by target id alone (cases, incidents, evidence
-- items, classifications...), whatever their target type.
CREATE INDEX audit_entry_target_id ON audit_entry (target_id);
