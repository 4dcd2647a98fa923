package dev.akhbar.pipeline.harness;

import java.io.File;
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
 * One packaged service (Quarkus fast-jar) run as its own JVM process, as {@code make run} runs it.
 * It can be killed ({@code kill -9}), restarted on the same port, and asked for its health.
 */
public final class ServiceProcess implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String service;
  private final String name;
  private final int port;
  private final Path log;
  private final List<String> command;
  private final Map<String, String> env;
  private final Path pidFile;
  private volatile Process process;
  private volatile int starts;

  ServiceProcess(
      String service,
      String name,
      List<String> command,
      Map<String, String> env,
      Path log,
      Path pidFile)
      throws IOException {
    this.service = service;
    this.name = name;
    this.port = freePort();
    this.log = log;
    this.command = List.copyOf(command);
    this.env = Map.copyOf(env);
    this.pidFile = pidFile;
    launch();
  }

  private void launch() throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    process = pb.start();
    starts++;
    // So that `make down` (deploy/demo/services stop) ends it even if this harness dies first.
    Files.writeString(pidFile, process.pid() + "\n");
  }

  /** fetcher, parser, enricher or indexer. */
  public String service() {
    return service;
  }

  /** The service, or the service and a replica number ({@code parser-2}). */
  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public Path log() {
    return log;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** How many times this service was started (1 until it is restarted). */
  public int starts() {
    return starts;
  }

  /** Ends the process at once, like a node failure or an OOM kill. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Starts it again on the same port, as an orchestrator would after a crash. */
  public void restart() throws IOException, InterruptedException {
    if (process.isAlive()) {
      stop();
    }
    launch();
  }

  /** The service's answer on {@code /q/health/live} or {@code /q/health/ready}. */
  public Health health(String kind) {
    try {
      HttpResponse<String> r = get("/q/health/" + kind, Duration.ofSeconds(3));
      return new Health(r.statusCode() == 200, r.statusCode(), r.body());
    } catch (IOException e) {
      return new Health(false, 0, "no answer: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Health(false, 0, "interrupted");
    }
  }

  /** Health of one kind: up or not, and the body that says why. */
  public record Health(boolean up, int status, String body) {}

  public HttpResponse<String> get(String path, Duration timeout)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(baseUri().resolve(path)).timeout(timeout).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** SIGTERM, then SIGKILL after 20 s. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      // a stale pid file names a process that is gone: `services stop` skips it
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
