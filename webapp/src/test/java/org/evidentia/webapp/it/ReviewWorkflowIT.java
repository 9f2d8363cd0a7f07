package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
 * The review state machine as a table: every action in every state by every kind of caller. The
 * allowed cells succeed with the expected next state, each on a fresh incident; every other cell
 * gets its status (404 off the team, 403 without the role, 409 in the wrong state) and changes
 * nothing, on one incident per state. Runs on H2 (the Arquillian deployment) and on PostgreSQL (the
 * WAR in its own process on a fresh schema, demo mode off) when {@code EVIDENTIA_TEST_PG_URL} is
 * set.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewWorkflowIT {

  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  @Test
  void everyActionInEveryStateByEveryCallerOnH2() {
    new Table(new ReviewFixture(new Api(deployment), "admin", Api.DEMO_PASSWORD)).run();
  }

  @Test
  void everyActionInEveryStateByEveryCallerOnPostgres() throws Exception {
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_DATA_DIR", Files.createTempDirectory("evidentia-review-pg").toString());
      try (PayaraProcess server = PayaraProcess.start("review-pg", env)) {
        new Table(new ReviewFixture(server.api(), ADMIN, ADMIN_PASSWORD)).run();
      }
    }
  }

  enum State {
    REPORTED,
    UNDER_REVIEW,
    NEEDS_INFORMATION,
    VERIFIED,
    REJECTED
  }

  enum Action {
    SUBMIT("CASEWORKER", Set.of(State.REPORTED)),
    SIGN_OFF("REVIEWER", Set.of(State.UNDER_REVIEW)),
    REJECT("REVIEWER", Set.of(State.UNDER_REVIEW)),
    REQUEST_INFORMATION("REVIEWER", Set.of(State.UNDER_REVIEW)),
    RESUBMIT("CASEWORKER", Set.of(State.NEEDS_INFORMATION)),
    REOPEN("REVIEWER", Set.of(State.VERIFIED, State.REJECTED));

    final String role;
    final Set<State> from;

    Action(String role, Set<State> from) {
      this.role = role;
      this.from = from;
    }

    /** Where the action leads; a first sign-off of two leaves the incident in review. */
    State to() {
      return switch (this) {
        case SUBMIT, RESUBMIT, REOPEN, SIGN_OFF -> State.UNDER_REVIEW;
        case REJECT -> State.REJECTED;
        case REQUEST_INFORMATION -> State.NEEDS_INFORMATION;
      };
    }
  }

  /** Who calls: on the case team or not, and with which roles. */
  enum Caller {
    CASEWORKER(true, "CASEWORKER"),
    REVIEWER(true, "REVIEWER"),
    LEGAL_ANALYST(true, "LEGAL_ANALYST"),
    ADMIN_ON_TEAM(true, "ADMIN"),
    ADMIN_OFF_TEAM(false, "ADMIN"),
    REVIEWER_OFF_TEAM(false, "REVIEWER");

    final boolean onTeam;
    final String role;

    Caller(boolean onTeam, String role) {
      this.onTeam = onTeam;
      this.role = role;
    }

    int expected(Action action, State state) {
      if (!onTeam) {
        return 404;
      }
      if (!role.equals(action.role)) {
        return 403;
      }
      return action.from.contains(state) ? 200 : 409;
    }
  }

  /** One run of the table on one server, with its own accounts and case. */
  static final class Table {
    private final ReviewFixture fx;
    private final Map<Caller, User> callers = new EnumMap<>(Caller.class);
    private final User caseworker;
    private final User buildReviewer1;
    private final User buildReviewer2;
    private final String caseId;
    private final List<String> failures = new ArrayList<>();

    Table(ReviewFixture fx) {
      this.fx = fx;
      caseworker = fx.user("cw", "CASEWORKER");
      callers.put(Caller.CASEWORKER, caseworker);
      callers.put(Caller.REVIEWER, fx.user("rev", "REVIEWER"));
      callers.put(Caller.LEGAL_ANALYST, fx.user("la", "LEGAL_ANALYST"));
      callers.put(Caller.ADMIN_ON_TEAM, fx.user("adm", "ADMIN"));
      callers.put(Caller.ADMIN_OFF_TEAM, new User("admin", fx.adminToken()));
      callers.put(Caller.REVIEWER_OFF_TEAM, fx.user("outrev", "REVIEWER"));
      // Two more reviewers build the states, so the REVIEWER caller has done nothing before.
      buildReviewer1 = fx.user("brev", "REVIEWER");
      buildReviewer2 = fx.user("brev", "REVIEWER");
      caseId =
          fx.openCase(
              caseworker,
              callers.get(Caller.REVIEWER),
              callers.get(Caller.LEGAL_ANALYST),
              callers.get(Caller.ADMIN_ON_TEAM),
              buildReviewer1,
              buildReviewer2);
    }

    /** A fresh incident brought to the state through the API. */
    Incident in(State state) {
      Incident incident = fx.incident(caseworker, caseId);
      if (state == State.REPORTED) {
        return incident;
      }
      fx.done(caseworker, incident, "SUBMIT");
      switch (state) {
        case NEEDS_INFORMATION -> fx.done(buildReviewer1, incident, "REQUEST_INFORMATION");
        case REJECTED -> fx.done(buildReviewer1, incident, "REJECT");
        case VERIFIED -> {
          fx.done(buildReviewer1, incident, "SIGN_OFF");
          fx.done(buildReviewer2, incident, "SIGN_OFF");
        }
        default -> {}
      }
      JsonObject review = fx.review(caseworker, incident);
      assertThat(review.getString("status")).isEqualTo(state.name());
      return incident;
    }

    void run() {
      JsonObject first = fx.review(caseworker, in(State.REPORTED));
      assertThat(first.getInt("requiredSignOffs"))
          .as("the table assumes the default of two sign-offs")
          .isEqualTo(2);
      int allowed = 0;
      int refused = 0;
      for (State state : State.values()) {
        Map<State, Incident> shared = new EnumMap<>(State.class);
        Supplier<Incident> refusedOn = () -> shared.computeIfAbsent(state, this::in);
        for (Action action : Action.values()) {
          for (Caller caller : Caller.values()) {
            int expected = caller.expected(action, state);
            if (expected == 200) {
              allowed(state, action, caller, in(state));
              allowed++;
            } else {
              if (!refused(state, action, caller, refusedOn.get(), expected)) {
                shared.remove(state); // changed after all: the next cells get a fresh one
              }
              refused++;
            }
          }
        }
      }
      assertThat(failures)
          .as("cells that did not behave (" + allowed + " allowed, " + refused + " refused)")
          .isEmpty();
      assertThat(allowed).isEqualTo(7);
      assertThat(refused).isEqualTo(State.values().length * 36 - 7);
    }

    private void allowed(State state, Action action, Caller caller, Incident incident) {
      String cell = cell(state, action, caller);
      JsonObject before = fx.review(caseworker, incident);
      Api.Answer answer = fx.act(callers.get(caller), incident, action.name());
      if (answer.status() != 200) {
        failures.add(cell + ": expected 200, got " + answer.status() + " " + answer.body());
        return;
      }
      JsonObject after = answer.json();
      check(cell, "status", action.to().name(), after.getString("status"));
      check(
          cell,
          "version",
          before.getJsonNumber("version").longValue() + 1,
          after.getJsonNumber("version").longValue());
      List<JsonObject> history = ReviewFixture.history(after);
      check(cell, "history length", ReviewFixture.history(before).size() + 1, history.size());
      JsonObject last = history.get(history.size() - 1);
      check(cell, "last action", action.name(), last.getString("action"));
      check(cell, "from", state.name(), last.getString("from"));
      check(cell, "to", action.to().name(), last.getString("to"));
      check(cell, "actor", callers.get(caller).name(), last.getString("actor"));
      // The answer is what the server now holds.
      JsonObject reread = fx.review(caseworker, incident);
      check(cell, "stored status", action.to().name(), reread.getString("status"));
      int round = before.getInt("round");
      int expectedRound =
          action.to() == State.UNDER_REVIEW && state != State.UNDER_REVIEW ? round + 1 : round;
      check(cell, "round", expectedRound, after.getInt("round"));
      if (action == Action.SIGN_OFF) {
        check(cell, "sign-offs", 1, after.getJsonArray("signOffs").size());
      }
    }

    /** Answers whether the incident is unchanged, as it must be. */
    private boolean refused(
        State state, Action action, Caller caller, Incident incident, int expected) {
      String cell = cell(state, action, caller);
      JsonObject before = fx.review(caseworker, incident);
      Api.Answer answer = fx.act(callers.get(caller), incident, action.name());
      if (answer.status() != expected) {
        failures.add(
            cell + ": expected " + expected + ", got " + answer.status() + " " + answer.body());
      } else if (answer.json().getInt("status") != expected
          || answer.json().getString("message", "").isBlank()
          || answer.body().contains("Exception")) {
        failures.add(cell + ": error body " + answer.body());
      }
      JsonObject after = fx.review(caseworker, incident);
      boolean same =
          before.getString("status").equals(after.getString("status"))
              && before.getJsonNumber("version").longValue()
                  == after.getJsonNumber("version").longValue()
              && ReviewFixture.history(before).size() == ReviewFixture.history(after).size()
              && before.getJsonArray("signOffs").size() == after.getJsonArray("signOffs").size();
      if (!same) {
        failures.add(cell + ": refused, but the review changed: " + before + " -> " + after);
      }
      return same;
    }

    private void check(String cell, String what, Object expected, Object actual) {
      if (!expected.equals(actual)) {
        failures.add(cell + ": " + what + " expected " + expected + ", got " + actual);
      }
    }

    private static String cell(State state, Action action, Caller caller) {
      return action + " on " + state + " by " + caller;
    }
  }
}
