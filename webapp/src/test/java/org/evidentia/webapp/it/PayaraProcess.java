package org.evidentia.webapp.it;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The real WAR in a Payara Micro process of its own, configured by environment variables alone as
 * in production: for tests that need a configuration the Arquillian container does not give
 * (PostgreSQL, demo mode off, several instances, a crash).
 *
 * <p>The process inherits the test JVM's environment (so failsafe's settings apply) less the
 * variables that choose the database, the demo mode and the first administrator; the given map then
 * sets variables, and a {@code null} value removes one. Without {@code EVIDENTIA_DATA_DIR} in the
 * map the process gets an empty temporary data directory of its own.
 */
final class PayaraProcess implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofSeconds(180);
  private static final int LOG_TAIL_LINES = 80;

  /** What Payara Micro logs once it has started and tried its deployments. */
  private static final Pattern SERVER_UP =
      Pattern.compile("Payara Micro .* ready in [0-9,.]+ \\(ms\\)");

  /** Inherited from the test JVM only when the map sets them: they decide what the process is. */
  private static final List<String> NOT_INHERITED =
      List.of(
          "EVIDENTIA_DEMO",
          "EVIDENTIA_DB_URL",
          "EVIDENTIA_DB_USER",
          "EVIDENTIA_DB_PASSWORD",
          "EVIDENTIA_ADMIN_USERNAME",
          "EVIDENTIA_ADMIN_PASSWORD");

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;
  private final Path dataDir;
  private final Thread reaper;

  private PayaraProcess(String name, Process process, int port, Path log, Path dataDir) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
    this.dataDir = dataDir;
    // A test JVM that ends without closing (a crash, a killed build) leaves no server behind.
    this.reaper = new Thread(process::destroyForcibly, "payara-reaper-" + name);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts the WAR on a free port and waits until {@code /health/ready} answers 200.
   *
   * @param name names the log file and the data directory, and the process in failure messages
   * @param env variables to set in the process; a {@code null} value removes the variable
   * @throws AssertionError with the last lines of the server log, when the process dies or is not
   *     ready in time (it is then stopped)
   */
  static PayaraProcess start(String name, Map<String, String> env)
      throws IOException, InterruptedException {
    return start(name, env, List.of("--nohazelcast"));
  }

  /**
   * As {@link #start(String, Map)}, with these Payara Micro options instead of {@code
   * --nohazelcast}: for instances that form a cluster ({@code --clustername}, {@code
   * --clustermode}...).
   */
  static PayaraProcess start(String name, Map<String, String> env, List<String> clusterOptions)
      throws IOException, InterruptedException {
    int port = freePort();
    Path log = Files.createTempFile("evidentia-" + name + "-", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar"));
    command.add(requiredFile("payara.microJar"));
    command.addAll(
        List.of(
            "--deploy",
            requiredFile("evidentia.war"),
            "--port",
            Integer.toString(port),
            "--disablephonehome",
            "--prebootcommandfile",
            requiredFile("payara.bootCommands")));
    command.addAll(clusterOptions);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    NOT_INHERITED.forEach(environment::remove);
    Path dataDir = null;
    if (env.get("EVIDENTIA_DATA_DIR") != null) {
      dataDir = Path.of(env.get("EVIDENTIA_DATA_DIR"));
    } else if (!env.containsKey("EVIDENTIA_DATA_DIR")) {
      dataDir = Files.createTempDirectory("evidentia-" + name + "-data");
      environment.put("EVIDENTIA_DATA_DIR", dataDir.toString());
    }
    env.forEach(
        (variable, value) -> {
          if (value == null) {
            environment.remove(variable);
          } else {
            environment.put(variable, value);
          }
        });
    PayaraProcess server = new PayaraProcess(name, builder.start(), port, log, dataDir);
    try {
      server.awaitReady();
      return server;
    } catch (Throwable notReady) {
      server.kill();
      throw notReady;
    }
  }

  private void awaitReady() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(server().resolve("/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(READY_WITHIN);
    Instant serverUpAt = null;
    int status = 0;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            name
                + ": Payara Micro exited with "
                + process.exitValue()
                + " before it was ready"
                + tail());
      }
      try {
        status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      // Payara Micro says it is ready when its deployments are done, failed ones too: a failed
      // deployment leaves /health/ready at 503 for good, so give up soon after instead of waiting.
      if (serverUpAt == null && status != 0 && logContains(SERVER_UP)) {
        serverUpAt = Instant.now();
      }
      if (serverUpAt != null && Instant.now().isAfter(serverUpAt.plusSeconds(5))) {
        throw new AssertionError(
            name
                + ": Payara Micro is up but the WAR is not ready (status "
                + status
                + "): the deployment failed"
                + tail());
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        name
            + ": not ready within "
            + READY_WITHIN.toSeconds()
            + " s (last status "
            + status
            + ")"
            + tail());
  }

  private boolean logContains(Pattern pattern) {
    try {
      return pattern.matcher(new String(Files.readAllBytes(log), StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      return false;
    }
  }

  /** The API client, for {@link #base()}. */
  Api api() {
    try {
      return new Api(base().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The application's base, {@code http://127.0.0.1:PORT/evidentia/}. */
  URI base() {
    return server().resolve("/evidentia/");
  }

  /** The server root, where Payara serves /health. */
  URI server() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  int port() {
    return port;
  }

  /** Standard output and error of the process. */
  Path log() {
    return log;
  }

  /** The data directory the process was given, or null when the map removed the variable. */
  Path dataDir() {
    return dataDir;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Ends the process at once, as a crash or {@code kill -9} would: no orderly shutdown. */
  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** Stops the process in order (SIGTERM) and waits until it is gone. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    waitForExit();
  }

  private void waitForExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  /** The last lines of the log, for a failure message. */
  String tail() {
    try {
      List<String> lines =
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      return "\n--- last lines of "
          + log
          + " ---\n"
          + String.join(
              "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "\n(log " + log + " unreadable: " + e + ")";
    }
  }

  @Override
  public String toString() {
    return name + " at " + base() + " (log " + log + ")";
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String requiredFile(String property) {
    String path = System.getProperty(property);
    if (path == null || !Files.isRegularFile(Path.of(path))) {
      throw new IllegalStateException(
          "system property " + property + " must name a file (set by failsafe): " + path);
    }
    return path;
  }
}
