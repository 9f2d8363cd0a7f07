package org.evidentia.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the API under test: real requests, JSON answers. */
final class Api {

  static final String DEMO_PASSWORD = "evidentia-demo";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  Api(URL deployment) {
    this.base = URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  /** The server root, where Payara serves /health and /openapi. */
  URI server() {
    return base.resolve("/");
  }

  record Answer(int status, String body, HttpResponse<String> raw) {
    JsonObject json() {
      return (JsonObject) Json.createReader(new StringReader(body)).read();
    }

    JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Answer send(String method, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(path.startsWith("/") ? server().resolve(path) : base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  Answer get(String path, String token) {
    return send("GET", path, token, null);
  }

  Answer post(String path, String token, String json) {
    return send("POST", path, token, json);
  }

  /** A fresh token for an account, or an assertion error saying why there is none. */
  String token(String username, String password) {
    Answer answer =
        post(
            "api/v1/tokens",
            null,
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString());
    if (answer.status() != 201) {
      throw new AssertionError(
          "no token for " + username + ": " + answer.status() + " " + answer.body());
    }
    return answer.json().getString("token");
  }

  String token(String username) {
    return token(username, DEMO_PASSWORD);
  }
}
