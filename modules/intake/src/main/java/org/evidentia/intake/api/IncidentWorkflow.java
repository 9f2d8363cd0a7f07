package org.evidentia.intake.api;

import java.util.Set;

/**
 * Review status changes, for the verification module: intake owns the incident and its status
 * column, verification owns the rules that move it. Every method needs the caller on the case team
 * (anyone else gets "not found").
 */
public interface IncidentWorkflow {

  /**
   * Locks the incident's row until the transaction ends, so that review actions (and changes to the
   * incident's legal classifications) run one after another, on every instance sharing the
   * database.
   */
  IncidentView lock(String incidentId);

  /**
   * Sets the status and raises the version, even when the status stays; call after {@link #lock}.
   */
  IncidentView move(String incidentId, Enums.IncidentStatus to);

  /**
   * Everyone who recorded or edited the incident, or added one of its sources, casualty claims or
   * persons: none of them may review it (four eyes).
   */
  Set<String> contributors(String incidentId);
}
