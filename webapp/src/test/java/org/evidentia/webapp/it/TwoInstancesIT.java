package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the WAR on one PostgreSQL schema and one data directory (a shared evidence
 * volume), in demo mode: the second starts on the schema the first migrated and seeded, serves the
 * same accounts and cases, and does not load the demo case a second time. Runs whenever {@code
 * EVIDENTIA_TEST_PG_URL} is set.
 */
class TwoInstancesIT {

  private static final String DEMO_CASE = "Demo: attacks on civilians in Ukraine, 2022-2025";

  @Test
  void twoInstancesOnOneSchemaServeTheSameCasesAndOneDemoCase() throws Exception {
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      env.put("EVIDENTIA_DATA_DIR", Files.createTempDirectory("evidentia-two-it").toString());
      env.put("EVIDENTIA_DEMO", "true");
      // B after A is ready: A has migrated and seeded by then, B finds both done.
      try (PayaraProcess a = PayaraProcess.start("instance-a", env);
          PayaraProcess b = PayaraProcess.start("instance-b", env)) {
        String tokenA = a.api().token("caseworker", Api.DEMO_PASSWORD);
        String tokenB = b.api().token("caseworker", Api.DEMO_PASSWORD);

        List<JsonObject> casesA = cases(a.api(), tokenA);
        List<JsonObject> casesB = cases(b.api(), tokenB);
        assertThat(titles(casesA)).containsOnlyOnce(DEMO_CASE).hasSize(1);
        assertThat(titles(casesB)).containsOnlyOnce(DEMO_CASE).hasSize(1);
        assertThat(ids(casesB)).isEqualTo(ids(casesA));

        // A write on one instance is seen by the other at once: no cache between them.
        Api.Answer opened =
            a.api().post("api/v1/cases", tokenA, "{\"title\":\"Opened on instance A\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(ids(cases(b.api(), tokenB)))
            .containsExactlyInAnyOrderElementsOf(ids(cases(a.api(), tokenA)))
            .contains(opened.json().getString("id"))
            .hasSize(2);

        assertThat(Files.readString(a.log())).contains("DEMO MODE: loaded the demo case");
        assertThat(Files.readString(b.log()))
            .contains("(0 migrations applied now)")
            .doesNotContain("DEMO MODE: loaded the demo case");
      }
    }
  }

  private static List<JsonObject> cases(Api api, String token) {
    Api.Answer answer = api.get("api/v1/cases", token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<String> ids(List<JsonObject> cases) {
    return cases.stream().map(c -> c.getString("id")).sorted().toList();
  }

  private static List<String> titles(List<JsonObject> cases) {
    return cases.stream().map(c -> c.getString("title")).toList();
  }
}
