package org.evidentia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LoginThrottleTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static final LoginThrottle.Policy POLICY =
      new LoginThrottle.Policy(
          5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  @Test
  void delayIsFreeAtFirstThenDoublesUpToTheCap() {
    assertThat(POLICY.delayAfter(4, 5)).isZero();
    assertThat(POLICY.delayAfter(5, 5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(POLICY.delayAfter(6, 5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(POLICY.delayAfter(8, 5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(POLICY.delayAfter(15, 5)).isEqualTo(Duration.ofMinutes(15));
    assertThat(POLICY.delayAfter(10_000, 5)).isEqualTo(Duration.ofMinutes(15));
    // An address shared behind NAT has a larger allowance.
    assertThat(POLICY.delayAfter(19, 20)).isZero();
  }

  @Test
  void entryBlocksForTheDelayThenLetsTheNextAttemptThrough() {
    ThrottleEntry entry = new ThrottleEntry("account:someone");
    Instant at = NOW;
    for (int i = 0; i < 5; i++) {
      entry.failed(at, POLICY, 5);
    }
    assertThat(entry.waitAt(at)).isEqualTo(Duration.ofSeconds(1));
    assertThat(entry.waitAt(at.plusMillis(999))).isEqualTo(Duration.ofMillis(1));
    assertThat(entry.waitAt(at.plusSeconds(1))).isZero();
    entry.failed(at.plusSeconds(1), POLICY, 5);
    assertThat(entry.waitAt(at.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void countIsForgottenAfterAQuietPeriodSoNoLockoutIsForever() {
    ThrottleEntry entry = new ThrottleEntry("account:someone");
    for (int i = 0; i < 40; i++) {
      entry.failed(NOW, POLICY, 5);
    }
    assertThat(entry.waitAt(NOW)).isEqualTo(Duration.ofMinutes(15));
    assertThat(entry.waitAt(NOW.plus(Duration.ofMinutes(15)))).isZero();
    Instant later = NOW.plus(Duration.ofHours(1));
    entry.failed(later, POLICY, 5);
    assertThat(entry.failures()).isEqualTo(1);
    assertThat(entry.waitAt(later)).isZero();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void entryIsStoredAndReadBack(TestDatabase db) {
    String key = LoginThrottle.accountKey("u" + UUID.randomUUID());
    db.run(
        "identity",
        em -> {
          ThrottleEntry entry = new ThrottleEntry(key);
          for (int i = 0; i < 6; i++) {
            entry.failed(NOW, POLICY, 5);
          }
          em.persist(entry);
        });
    ThrottleEntry loaded = db.inTransaction("identity", em -> em.find(ThrottleEntry.class, key));
    assertThat(loaded.failures()).isEqualTo(6);
    assertThat(loaded.waitAt(NOW)).isEqualTo(Duration.ofSeconds(2));
  }

  private static LoginThrottle throttle(jakarta.persistence.EntityManager em, Instant now) {
    LoginThrottle throttle = new LoginThrottle();
    throttle.em = em;
    throttle.clock = java.time.Clock.fixed(now, java.time.ZoneOffset.UTC);
    throttle.accountFree = 5;
    throttle.addressFree = 20;
    throttle.baseDelay = Duration.ofSeconds(1);
    throttle.maxDelay = Duration.ofMinutes(15);
    throttle.forgetAfter = Duration.ofHours(1);
    return throttle;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void failuresThrottleTheAccountAreToldOnceAndSuccessClearsTheAccountOnly(TestDatabase db) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    String address = "10.1." + (int) (Math.random() * 250) + ".7";
    db.run(
        "identity",
        em ->
            em.persist(
                new Account(
                    username,
                    "Someone",
                    java.util.EnumSet.of(org.evidentia.kernel.Role.CASEWORKER),
                    "pbkdf2-sha256:1:AA:AA",
                    NOW)));
    for (int i = 0; i < 5; i++) {
      db.run("identity", em -> throttle(em, NOW).failed(username, address, address));
    }
    Duration wait =
        db.inTransaction("identity", em -> throttle(em, NOW).waitFor(username, address));
    assertThat(wait).isEqualTo(Duration.ofSeconds(1));
    // Re-authentication (no address) is throttled by the account alone.
    Duration reauth = db.inTransaction("identity", em -> throttle(em, NOW).waitFor(username, null));
    assertThat(reauth).isEqualTo(Duration.ofSeconds(1));
    Duration later =
        db.inTransaction(
            "identity", em -> throttle(em, NOW.plusSeconds(1)).waitFor(username, address));
    assertThat(later).isZero();

    java.util.Optional<org.evidentia.identity.api.FailedLogins> told =
        db.inTransaction("identity", em -> throttle(em, NOW).takeFailedLogins(username));
    assertThat(told).isPresent();
    assertThat(told.get().count()).isEqualTo(5);
    assertThat(told.get().lastAt()).isEqualTo(NOW);
    assertThat(told.get().lastFrom()).isEqualTo(address);
    java.util.Optional<org.evidentia.identity.api.FailedLogins> again =
        db.inTransaction("identity", em -> throttle(em, NOW).takeFailedLogins(username));
    assertThat(again).isEmpty();

    db.run("identity", em -> throttle(em, NOW).succeeded(username));
    Duration cleared =
        db.inTransaction("identity", em -> throttle(em, NOW).waitFor(username, null));
    assertThat(cleared).isZero();
    ThrottleEntry byAddress =
        db.inTransaction(
            "identity", em -> em.find(ThrottleEntry.class, LoginThrottle.addressKey(address)));
    assertThat(byAddress.failures()).isEqualTo(5);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void countingFailuresDoesNotBumpTheAccountVersion(TestDatabase db) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    db.run(
        "identity",
        em ->
            em.persist(
                new Account(
                    username,
                    "Someone",
                    java.util.EnumSet.of(org.evidentia.kernel.Role.CASEWORKER),
                    "pbkdf2-sha256:1:AA:AA",
                    NOW)));
    long before = db.inTransaction("identity", em -> em.find(Account.class, username).version());
    db.run("identity", em -> throttle(em, NOW).failed(username, null, "10.0.0.9"));
    long after = db.inTransaction("identity", em -> em.find(Account.class, username).version());
    assertThat(after).isEqualTo(before);
  }
}
