package dev.akhbar.pipeline.harness;

import dev.akhbar.pipeline.Endpoints;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Kafka broker and Elasticsearch node of {@code deploy/local}: started (or reused) through
 * {@code deploy/local/bin/infra}, and hurt on purpose: the broker killed with {@code kill -9} and
 * started again with the very command line it had, the node stopped and started, the article
 * indices write-blocked.
 */
public final class Infra {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private final Path repoRoot;
  private final Endpoints endpoints;
  private List<String> kafkaCommand;

  public Infra(Path repoRoot, Endpoints endpoints) {
    this.repoRoot = repoRoot;
    this.endpoints = endpoints;
  }

  private Path script() {
    return repoRoot.resolve("deploy/local/bin/infra");
  }

  private Path kafkaPidFile() {
    return repoRoot.resolve("deploy/local/.run/kafka.pid");
  }

  /** Starts the broker and the node unless they run already (then it only checks them). */
  public void up() throws IOException, InterruptedException {
    run(Duration.ofMinutes(20), "up");
  }

  /** The broker's pid when this checkout started it, else -1 (external or foreign broker). */
  public long kafkaPid() throws IOException {
    Path file = kafkaPidFile();
    if (!Files.isRegularFile(file)) {
      return -1;
    }
    long pid = Long.parseLong(Files.readString(file).strip());
    return ProcessHandle.of(pid).map(ProcessHandle::pid).orElse(-1L);
  }

  /** The Elasticsearch node's pid (the JVM that serves), or -1. */
  public long elasticsearchPid() throws IOException {
    Path file = repoRoot.resolve("deploy/local/.run/elasticsearch-node.pid");
    if (!Files.isRegularFile(file)) {
      return -1;
    }
    long pid = Long.parseLong(Files.readString(file).strip());
    return ProcessHandle.of(pid).map(ProcessHandle::pid).orElse(-1L);
  }

  /** kill -9 of the broker; {@link #startKafka} brings it back with the same command line. */
  public void killKafka() throws IOException, InterruptedException {
    long pid = kafkaPid();
    if (pid < 0) {
      throw new IllegalStateException(
          "The broker was not started from this checkout: cannot kill it");
    }
    kafkaCommand = ProcStats.commandLine(pid);
    ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
    handle.destroyForcibly();
    try {
      handle.onExit().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("The broker (pid " + pid + ") did not die", e);
    }
  }

  /** Starts the broker again, detached, as deploy/local had started it; waits for its port. */
  public void startKafka() throws IOException, InterruptedException {
    if (kafkaCommand == null) {
      throw new IllegalStateException("killKafka first");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add("setsid");
    cmd.addAll(kafkaCommand);
    Path log = repoRoot.resolve("deploy/local/.run/kafka/kafka.log");
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    Files.writeString(kafkaPidFile(), p.pid() + "\n");
    String[] hostPort = endpoints.kafkaBootstrap().split(",")[0].split(":");
    awaitPort(hostPort[0], Integer.parseInt(hostPort[1]), Duration.ofMinutes(2));
  }

  public void stopElasticsearch() throws IOException, InterruptedException {
    run(Duration.ofMinutes(20), "stop-es");
  }

  public void startElasticsearch() throws IOException, InterruptedException {
    run(Duration.ofMinutes(20), "start-es");
  }

  /** Sets or lifts {@code index.blocks.write} on every article index. */
  public void writeBlock(String indexPattern, boolean on) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(endpoints.esUrl() + "/" + indexPattern + "/_settings"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"index.blocks.write\":" + on + "}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("Write block " + on + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  private void run(Duration timeout, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(script().toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).inheritIO();
    pb.environment().put("AKHBAR_KAFKA_BOOTSTRAP", endpoints.kafkaBootstrap());
    pb.environment().put("AKHBAR_ES_URL", endpoints.esUrl());
    Process p = pb.start();
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("infra " + String.join(" ", args) + " did not end in " + timeout);
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          "infra " + String.join(" ", args) + " failed (exit " + p.exitValue() + ")");
    }
  }

  static void awaitPort(String host, int port, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(host, port), 1000);
        return;
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException(host + ":" + port + " not open after " + timeout);
  }
}
