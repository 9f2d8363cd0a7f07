package org.evidentia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.SecondFactor;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The service on H2 with a fixed clock: codes good once, recovery codes once, the policy. */
class TwoFactorServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-23T05:00:10Z");
  private final TestDatabase db = TestDatabase.h2Only();
  private final List<String> audited = new ArrayList<>();
  private Instant now = NOW;

  private <T> T with(
      boolean demo, String requiredRoles, String callerName, Function<TwoFactorService, T> work) {
    return db.inTransaction(
        "identity",
        em -> {
          TwoFactorService service = new TwoFactorService();
          service.em = em;
          service.clock = Clock.fixed(now, ZoneOffset.UTC);
          service.sealer = SecretSealer.withKey(new byte[32]);
          service.demo = demo;
          service.requiredRolesSetting = Optional.ofNullable(requiredRoles);
          service.audit =
              new AuditLog() {
                @Override
                public void record(AuditEvent event) {
                  audited.add(event.action() + " " + event.details());
                }

                @Override
                public void recordAlways(AuditEvent event) {
                  record(event);
                }
              };
          service.caller = new Person(callerName);
          LoginThrottle throttle = new LoginThrottle();
          throttle.em = em;
          throttle.clock = service.clock;
          throttle.accountFree = 5;
          throttle.addressFree = 20;
          throttle.baseDelay = java.time.Duration.ofSeconds(1);
          throttle.maxDelay = java.time.Duration.ofMinutes(15);
          throttle.forgetAfter = java.time.Duration.ofHours(1);
          service.throttle = throttle;
          AuthenticationService authentication = new AuthenticationService();
          authentication.throttle = throttle;
          authentication.outcome = new RequestLoginOutcome();
          service.authentication = authentication;
          return work.apply(service);
        });
  }

  private <T> T with(Function<TwoFactorService, T> work) {
    return with(false, null, "nobody", work);
  }

  private SecondFactor.Step step(boolean demo, String roles, String username) {
    return with(demo, roles, "x", svc -> svc.stepAfterPassword(username));
  }

  private SecondFactor.Step step(String username) {
    return step(false, null, username);
  }

  private int throttleFailures(String username) {
    return with(
        s -> {
          ThrottleEntry entry = s.em.find(ThrottleEntry.class, LoginThrottle.accountKey(username));
          return entry == null ? 0 : entry.failures();
        });
  }

  private boolean login(String username, String code) {
    return with(svc -> svc.completeLogin(username, code, "a")).isPresent();
  }

  private record Person(String username) implements Caller {
    @Override
    public String address() {
      return "127.0.0.1";
    }

    @Override
    public boolean hasRole(Role role) {
      return role == Role.ADMIN && username.startsWith("admin");
    }
  }

  private String account(Role... roles) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    db.run("identity", em -> em.persist(new Account(username, "Someone", Set.of(roles), "x", NOW)));
    return username;
  }

  private String code(String key, long stepOffset) {
    return Totp.code(Base32.decode(key), Totp.stepAt(now) + stepOffset);
  }

  @Test
  void policyDecidesTheStepAfterThePassword() {
    String reviewer = account(Role.REVIEWER);
    String caseworker = account(Role.CASEWORKER);
    assertThat(step(reviewer)).isEqualTo(SecondFactor.Step.ENROL);
    assertThat(step(caseworker)).isEqualTo(SecondFactor.Step.NONE);
    assertThat(step(false, "none", reviewer)).isEqualTo(SecondFactor.Step.NONE);
    assertThat(step(false, "CASEWORKER", caseworker)).isEqualTo(SecondFactor.Step.ENROL);
  }

  @Test
  void demoAccountsAreExemptOnlyInDemoMode() {
    String demoReviewer = account(Role.REVIEWER);
    with(
        s -> {
          s.exemptDemoAccount(demoReviewer);
          return null;
        });
    assertThat(step(true, null, demoReviewer)).isEqualTo(SecondFactor.Step.NONE);
    assertThat(step(false, null, demoReviewer)).isEqualTo(SecondFactor.Step.ENROL);
  }

  @Test
  void enrolmentNeedsACodeFromTheKeyAndThenEachCodeWorksOnce() {
    String reviewer = account(Role.REVIEWER);
    String key = with(s -> s.newEnrolment(reviewer)).key();
    assertThatThrownBy(() -> with(s -> s.enrol(reviewer, key, "000000", "a")))
        .isInstanceOf(InvalidInputException.class);
    List<String> recovery = with(s -> s.enrol(reviewer, key, code(key, 0), "a"));
    assertThat(recovery).hasSize(10);
    assertThat(step(reviewer)).isEqualTo(SecondFactor.Step.CODE);
    // The secret is stored sealed, never as the key.
    String stored = with(s -> s.settings(reviewer).orElseThrow().secretSealed());
    assertThat(stored).startsWith("v1:").doesNotContain(key);

    // The enrolment's code and an earlier one are spent; the next step's code works, once.
    assertThat(login(reviewer, code(key, 0))).isFalse();
    assertThat(login(reviewer, code(key, -1))).isFalse();
    // Wrong codes count against the account like wrong passwords; a good one clears the count.
    assertThat(throttleFailures(reviewer)).isEqualTo(2);
    assertThat(login(reviewer, code(key, 1))).isTrue();
    assertThat(throttleFailures(reviewer)).isZero();
    assertThat(login(reviewer, code(key, 1))).isFalse();
    // Out of the window even though never used.
    now = now.plusSeconds(120);
    assertThat(login(reviewer, code(key, -3))).isFalse();
    assertThat(login(reviewer, code(key, 0))).isTrue();
    assertThat(audited)
        .contains(
            "LOGIN_FAILED second factor: code already used",
            "LOGIN_FAILED second factor: wrong code",
            "LOGIN_SUCCEEDED password and second factor");

    // A second enrolment over the first is refused.
    assertThatThrownBy(() -> with(s -> s.enrol(reviewer, key, code(key, 1), "a")))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void recoveryCodesWorkOnceAndRegeneratingReplacesThem() {
    String reviewer = account(Role.REVIEWER);
    String key = with(s -> s.newEnrolment(reviewer)).key();
    List<String> recovery = with(s -> s.enrol(reviewer, key, code(key, 0), "a"));
    assertThat(login(reviewer, recovery.get(0).toUpperCase())).isTrue();
    assertThat(login(reviewer, recovery.get(0))).isFalse();
    assertThat(audited).contains("LOGIN_FAILED second factor: recovery code already used");
    assertThat(audited).anyMatch(a -> a.startsWith("RECOVERY_CODE_USED 9 unused left"));
    assertThat(with(false, null, reviewer, TwoFactorService::status).recoveryCodesLeft())
        .isEqualTo(9);

    List<String> fresh = with(false, null, reviewer, s -> s.regenerateOwn(code(key, 1)));
    assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(recovery);
    assertThat(login(reviewer, recovery.get(1))).isFalse();
    assertThat(login(reviewer, fresh.get(0))).isTrue();
  }

  @Test
  void turningOffNeedsACodeAndIsRefusedWhileThePolicyRequiresIt() {
    String reviewer = account(Role.REVIEWER);
    String key = with(s -> s.newEnrolment(reviewer)).key();
    with(s -> s.enrol(reviewer, key, code(key, 0), "a"));
    assertThatThrownBy(
            () ->
                with(
                    false,
                    null,
                    reviewer,
                    s -> {
                      s.removeOwn(code(key, 1));
                      return null;
                    }))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("required");
    assertThatThrownBy(
            () ->
                with(
                    false,
                    "none",
                    reviewer,
                    s -> {
                      s.removeOwn("123456");
                      return null;
                    }))
        .isInstanceOf(InvalidInputException.class);
    with(
        false,
        "none",
        reviewer,
        s -> {
          s.removeOwn(code(key, 1));
          return null;
        });
    assertThat(step(false, "none", reviewer)).isEqualTo(SecondFactor.Step.NONE);
    assertThat(audited).contains("TWO_FACTOR_REMOVED by the account holder");
  }

  @Test
  void anAdministratorResetsASecondFactorAndTheUserEnrolsAgain() {
    String reviewer = account(Role.REVIEWER);
    String key = with(s -> s.newEnrolment(reviewer)).key();
    with(s -> s.enrol(reviewer, key, code(key, 0), "a"));
    assertThatThrownBy(() -> with(false, null, "someone", s -> s.resetByAdministrator(reviewer)))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> with(false, null, "admin1", s -> s.resetByAdministrator("ghost")))
        .isInstanceOf(org.evidentia.kernel.NotFoundException.class);
    TwoFactorStatus after = with(false, null, "admin1", s -> s.resetByAdministrator(reviewer));
    assertThat(after.enrolled()).isFalse();
    assertThat(after.required()).isTrue();
    assertThat(after.recoveryCodesLeft()).isZero();
    assertThat(step(reviewer)).isEqualTo(SecondFactor.Step.ENROL);
    assertThat(audited).contains("TWO_FACTOR_RESET by an administrator");
  }
}
