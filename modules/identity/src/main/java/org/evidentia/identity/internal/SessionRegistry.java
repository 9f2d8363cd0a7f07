package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.SessionView;
import org.evidentia.identity.api.Sessions;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/** The database's record of browser sessions, with both timeouts applied on every check. */
@ApplicationScoped
@Transactional
class SessionRegistry implements Sessions {

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Caller caller;

  @Inject TokenService tokens;

  @Inject
  @ConfigProperty(name = "evidentia.session.idle-minutes", defaultValue = "30")
  int idleMinutes;

  @Inject
  @ConfigProperty(name = "evidentia.session.absolute-hours", defaultValue = "12")
  int absoluteHours;

  @Override
  public String open(String username, String address, String userAgent) {
    IdentitySession.Opened opened =
        IdentitySession.open(
            AuthenticationService.normalize(username), address, userAgent, clock.instant());
    em.persist(opened.session());
    return opened.secret();
  }

  @Override
  public boolean live(String secret) {
    IdentitySession session = bySecret(secret);
    if (session == null) {
      return false;
    }
    Instant now = clock.instant();
    if (!session.isLiveAt(now, Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours))) {
      if (!session.isEnded()) {
        session.end("timeout", now);
      }
      return false;
    }
    session.seen(now);
    return true;
  }

  @Override
  public void end(String secret) {
    IdentitySession session = bySecret(secret);
    if (session != null) {
      session.end(session.username(), clock.instant());
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SessionView> of(String username) {
    String owner = AuthenticationService.normalize(username);
    if (!owner.equals(caller.username()) && !caller.hasRole(Role.ADMIN)) {
      throw new RuleViolationException("only the owner or an administrator may list sessions");
    }
    Instant now = clock.instant();
    return liveOf(owner).stream()
        .filter(
            s -> s.isLiveAt(now, Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours)))
        .map(IdentitySession::view)
        .toList();
  }

  @Override
  public void endOne(String username, String sessionId) {
    requireAdministrator();
    IdentitySession session = sessionId == null ? null : em.find(IdentitySession.class, sessionId);
    if (session == null
        || !session.username().equals(AuthenticationService.normalize(username))
        || session.isEnded()) {
      throw new NotFoundException("session", sessionId);
    }
    session.end(caller.username(), clock.instant());
    audit.record(
        AuditEvent.of("SESSION_ENDED", "account", session.username(), "session " + session.id()));
  }

  @Override
  public void endAccess(String username) {
    requireAdministrator();
    String owner = AuthenticationService.normalize(username);
    if (em.find(Account.class, owner) == null) {
      throw new NotFoundException("account", username);
    }
    int revoked = tokens.revokeAll(owner);
    int ended = endAll(owner, null);
    audit.record(
        AuditEvent.of(
            "SESSIONS_ENDED",
            "account",
            owner,
            ended + " session(s) ended, " + revoked + " token(s) revoked"));
  }

  /** Ends every session of the account but {@code keepSecret}'s (null: all); how many ended. */
  int endAll(String username, String keepSecret) {
    String keep = keepSecret == null ? null : ApiToken.hashOf(keepSecret);
    String by = caller.isAuthenticated() ? caller.username() : username;
    Instant now = clock.instant();
    int ended = 0;
    for (IdentitySession session : liveOf(username)) {
      if (keep == null || !keep.equals(session.secretHash())) {
        session.end(by, now);
        ended++;
      }
    }
    return ended;
  }

  private List<IdentitySession> liveOf(String username) {
    return em.createQuery(
            "SELECT s FROM IdentitySession s WHERE s.username = :u AND s.endedAt IS NULL"
                + " ORDER BY s.createdAt DESC",
            IdentitySession.class)
        .setParameter("u", username)
        .getResultList();
  }

  private IdentitySession bySecret(String secret) {
    if (secret == null || secret.isEmpty() || secret.length() > 100) {
      return null;
    }
    return em.createQuery(
            "SELECT s FROM IdentitySession s WHERE s.secretHash = :h", IdentitySession.class)
        .setParameter("h", ApiToken.hashOf(secret))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private void requireAdministrator() {
    if (!caller.hasRole(Role.ADMIN)) {
      audit.recordAlways(AuditEvent.of("ACCESS_DENIED", "account", null, "session administration"));
      throw new RuleViolationException("only administrators may end other people's sessions");
    }
  }
}
