package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.webapp.it.ClassificationFixture.HOSPITALS;
import static org.evidentia.webapp.it.ClassificationFixture.actions;
import static org.evidentia.webapp.it.ClassificationFixture.counts;
import static org.evidentia.webapp.it.ClassificationFixture.element;
import static org.evidentia.webapp.it.ClassificationFixture.enc;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;
import org.junit.jupiter.api.Test;

/**
 * Legal classification on PostgreSQL: the WAR in its own process on a fresh schema (demo mode off,
 * the first administrator from {@code EVIDENTIA_ADMIN_*}), so that the taxonomy migration, the
 * suggestions query and the matrix counted in the database run on the production database. Skipped
 * unless {@code EVIDENTIA_TEST_PG_URL} is set.
 */
class ClassificationPostgresIT {

  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  @Test
  void proposeLinkCountAndWithdrawOnPostgres() throws Exception {
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_DATA_DIR", Files.createTempDirectory("evidentia-class-pg").toString());
      try (PayaraProcess server = PayaraProcess.start("classification-pg", env)) {
        run(
            new ClassificationFixture(
                new ReviewFixture(server.api(), ADMIN, ADMIN_PASSWORD), server.base()));
      }
    }
  }

  private static void run(ClassificationFixture cf) {
    ReviewFixture fx = cf.fx;
    Api api = cf.api;
    User cw = fx.user("cw", "CASEWORKER");
    User la = fx.user("la", "LEGAL_ANALYST");
    User la2 = fx.user("la", "LEGAL_ANALYST");
    String caseId = fx.openCase(cw, la, la2);

    // The taxonomy as migrated: all 69 crimes, searchable in both languages.
    JsonObject all = api.get("api/v1/crimes?size=200", la.token()).json();
    assertThat(all.getJsonNumber("total").longValue()).isEqualTo(69);
    List<String> hospital =
        api
            .get("api/v1/crimes?q=hospital&size=200", la.token())
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(c -> c.getString("code"))
            .toList();
    assertThat(hospital).contains(HOSPITALS, "8(2)(e)(iv)");
    JsonObject uk = api.get("api/v1/crimes/" + HOSPITALS + "?lang=uk", la.token()).json();
    assertThat(uk.getString("title")).containsPattern("\\p{IsCyrillic}");
    assertThat(uk.getJsonArray("elements")).hasSize(5);

    Incident strike = cf.hospitalStrike(cw, caseId);
    Incident other = cf.hospitalStrike(cw, caseId);
    String photo = cf.evidence(cw, strike);
    String claim = cf.claim(cw, strike);
    assertThat(cf.suggested(la, strike.id())).first().isEqualTo(HOSPITALS);

    JsonObject c = cf.proposed(la, strike.id(), HOSPITALS);
    String id = c.getString("id");
    assertThat(c.getBoolean("verified")).isFalse();
    cf.decided(la2, id, "CONFIRM", "agreed");
    JsonObject photoLink = cf.linkEvidence(la, id, element(HOSPITALS, 1), photo);
    cf.linkSource(la, id, element(HOSPITALS, 1), strike.sourceId());
    cf.linkClaim(la, id, element(HOSPITALS, 3), claim);
    String otherId = cf.proposed(la2, other.id(), HOSPITALS).getString("id");
    cf.linkSource(la2, otherId, element(HOSPITALS, 2), other.sourceId());
    assertThat(cf.suggested(la, strike.id())).doesNotContain(HOSPITALS);

    JsonObject matrix = cf.matrix(la, caseId);
    Map<String, Map<String, Long>> counts = counts(matrix);
    assertThat(counts).hasSize(5);
    assertThat(counts.get(element(HOSPITALS, 1)))
        .containsEntry(strike.id(), 2L)
        .containsEntry(other.id(), 0L);
    assertThat(counts.get(element(HOSPITALS, 2)))
        .containsEntry(strike.id(), 0L)
        .containsEntry(other.id(), 1L);
    assertThat(counts.get(element(HOSPITALS, 3))).containsEntry(strike.id(), 1L);
    List<List<String>> csv = cf.csv(la, caseId);
    assertThat(csv).hasSize(3 + 5);
    int strikeColumn = 5 + columnOf(matrix, strike.id());
    int otherColumn = 5 + columnOf(matrix, other.id());
    assertThat(csv.get(1).get(strikeColumn)).isEqualTo(strike.id());
    assertThat(csv.get(3).get(2)).isEqualTo(element(HOSPITALS, 1));
    assertThat(csv.get(3).get(strikeColumn)).isEqualTo("2");
    assertThat(csv.get(3).get(otherColumn)).isEqualTo("GAP (proposed)");
    assertThat(csv.get(4).get(strikeColumn)).isEqualTo("GAP");
    assertThat(csv.get(4).get(otherColumn)).isEqualTo("1 (proposed)");
    assertThat(csv.get(2).get(strikeColumn)).startsWith("NOT VERIFIED");
    assertThat(cf.cell(la, caseId, strike.id(), element(HOSPITALS, 1))).hasSize(2);

    // A withdrawn link stays and no longer counts.
    assertThat(cf.unlink(la2, photoLink.getString("id"), "another ward").status()).isEqualTo(200);
    assertThat(counts(cf.matrix(la, caseId)).get(element(HOSPITALS, 1)))
        .containsEntry(strike.id(), 1L);
    // A withdrawn classification keeps its history; its incident leaves the matrix.
    cf.decided(la2, id, "WITHDRAW", "the facts do not support it");
    assertThat(cf.links(la, id)).hasSize(3);
    assertThat(actions(cf.history(la, id)))
        .containsExactly(
            "PROPOSED", "CONFIRMED", "LINKED", "LINKED", "LINKED", "UNLINKED", "WITHDRAWN");
    JsonObject after = cf.matrix(la, caseId);
    assertThat(after.getJsonArray("incidents")).hasSize(1);
    assertThat(counts(after).get(element(HOSPITALS, 2))).containsOnlyKeys(other.id());
    assertThat(cf.csv(la, caseId).get(0)).hasSize(6);

    List<String> audited =
        cf.audit(strike.id()).stream().map(e -> e.getString("action")).distinct().toList();
    assertThat(audited)
        .contains(
            "CLASSIFICATION_PROPOSED",
            "CLASSIFICATION_CONFIRMED",
            "ELEMENT_LINKED",
            "ELEMENT_UNLINKED",
            "CLASSIFICATION_WITHDRAWN");
    assertThat(api.get("api/v1/crimes/" + enc(HOSPITALS), la.token()).status()).isEqualTo(200);
  }

  private static int columnOf(JsonObject matrix, String incidentId) {
    List<JsonObject> columns = matrix.getJsonArray("incidents").getValuesAs(JsonObject.class);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).getString("incidentId").equals(incidentId)) {
        return i;
      }
    }
    throw new AssertionError(incidentId + " is no column of " + matrix);
  }
}
