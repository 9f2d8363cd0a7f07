package org.evidentia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SessionRegistryTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);
  private static final Duration ABSOLUTE = Duration.ofHours(12);

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  @Test
  void sessionEndsWhenIdleTooLong() {
    IdentitySession session = IdentitySession.open("someone", "10.0.0.1", "agent", NOW).session();
    assertThat(session.isLiveAt(NOW.plus(Duration.ofMinutes(29)), IDLE, ABSOLUTE)).isTrue();
    assertThat(session.isLiveAt(NOW.plus(IDLE), IDLE, ABSOLUTE)).isFalse();
  }

  @Test
  void activityKeepsItAliveButNotPastTheAbsoluteTimeout() {
    IdentitySession session = IdentitySession.open("someone", null, null, NOW).session();
    Instant at = NOW;
    while (at.isBefore(NOW.plus(ABSOLUTE).minus(Duration.ofMinutes(20)))) {
      at = at.plus(Duration.ofMinutes(20));
      session.seen(at);
    }
    assertThat(session.isLiveAt(at.plus(Duration.ofMinutes(10)), IDLE, ABSOLUTE)).isTrue();
    assertThat(session.isLiveAt(NOW.plus(ABSOLUTE), IDLE, ABSOLUTE)).isFalse();
  }

  @Test
  void endedSessionStaysEndedByItsFirstEnder() {
    IdentitySession session = IdentitySession.open("someone", null, null, NOW).session();
    session.end("admin", NOW);
    session.end("someone", NOW.plusSeconds(1));
    assertThat(session.isLiveAt(NOW, IDLE, ABSOLUTE)).isFalse();
    assertThat(session.isEnded()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void onlyTheHashOfTheSecretIsStored(TestDatabase db) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    IdentitySession.Opened opened =
        IdentitySession.open(username, "10.0.0.1", "x".repeat(500), NOW);
    db.run(
        "identity",
        em -> {
          em.persist(
              new Account(
                  username, "Someone", EnumSet.of(Role.CASEWORKER), "pbkdf2-sha256:1:AA:AA", NOW));
          em.flush();
          em.persist(opened.session());
        });
    String hash =
        db.inTransaction(
            "identity",
            em ->
                (String)
                    em.createNativeQuery("SELECT secret_hash FROM identity_session WHERE id = ?1")
                        .setParameter(1, opened.session().id())
                        .getSingleResult());
    assertThat(hash).isEqualTo(ApiToken.hashOf(opened.secret())).doesNotContain(opened.secret());
    IdentitySession loaded =
        db.inTransaction("identity", em -> em.find(IdentitySession.class, opened.session().id()));
    assertThat(loaded.view().userAgent()).hasSize(300);
    assertThat(loaded.isLiveAt(NOW.plusSeconds(5), IDLE, ABSOLUTE)).isTrue();
  }
}
