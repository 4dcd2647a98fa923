package dev.akhbar.fetcher.bench;

import dev.akhbar.testsupport.Infra;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged fetcher as its own JVM process, as deployed, for the benchmarks. */
final class FetcherProcess implements AutoCloseable {
  static final String API_KEY = "bench-" + Long.toHexString(System.nanoTime());
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Pattern HEAP_USED =
      Pattern.compile(
          "^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.eE+-]+)$", Pattern.MULTILINE);
  private static final Pattern LIVE =
      Pattern.compile(
          "^jvm_gc_live_data_size_bytes(?:\\{[^}]*})? ([0-9.eE+-]+)$", Pattern.MULTILINE);

  final Process process;
  final int port;
  final Path log;
  final long startedNanos;

  private FetcherProcess(Process process, int port, Path log, long startedNanos) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.startedNanos = startedNanos;
  }

  static Path jar() {
    Path jar =
        Path.of(System.getProperty("akhbar.bench.jar", "target/quarkus-app/quarkus-run.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("Not built: " + jar + " (mvn -pl services/fetcher package)");
    }
    return jar;
  }

  static String bootstrap() {
    return Infra.kafkaBootstrap();
  }

  static FetcherProcess start(String heap, Map<String, String> env, Path log) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC"));
    if (!Boolean.getBoolean("akhbar.bench.c2")) {
      cmd.add("-XX:TieredStopAtLevel=1"); // as deploy/demo/services and the e2e test run it
    }
    cmd.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-jar", jar().toString()));
    System.out.println("  fetcher: " + String.join(" ", cmd.subList(1, cmd.size() - 2)));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    pb.environment().put("AKHBAR_KAFKA_BOOTSTRAP", bootstrap());
    pb.environment().put("AKHBAR_FETCHER_API_KEYS", API_KEY);
    pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    long started = System.nanoTime();
    return new FetcherProcess(pb.start(), port, log, started);
  }

  /** Waits until /q/health/ready answers 200; returns the time since the process started. */
  Duration awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The fetcher exited; see " + log);
      }
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
      } catch (IOException e) {
        // not listening yet
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    throw new IllegalStateException("Not ready after " + timeout + "; see " + log);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(70))
            .header("X-Api-Key", API_KEY)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-Api-Key", API_KEY)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Heap in use now (all heap pools), from the Prometheus endpoint. */
  long heapUsed() throws IOException, InterruptedException {
    return sum(HEAP_USED, get("/q/metrics").body());
  }

  /** Old-generation data that survived the last full collection. */
  long liveAfterGc() throws IOException, InterruptedException {
    return sum(LIVE, get("/q/metrics").body());
  }

  /** Runs a full GC in the process (jcmd), then reads the heap in use: what it really holds. */
  long heapAfterFullGc() throws Exception {
    Path jcmd =
        Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.waitFor(60, TimeUnit.SECONDS);
    return heapUsed();
  }

  /**
   * CPU time the process has used so far, user and system (Linux; clock ticks of 10 ms): unlike
   * wall time, it does not grow with the other load of the machine.
   */
  double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Resident set size of the process (Linux). */
  long rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return -1;
  }

  private static long sum(Pattern p, String metrics) {
    Matcher m = p.matcher(metrics);
    double total = 0;
    while (m.find()) {
      total += Double.parseDouble(m.group(1));
    }
    return (long) total;
  }

  String logText() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  static String mib(long bytes) {
    return String.format("%.1f MiB", bytes / 1048576.0);
  }
}
