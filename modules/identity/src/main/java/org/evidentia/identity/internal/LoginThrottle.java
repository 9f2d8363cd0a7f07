package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.identity.api.FailedLogins;

/**
 * Growing delays after failed logins, per account and per client address, kept in the database so
 * every instance sees them. A throttled attempt is refused before its password is checked; no delay
 * is longer than the configured maximum and every count is forgotten after a quiet period, so an
 * attacker can slow a real user down but never lock them out.
 */
@ApplicationScoped
class LoginThrottle {

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  /**
   * {@code accountFree} failures per account (and {@code addressFree} per address: many people may
   * share one behind NAT) cost nothing; each one after doubles the delay from {@code baseDelay} up
   * to {@code maxDelay}.
   */
  record Policy(
      int accountFree,
      int addressFree,
      Duration baseDelay,
      Duration maxDelay,
      Duration forgetAfter) {

    Duration delayAfter(int failures, int free) {
      if (failures < free) {
        return Duration.ZERO;
      }
      int doublings = Math.min(failures - free, 30);
      Duration delay = baseDelay.multipliedBy(1L << doublings);
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "evidentia.login.account-free-attempts", defaultValue = "5")
  int accountFree;

  @Inject
  @ConfigProperty(name = "evidentia.login.address-free-attempts", defaultValue = "20")
  int addressFree;

  @Inject
  @ConfigProperty(name = "evidentia.login.base-delay", defaultValue = "PT1S")
  Duration baseDelay;

  @Inject
  @ConfigProperty(name = "evidentia.login.max-delay", defaultValue = "PT15M")
  Duration maxDelay;

  @Inject
  @ConfigProperty(name = "evidentia.login.forget-after", defaultValue = "PT1H")
  Duration forgetAfter;

  Policy policy() {
    return new Policy(accountFree, addressFree, baseDelay, maxDelay, forgetAfter);
  }

  static String accountKey(String username) {
    return "account:" + username;
  }

  static String addressKey(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }

  /** How long this attempt must wait before it is checked at all; zero when it may go ahead. */
  @Transactional(Transactional.TxType.SUPPORTS)
  Duration waitFor(String username, String address) {
    Duration account = waitFor(accountKey(username));
    Duration fromAddress = address == null ? Duration.ZERO : waitFor(addressKey(address));
    return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
  }

  private Duration waitFor(String key) {
    ThrottleEntry entry = em.find(ThrottleEntry.class, key);
    return entry == null ? Duration.ZERO : entry.waitAt(clock.instant());
  }

  /**
   * Counts a failure against the account and, unless {@code address} is null (a logged-in user's
   * re-authentication, which must not slow down other people's logins), against the address. In its
   * own transaction: it stays counted whatever happens to the caller's.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void failed(String username, String address, String from) {
    count(accountKey(username), policy().accountFree());
    if (address != null) {
      count(addressKey(address), policy().addressFree());
    }
    // Told to the account's owner at their next login (a no-op for an unknown name).
    em.createNativeQuery(
            "UPDATE identity_account SET failed_logins = failed_logins + 1,"
                + " last_failed_login_at = ?1, last_failed_login_from = ?2 WHERE username = ?3")
        .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .setParameter(2, from == null || from.length() <= 100 ? from : from.substring(0, 100))
        .setParameter(3, username)
        .executeUpdate();
  }

  private void count(String key, int free) {
    ThrottleEntry entry = em.find(ThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null) {
      entry = new ThrottleEntry(key);
      em.persist(entry);
    }
    entry.failed(clock.instant(), policy(), free);
    em.flush();
  }

  /** A successful login clears the account's count (not the address's: anyone can log in). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void succeeded(String username) {
    ThrottleEntry entry = em.find(ThrottleEntry.class, accountKey(username));
    if (entry != null) {
      em.remove(entry);
    }
  }

  /** The failed logins since the previous page login, forgotten now that the user is told. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Optional<FailedLogins> takeFailedLogins(String username) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT failed_logins, last_failed_login_at, last_failed_login_from"
                    + " FROM identity_account WHERE username = ?1 AND failed_logins > 0")
            .setParameter(1, username)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    em.createNativeQuery(
            "UPDATE identity_account SET failed_logins = 0, last_failed_login_at = NULL,"
                + " last_failed_login_from = NULL WHERE username = ?1")
        .setParameter(1, username)
        .executeUpdate();
    return Optional.of(
        new FailedLogins(((Number) row[0]).intValue(), instantOf(row[1]), (String) row[2]));
  }

  /** A native query's timestamp, whichever type the driver hands back (stored as UTC). */
  private static Instant instantOf(Object value) {
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    return null;
  }

  /** Never lets the bookkeeping turn a refusal into an error: two racing first failures collide. */
  static void quietly(Runnable counting) {
    try {
      counting.run();
    } catch (RuntimeException first) {
      try {
        counting.run();
      } catch (RuntimeException second) {
        LOG.log(Level.WARNING, "a failed login could not be counted", second);
      }
    }
  }
}
