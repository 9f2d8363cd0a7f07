package org.evidentia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdentityPersistenceTest {

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");

  private static String newAccount(TestDatabase db) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    db.run(
        "identity",
        em ->
            em.persist(
                new Account(
                    username,
                    "Someone",
                    EnumSet.of(Role.CASEWORKER, Role.REVIEWER),
                    "pbkdf2-sha256:1:AA:AA",
                    NOW)));
    return username;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void accountKeepsItsRolesAndCountsVersions(TestDatabase db) {
    String username = newAccount(db);
    Account loaded = db.inTransaction("identity", em -> em.find(Account.class, username));
    assertThat(loaded.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.REVIEWER);
    assertThat(loaded.view().createdAt()).isEqualTo(NOW);
    long before = loaded.version();

    db.run("identity", em -> em.find(Account.class, username).assignRoles(EnumSet.of(Role.ADMIN)));
    db.run("identity", em -> em.find(Account.class, username).disable());

    Account changed = db.inTransaction("identity", em -> em.find(Account.class, username));
    assertThat(changed.roles()).containsExactly(Role.ADMIN);
    assertThat(changed.isEnabled()).isFalse();
    assertThat(changed.version()).isGreaterThan(before);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void tokenIsFoundByTheHashOfItsSecretOnly(TestDatabase db) {
    String username = newAccount(db);
    ApiToken.Issued issued = ApiToken.issue(username, NOW, NOW.plus(Duration.ofDays(1)));
    db.run("identity", em -> em.persist(issued.token()));

    long stored =
        db.inTransaction(
            "identity",
            em ->
                em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.tokenHash = :h", Long.class)
                    .setParameter("h", ApiToken.hashOf(issued.secret()))
                    .getSingleResult());
    assertThat(stored).isEqualTo(1);
    String column =
        db.inTransaction(
            "identity",
            em ->
                (String)
                    em.createNativeQuery("SELECT token_hash FROM identity_api_token WHERE id = ?1")
                        .setParameter(1, issued.token().id())
                        .getSingleResult());
    assertThat(column).doesNotContain(issued.secret()).hasSize(64);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void tokenStopsWorkingWhenExpiredOrRevoked(TestDatabase db) {
    String username = newAccount(db);
    ApiToken.Issued issued = ApiToken.issue(username, NOW, NOW.plus(Duration.ofHours(1)));
    db.run("identity", em -> em.persist(issued.token()));
    ApiToken token =
        db.inTransaction("identity", em -> em.find(ApiToken.class, issued.token().id()));
    assertThat(token.isUsableAt(NOW.plusSeconds(60))).isTrue();
    assertThat(token.isUsableAt(NOW.plus(Duration.ofHours(1)))).isFalse();

    db.run(
        "identity",
        em -> em.find(ApiToken.class, issued.token().id()).revoke("admin", NOW.plusSeconds(5)));
    ApiToken revoked =
        db.inTransaction("identity", em -> em.find(ApiToken.class, issued.token().id()));
    assertThat(revoked.isUsableAt(NOW.plusSeconds(60))).isFalse();
    assertThat(revoked.view(NOW).revokedBy()).isEqualTo("admin");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void twoFactorSettingsAndRecoveryCodesAreStored(TestDatabase db) {
    String username = newAccount(db);
    db.run(
        "identity",
        em -> {
          TwoFactor settings = new TwoFactor(username);
          settings.exemptAsDemo();
          settings.enrol("v1:sealed", 56_000_000L, NOW);
          em.persist(settings);
          RecoveryCode used = new RecoveryCode(username, "abcd-efgh-ijkl-mnop-qrst-uvwx");
          used.use(NOW);
          em.persist(used);
          em.persist(new RecoveryCode(username, "2345-6723-4567-abcd-efgh-ijkl"));
        });
    TwoFactor loaded = db.inTransaction("identity", em -> em.find(TwoFactor.class, username));
    assertThat(loaded.isEnrolled()).isTrue();
    assertThat(loaded.isDemoExempt()).isTrue();
    assertThat(loaded.lastStep()).isEqualTo(56_000_000L);
    assertThat(loaded.enrolledAt()).isEqualTo(NOW);
    long unused =
        db.inTransaction(
            "identity",
            em ->
                em.createQuery(
                        "SELECT COUNT(r) FROM RecoveryCode r WHERE r.username = :u AND r.usedAt IS"
                            + " NULL",
                        Long.class)
                    .setParameter("u", username)
                    .getSingleResult());
    assertThat(unused).isEqualTo(1);
  }
}
