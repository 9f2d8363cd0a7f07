package org.evidentia.intake.api;

import java.util.List;
import java.util.Set;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/**
 * Incidents inside cases. Reading needs the case team; recording and editing, a caseworker on it.
 */
public interface Incidents {

  Set<String> SORTABLE = Set.of("occurredFrom", "title", "status", "createdAt");

  IncidentView record(String caseId, IncidentInput input);

  /**
   * Only incidents of the caller's cases. The query finds incidents with a word starting with each
   * of its words, in the title, narrative, place, administrative units or alleged perpetrator.
   */
  Page<IncidentView> list(IncidentFilter filter, PageRequest request);

  IncidentView get(String incidentId);

  /** Allowed while REPORTED or NEEDS_INFORMATION; the replaced values are kept as a revision. */
  IncidentView edit(String incidentId, IncidentInput input);

  List<IncidentRevisionView> history(String incidentId);

  /**
   * Incidents of the case that may be the same event: on the same day (UTC) and within a few
   * kilometres, or in the same locality when coordinates are missing.
   */
  List<IncidentView> similar(String caseId, Occurred occurred, Location location);

  /** Marks an incident as the same event as another of the same case (both are kept). */
  IncidentView linkSameEvent(String incidentId, String sameAsIncidentId);
}
