package dev.akhbar.search.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged Quarkus service (target/quarkus-app) running as its own JVM, as `make run` runs it.
 */
public final class ServiceJar implements AutoCloseable {
  /** HTTP/1.1, as curl and browsers speak to a plain-http service (no h2c upgrade). */
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  final String name;
  public final URI base;
  private final Path log;
  private final Process process;

  private ServiceJar(String name, URI base, Path log, Process process) {
    this.name = name;
    this.base = base;
    this.log = log;
    this.process = process;
  }

  /** JVM flags for tests: small heap, quick start (C1 only), as the pipeline's processes run. */
  static final List<String> TEST_JVM =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  /** Starts {@code jar} on a free port with {@code env}; its output goes to {@code logDir}. */
  public static ServiceJar start(String name, Path jar, Map<String, String> env, Path logDir)
      throws IOException {
    return start(name, jar, env, logDir, TEST_JVM);
  }

  /** The same with the JVM flags given (a benchmark runs with the JVM's defaults). */
  public static ServiceJar start(
      String name, Path jar, Map<String, String> env, Path logDir, List<String> jvmFlags)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(name + " is not packaged: " + jar + " (mvn package first)");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new java.util.ArrayList<>();
    command.add(java);
    command.addAll(jvmFlags);
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    return new ServiceJar(name, URI.create("http://127.0.0.1:" + port), log, pb.start());
  }

  public void awaitReady(Duration timeout) {
    await(name + " ready")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptionsInstanceOf(IOException.class)
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
              }
              return get("/q/health/ready").statusCode() == 200;
            });
  }

  /** The service's process (its CPU time, for the benchmark). */
  public ProcessHandle process() {
    return process.toHandle();
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
