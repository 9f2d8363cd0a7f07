package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evidentia.kernel.testing.Generated;
import org.evidentia.webapp.it.AccessControlTable.Actor;
import org.evidentia.webapp.it.AccessControlTable.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzzing of every JSON write endpoint (POST, PUT, PATCH of the access-control table) with bodies
 * generated from a seed ({@link Generated}): random JSON, the endpoint's own body with values of
 * the wrong type, huge numbers and strings, deep nesting, truncated JSON, invalid UTF-8, wrong
 * content types. Sent by a caller allowed to write, so the body is really read. Never a 5xx, never
 * internals in the answer; every refusal has the error shape. A finding names the seed and try that
 * generated its body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JsonFuzzIT {

  /** Generated bodies per endpoint, besides the fixed hostile ones: bounded to keep ~2 minutes. */
  private static final int TRIES = 12;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void everyJsonEndpointAnswersGeneratedBodiesWithAClear4xx() throws Exception {
    Api api = new Api(deployment);
    URI base = URI.create(deployment.toString().replaceAll("/?$", "/"));
    fuzz(new ReviewFixture(api, "admin", Api.DEMO_PASSWORD), base);
  }

  /** The fuzzing on any server (also {@link JsonFuzzPostgresIT}). */
  static void fuzz(ReviewFixture fx, URI base) throws Exception {
    base = URI.create(base.toString().replaceAll("/?$", "/"));
    AccessControlTable table = new AccessControlTable(fx, base);
    AccessControlTable.World world = table.world();
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Row row : AccessControlTable.rows(world)) {
      if (!row.write() || row.method.equals("DELETE") || "multipart".equals(row.contentType)) {
        continue;
      }
      // Generated edits of the shared taxonomy would change other tests' crimes: a caseworker
      // sends those, whose bodies are read (and refused) all the same.
      Actor caller =
          row.allowed.isEmpty() || row.endpoint.equals("PUT crimes/{code}")
              ? Actor.RECORDER
              : row.allowed.stream().findFirst().orElseThrow();
      String token = world.users.get(caller).token();
      List<Sent> bodies = new ArrayList<>();
      hostile(row.body).forEach(body -> bodies.add(new Sent(body, "fixed body")));
      for (int i = 0; i < TRIES; i++) {
        Body body = body(row.body, Generated.forTry(row.endpoint, i));
        bodies.add(new Sent(body, Generated.replay(row.endpoint, i)));
      }
      for (Sent sent : bodies) {
        Body body = sent.body();
        HttpResponse<String> answer = send(base.resolve(row.path), row.method, token, body);
        calls++;
        String problem = problem(answer);
        if (problem != null) {
          wrong.add(row + " with " + body + " (" + sent.origin() + "): " + problem);
        }
      }
    }
    assertThat(calls).isGreaterThan(300);
    assertThat(wrong).as("base seed " + Generated.baseSeed()).isEmpty();
  }

  /** A body sent, and where it came from: fixed, or which generated try. */
  private record Sent(Body body, String origin) {}

  /** A body to send: bytes and their content type. */
  record Body(String contentType, byte[] bytes) {
    static Body json(String text) {
      return new Body("application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      String text = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.UTF_8);
      return contentType + " " + text.replaceAll("\\s+", " ") + (bytes.length > 120 ? "..." : "");
    }
  }

  /** Bodies every endpoint gets. */
  private static List<Body> hostile(String valid) {
    String json = valid == null ? "{}" : valid;
    byte[] invalidUtf8 = json.getBytes(StandardCharsets.UTF_8);
    invalidUtf8 = Arrays.copyOf(invalidUtf8, invalidUtf8.length + 3);
    invalidUtf8[invalidUtf8.length - 3] = (byte) 0xC3;
    invalidUtf8[invalidUtf8.length - 2] = (byte) 0x28;
    invalidUtf8[invalidUtf8.length - 1] = (byte) 0xFF;
    // The valid body with a NUL character in every text: PostgreSQL cannot store one.
    String withNul = json.replaceAll("\"([^\"\\\\]*)\"(\\s*[,}])", "\"$1\\\\u0000\"$2");
    return List.of(
        Body.json(withNul),
        Body.json(""),
        Body.json("null"),
        Body.json("[]"),
        Body.json("\"a string\""),
        Body.json("42"),
        Body.json(json.substring(0, json.length() / 2)),
        Body.json("{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"),
        Body.json("{".repeat(5_000)),
        Body.json(json.replaceFirst("\"[^\"]*\"\\s*}", "1e999999999}")),
        Body.json("{\"expectedVersion\":99999999999999999999999999999999999999}"),
        Body.json("{\"expectedVersion\":-1e400,\"incidentId\":1.5e308}"),
        Body.json("{\"x\":\"" + "A".repeat(2_000_000) + "\"}"),
        Body.json("\uFEFF" + json),
        new Body("application/json", invalidUtf8),
        new Body("application/json; charset=UTF-16", json.getBytes(StandardCharsets.UTF_8)),
        new Body("text/plain", json.getBytes(StandardCharsets.UTF_8)),
        new Body("application/xml", "<a>&xxe;</a>".getBytes(StandardCharsets.UTF_8)),
        new Body("application/x-www-form-urlencoded", "a=b&c=d".getBytes(StandardCharsets.UTF_8)));
  }

  /** A generated body: random JSON, or the valid body with a value swapped or a key added. */
  private static Body body(String valid, Generated g) {
    if (valid == null) {
      return Body.json(jsonValue(g, 3).toString());
    }
    JsonObject object = Json.createReader(new StringReader(valid)).readObject();
    List<String> keys = new ArrayList<>(object.keySet());
    if (keys.isEmpty()) {
      keys.add("expectedVersion");
    }
    String text =
        g.oneOf(
            () -> jsonValue(g, 3).toString(),
            () ->
                Json.createObjectBuilder(object)
                    .add(g.pick(keys), jsonValue(g, 2))
                    .build()
                    .toString(),
            () ->
                Json.createObjectBuilder(object)
                    .add(g.string(20), jsonValue(g, 1))
                    .build()
                    .toString());
    return Body.json(text);
  }

  private static final List<String> KEYS =
      List.of(
          "title",
          "action",
          "note",
          "reliability",
          "incidentId",
          "crimeCode",
          "elementCode",
          "expectedVersion",
          "password",
          "incidents",
          "roles",
          "displayName",
          "x");

  private static final BigInteger HUGE = BigInteger.TEN.pow(30);

  private static JsonValue jsonValue(Generated g, int depth) {
    if (depth == 0) {
      return scalar(g);
    }
    return g.oneOf(
        () -> scalar(g),
        () -> {
          var b = Json.createArrayBuilder();
          g.list(0, 4, () -> jsonValue(g, depth - 1)).forEach(b::add);
          return b.build();
        },
        () -> {
          // Keys repeat now and then; the last value wins, as in a map.
          var b = Json.createObjectBuilder();
          g.list(0, 5, () -> g.pick(KEYS)).forEach(key -> b.add(key, jsonValue(g, depth - 1)));
          return b.build();
        });
  }

  private static JsonValue scalar(Generated g) {
    return g.oneOf(
        () -> Json.createValue(g.string(50)),
        () ->
            Json.createValue(
                g.pick(
                    "", "null", "' OR 1=1 --", "<script>", "2024-13-45", "-1", "\u0000", "ŵ̸̧̛")),
        () -> Json.createValue(g.aLong()),
        () -> {
          double d = g.aDouble();
          return Json.createValue(Double.isFinite(d) ? d : 0d);
        },
        () -> {
          // Up to about 10^30 either way: beyond any long.
          BigInteger n = new BigInteger(1, g.bytesOfLength(13)).mod(HUGE.add(BigInteger.ONE));
          return Json.createValue(g.chance(2) ? n.negate() : n);
        },
        () -> g.pick(JsonValue.TRUE, JsonValue.FALSE, JsonValue.NULL));
  }

  private static HttpResponse<String> send(URI uri, String method, String token, Body body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", body.contentType())
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String problem(HttpResponse<String> answer) {
    String text = answer.body();
    for (String marker : Injection.TRACE_MARKERS) {
      if (text.contains(marker)) {
        return answer.statusCode() + " with internals (" + marker + "): " + shorten(text);
      }
    }
    int status = answer.statusCode();
    if (status >= 500) {
      return "status " + status + ": " + shorten(text);
    }
    if (status >= 400) {
      try {
        JsonObject error = Json.createReader(new StringReader(text)).readObject();
        for (String field : List.of("status", "error", "message", "violations")) {
          if (!error.containsKey(field)) {
            return status + " without '" + field + "': " + shorten(text);
          }
        }
        if (error.getInt("status") != status) {
          return status + " whose body says " + error.get("status");
        }
      } catch (RuntimeException notJson) {
        return status + " whose body is not the JSON error shape: " + shorten(text);
      }
    }
    return null;
  }

  private static String shorten(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
