package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.Authenticator;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.NewCase;
import org.evidentia.intake.api.TeamChange;
import org.evidentia.intake.api.TeamMemberView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/** Opens cases and manages their teams. */
@ApplicationScoped
@Transactional
class CaseService implements Cases {

  private static final PagedQuery LIST =
      new PagedQuery(
          "CaseFile",
          List.of("reference", "title", "summary"),
          Map.of("reference", "reference", "title", "title", "createdAt", "createdAt"),
          "e.createdAt DESC, e.id");

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  @Inject CaseAccess access;

  @Inject AuditLog audit;

  @Inject Caller caller;

  @Inject Clock clock;

  @Inject Authenticator authenticator;

  @Override
  public CaseView open(NewCase newCase) {
    if (!caller.hasRole(Role.CASEWORKER)) {
      throw new RuleViolationException("only caseworkers may open cases");
    }
    if (newCase == null) {
      throw new InvalidInputException("title", "a title is required");
    }
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    // Validate before a reference number is spent.
    CaseFile.check(newCase.title(), newCase.summary());
    String reference = String.format("EVD-%d-%04d", year, Counter.next(em, "case"));
    CaseFile created =
        new CaseFile(
            reference, newCase.title(), newCase.summary(), caller.username(), clock.instant());
    em.persist(created);
    // The one who opens a case is on its team and may see protected identities.
    em.persist(
        new TeamMember(created.id(), caller.username(), true, caller.username(), clock.instant()));
    em.flush();
    audit.record(AuditEvent.of("CASE_OPENED", "case", created.id(), reference));
    return created.view();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<CaseView> mine(PageRequest request) {
    return LIST.fetch(
        em,
        CaseFile.class,
        request,
        CaseFile::view,
        List.of(
            PagedQuery.Condition.of(
                "e.id IN (SELECT m.caseId FROM TeamMember m WHERE m.username = :me)",
                "me",
                caller.username())));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Set<String> mineIds() {
    return java.util.Set.copyOf(
        em.createQuery("SELECT m.caseId FROM TeamMember m WHERE m.username = :me", String.class)
            .setParameter("me", caller.username())
            .getResultList());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public CaseView get(String caseId) {
    return access.visibleCase(caseId).view();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TeamMemberView> team(String caseId) {
    if (!caller.hasRole(Role.ADMIN)) {
      access.visibleCase(caseId);
    } else if (em.find(CaseFile.class, caseId) == null) {
      throw new NotFoundException("case", caseId);
    }
    return em
        .createQuery(
            "SELECT m FROM TeamMember m WHERE m.caseId = :c ORDER BY m.username", TeamMember.class)
        .setParameter("c", caseId)
        .getResultList()
        .stream()
        .map(TeamMember::view)
        .toList();
  }

  @Override
  public TeamMemberView putMember(String caseId, String username, TeamChange change) {
    requireTeamManager(caseId);
    boolean grant = change != null && change.mayViewProtectedIdentities();
    if (authenticator.active(username).isEmpty()) {
      throw new InvalidInputException("username", "no active account named '" + username + "'");
    }
    TeamMember member = em.find(TeamMember.class, new TeamMember.Key(caseId, username));
    boolean granting = grant && (member == null || !member.mayViewProtected());
    if (granting) {
      if (!caller.hasRole(Role.ADMIN) && !access.mayViewProtected(caseId)) {
        throw new RuleViolationException(
            "only someone who may see protected identities on this case may grant that right");
      }
      if (change.password() == null
          || !authenticator.confirm(caller.username(), change.password(), caller.address())) {
        audit.recordAlways(
            AuditEvent.of(
                "TEAM_CHANGE_REFUSED",
                "case",
                caseId,
                "granting "
                    + username
                    + " the right to see protected identities: password not"
                    + " confirmed"));
        throw new RuleViolationException(
            "granting the right to see protected identities needs your password again");
      }
    }
    if (member == null) {
      member = new TeamMember(caseId, username, grant, caller.username(), clock.instant());
      em.persist(member);
    } else {
      member.allowProtected(grant);
    }
    em.flush();
    audit.record(
        AuditEvent.of(
            "CASE_TEAM_CHANGED",
            "case",
            caseId,
            username + (grant ? " may see protected identities" : " sees pseudonyms only")));
    return member.view();
  }

  @Override
  public void removeMember(String caseId, String username) {
    requireTeamManager(caseId);
    TeamMember member = em.find(TeamMember.class, new TeamMember.Key(caseId, username));
    if (member == null) {
      throw new NotFoundException("team member", username);
    }
    long left =
        em.createQuery("SELECT COUNT(m) FROM TeamMember m WHERE m.caseId = :c", Long.class)
            .setParameter("c", caseId)
            .getSingleResult();
    if (left <= 1) {
      throw new RuleViolationException("a case keeps at least one team member");
    }
    em.remove(member);
    audit.record(AuditEvent.of("CASE_TEAM_CHANGED", "case", caseId, username + " removed"));
  }

  /** Administrators manage every team; otherwise a caseworker on the team. */
  private void requireTeamManager(String caseId) {
    if (caller.hasRole(Role.ADMIN)) {
      if (em.find(CaseFile.class, caseId) == null) {
        throw new NotFoundException("case", caseId);
      }
      return;
    }
    access.requireCaseworker(caseId);
  }
}
