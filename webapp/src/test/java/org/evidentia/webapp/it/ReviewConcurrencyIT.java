package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four reviewers sign off one incident at the same instant (two sign-offs required): without a
 * version the first two count and the incident is VERIFIED, the others are told it is no longer in
 * review; all with the same version, exactly one goes through. Never a 5xx, never a sign-off lost
 * or counted twice. On H2 (the Arquillian deployment) and on two instances sharing one PostgreSQL
 * schema, requests alternating between them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewConcurrencyIT {

  private static final int REVIEWERS = 4;
  private static final int ROUNDS = 3;
  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  /** The accounts of the races on one server, made once: each costs two password hashes. */
  private static ReviewFixture accountsOn;

  private static List<User> accounts;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  @Test
  void simultaneousSignOffsWithoutVersionOnH2() throws Exception {
    Api api = new Api(deployment);
    ReviewFixture fx = new ReviewFixture(api, "admin", Api.DEMO_PASSWORD);
    for (int i = 0; i < ROUNDS; i++) {
      race(fx, List.of(api), false);
    }
    assertChainValid(fx);
  }

  @Test
  void simultaneousSignOffsWithTheSameVersionOnH2() throws Exception {
    Api api = new Api(deployment);
    ReviewFixture fx = new ReviewFixture(api, "admin", Api.DEMO_PASSWORD);
    for (int i = 0; i < ROUNDS; i++) {
      race(fx, List.of(api), true);
    }
    assertChainValid(fx);
  }

  @Test
  void simultaneousSignOffsOnTwoInstancesOfOnePostgresSchema() throws Exception {
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_DATA_DIR", Files.createTempDirectory("evidentia-review-two").toString());
      // B after A is ready: A has migrated the schema by then.
      try (PayaraProcess a = PayaraProcess.start("review-a", env);
          PayaraProcess b = PayaraProcess.start("review-b", env)) {
        ReviewFixture fx = new ReviewFixture(a.api(), ADMIN, ADMIN_PASSWORD);
        List<Api> both = List.of(a.api(), b.api());
        for (int i = 0; i < ROUNDS; i++) {
          race(fx, both, false);
          race(fx, both, true);
        }
        assertChainValid(fx);
        assertChainValid(new ReviewFixture(b.api(), ADMIN, ADMIN_PASSWORD));
      }
    }
  }

  /**
   * A SUBMIT while another caseworker edits the record and adds sources: each edit either lands
   * before the incident enters review or is refused with 409, never a 5xx.
   */
  @Test
  void editsRacingASubmitAreAppliedOrRefusedCleanlyOnH2() throws Exception {
    Api api = new Api(deployment);
    ReviewFixture fx = new ReviewFixture(api, "admin", Api.DEMO_PASSWORD);
    User cw = fx.user("cw", "CASEWORKER");
    User cw2 = fx.user("cw", "CASEWORKER");
    String caseId = fx.openCase(cw, cw2);
    for (int round = 0; round < ROUNDS; round++) {
      Incident incident = fx.incident(cw, caseId);
      String path = "api/v1/incidents/" + incident.id();
      List<java.util.concurrent.Callable<Api.Answer>> calls = new ArrayList<>();
      calls.add(() -> fx.act(cw, incident, "SUBMIT"));
      for (int i = 0; i < 2; i++) {
        int n = i;
        calls.add(() -> api.send("PATCH", path, cw2.token(), "{\"title\":\"Edit " + n + "\"}"));
        calls.add(
            () ->
                api.post(
                    path + "/sources",
                    cw2.token(),
                    "{\"kind\":\"MEDIA\",\"name\":\"Late source " + n + "\"}"));
      }
      CyclicBarrier start = new CyclicBarrier(calls.size());
      ExecutorService pool = Executors.newFixedThreadPool(calls.size());
      try {
        List<Future<Api.Answer>> sent = new ArrayList<>();
        for (java.util.concurrent.Callable<Api.Answer> call : calls) {
          sent.add(
              pool.submit(
                  () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.call();
                  }));
        }
        List<Api.Answer> answers = new ArrayList<>();
        for (Future<Api.Answer> f : sent) {
          answers.add(f.get(90, TimeUnit.SECONDS));
        }
        String what = describe(answers);
        assertThat(answers.get(0).status()).as(what).isEqualTo(200);
        assertThat(answers).as(what).allSatisfy(a -> assertThat(a.status()).isIn(200, 201, 409));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /**
   * One race on a fresh incident: every reviewer sends SIGN_OFF at once, to the instances in turn.
   */
  private static void race(ReviewFixture fx, List<Api> instances, boolean withVersion)
      throws Exception {
    if (!fx.equals(accountsOn)) {
      accountsOn = fx;
      accounts = new ArrayList<>();
      for (int i = 0; i <= REVIEWERS; i++) {
        accounts.add(i == 0 ? fx.user("cw", "CASEWORKER") : fx.user("rev" + i, "REVIEWER"));
      }
    }
    User cw = accounts.get(0);
    List<User> reviewers = accounts.subList(1, REVIEWERS + 1);
    String caseId = fx.openCase(cw, reviewers.toArray(User[]::new));
    Incident incident = fx.incident(cw, caseId);
    JsonObject submitted = fx.done(cw, incident, "SUBMIT");
    long version = submitted.getJsonNumber("version").longValue();
    int required = submitted.getInt("requiredSignOffs");
    assertThat(required).isEqualTo(2);

    CyclicBarrier start = new CyclicBarrier(REVIEWERS);
    ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
    List<Future<Api.Answer>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < REVIEWERS; i++) {
        User reviewer = reviewers.get(i);
        Api api = instances.get(i % instances.size());
        String body = ReviewFixture.fullBody("SIGN_OFF", incident, withVersion ? version : null);
        sent.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  return api.post(
                      "api/v1/incidents/" + incident.id() + "/review/actions",
                      reviewer.token(),
                      body);
                }));
      }
      List<Api.Answer> answers = new ArrayList<>();
      List<String> signed = new ArrayList<>();
      for (int i = 0; i < REVIEWERS; i++) {
        Api.Answer answer = sent.get(i).get(90, TimeUnit.SECONDS);
        answers.add(answer);
        if (answer.status() == 200) {
          signed.add(reviewers.get(i).name());
        }
      }
      String what = (withVersion ? "with version: " : "without version: ") + describe(answers);
      assertThat(answers).as(what).allSatisfy(a -> assertThat(a.status()).isIn(200, 409));
      assertThat(signed).as(what).hasSize(withVersion ? 1 : required);
      assertThat(answers)
          .filteredOn(a -> a.status() == 409)
          .as(what)
          .allSatisfy(
              a ->
                  assertThat(a.json().getString("message"))
                      .contains(
                          withVersion ? "changed since you loaded it" : "is not possible while"));

      JsonObject review = fx.review(cw, incident);
      List<JsonObject> signOffs =
          ReviewFixture.history(review).stream()
              .filter(h -> h.getString("action").equals("SIGN_OFF"))
              .toList();
      assertThat(signOffs)
          .as(what)
          .extracting(h -> h.getString("actor"))
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(signed);
      assertThat(review.getJsonArray("signOffs")).as(what).hasSize(signed.size());
      assertThat(review.getString("status"))
          .as(what)
          .isEqualTo(signed.size() >= required ? "VERIFIED" : "UNDER_REVIEW");
      assertThat(review.getJsonNumber("version").longValue())
          .as(what)
          .isEqualTo(version + signed.size());
      assertThat(ReviewFixture.history(review))
          .extracting(h -> h.getInt("seq"))
          .as(what)
          .containsExactly(
              java.util.stream.IntStream.rangeClosed(1, 1 + signed.size())
                  .boxed()
                  .toArray(Integer[]::new));
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(List<Api.Answer> answers) {
    return answers.stream().map(a -> a.status() + " " + a.body()).toList().toString();
  }

  private static void assertChainValid(ReviewFixture fx) {
    Api.Answer verification = fx.api.get("api/v1/audit/verification", fx.adminToken());
    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.json().getBoolean("valid")).as(verification.body()).isTrue();
  }
}
