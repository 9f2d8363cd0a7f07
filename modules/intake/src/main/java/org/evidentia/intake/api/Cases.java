package org.evidentia.intake.api;

import java.util.List;
import java.util.Set;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/**
 * Cases and their teams. A user sees only the cases whose team they are on; any other case is
 * answered as not found, and the attempt is audited.
 */
public interface Cases {

  Set<String> SORTABLE = Set.of("reference", "title", "createdAt");

  CaseView open(NewCase newCase);

  Page<CaseView> mine(PageRequest request);

  /** The ids of the caller's cases, for modules that filter their own rows by case. */
  Set<String> mineIds();

  CaseView get(String caseId);

  List<TeamMemberView> team(String caseId);

  TeamMemberView putMember(String caseId, String username, TeamChange change);

  void removeMember(String caseId, String username);
}
