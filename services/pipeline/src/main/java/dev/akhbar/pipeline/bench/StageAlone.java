package dev.akhbar.pipeline.bench;

import dev.akhbar.events.Topics;
import dev.akhbar.pipeline.harness.ProcStats;
import dev.akhbar.pipeline.harness.ServiceProcess;
import dev.akhbar.pipeline.harness.Stack;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * One stage alone on the records of the measured run, read again from its pre-filled input topic:
 * fresh processes of the stage in a consumer group of their own that starts where the run started,
 * writing to scratch topics (and, for the indexer, to indices of their own), timed from the tenth
 * of the records done (the JVM warmed up) to the last.
 */
final class StageAlone {
  /** What one stage did alone. */
  record Result(
      String stage,
      int replicas,
      long records,
      double perSecond,
      double cpuMsPerRecord,
      long peakRss) {}

  /** A stage: its input topic, channels and the contract topics its outputs are shaped like. */
  record Stage(
      String name,
      String input,
      String inChannel,
      String outChannel,
      String outLike,
      String dlqLike) {}

  static final Map<String, Stage> STAGES =
      Map.of(
          "parser",
          new Stage(
              "parser",
              Topics.PAGES_RAW,
              "RAW_PAGES",
              "PARSED_ARTICLES",
              Topics.ARTICLES_PARSED,
              Topics.PARSER_DLQ),
          "enricher",
          new Stage(
              "enricher",
              Topics.ARTICLES_PARSED,
              "PARSED_ARTICLES",
              "ENRICHED_ARTICLES",
              Topics.ARTICLES_ENRICHED,
              Topics.ENRICHER_DLQ),
          "indexer",
          new Stage(
              "indexer",
              Topics.ARTICLES_ENRICHED,
              "ENRICHED_ARTICLES",
              null,
              null,
              Topics.INDEXER_DLQ));

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Stack stack;
  private final ScratchTopics kafka;
  private final String esUrl;
  private final String runId;
  private final PrintStream out;

  StageAlone(Stack stack, ScratchTopics kafka, String esUrl, String runId, PrintStream out) {
    this.stack = stack;
    this.kafka = kafka;
    this.esUrl = esUrl;
    this.runId = runId;
    this.out = out;
  }

  /**
   * Runs {@code replicas} processes of the stage over the input records between {@code from} and
   * {@code to} (end offsets of the input topic before and after the measured run).
   */
  Result run(
      String name, int replicas, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to)
      throws Exception {
    Stage stage = STAGES.get(name);
    String tag = runId + "-" + name + "-x" + replicas;
    long expected = 0;
    Map<TopicPartition, Long> start = new HashMap<>();
    for (var e : to.entrySet()) {
      if (e.getKey().topic().equals(stage.input())) {
        long s = from.getOrDefault(e.getKey(), 0L);
        start.put(e.getKey(), s);
        expected += e.getValue() - s;
      }
    }
    String group = "akhbar-bench-" + tag;
    kafka.startGroupAt(group, start);
    String dlq = kafka.create("akhbar.bench." + tag + ".dlq", stage.dlqLike());
    Map<String, String> env = new HashMap<>();
    String in = "MP_MESSAGING_INCOMING_" + stage.inChannel();
    env.put(in + "_GROUP_ID", group);
    env.put(in + "_DEAD_LETTER_QUEUE_TOPIC", dlq);
    String output = null;
    String alias = null;
    if (stage.outChannel() != null) {
      output = kafka.create("akhbar.bench." + tag + ".out", stage.outLike());
      env.put("MP_MESSAGING_OUTGOING_" + stage.outChannel() + "_TOPIC", output);
      if (name.equals("enricher")) {
        env.put(
            "AKHBAR_KAFKA_CLIENT_STORY_REPLAY_TOPIC",
            output); // its own story state, empty at start
      }
    } else {
      alias = "akhbar-bench-" + tag.toLowerCase();
      env.put("AKHBAR_INDEXER_INDEX_ALIAS", alias);
    }
    List<ServiceProcess> processes = new ArrayList<>();
    try {
      for (int i = 1; i <= replicas; i++) {
        processes.add(stack.start(name, "bench-" + name + "-" + i, env));
      }
      for (ServiceProcess p : processes) {
        Stack.awaitReady(p, Duration.ofMinutes(3));
      }
      List<String> counted = output == null ? List.of(dlq) : List.of(output, dlq);
      String countAlias = alias;
      Counter done = () -> kafka.count(counted) + (countAlias == null ? 0 : docs(countAlias));
      return time(name, replicas, expected, done, processes);
    } finally {
      for (ServiceProcess p : processes) {
        stack.stop(p.name());
      }
      if (alias != null) {
        delete("/" + alias + "-*");
        delete("/_index_template/" + alias);
      }
    }
  }

  @FunctionalInterface
  interface Counter {
    long count() throws Exception;
  }

  private Result time(
      String name, int replicas, long expected, Counter done, List<ServiceProcess> ps)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
    long first = -1;
    Instant t0 = null;
    double cpu0 = 0;
    long n = 0;
    Instant lastPrint = Instant.now();
    while (Instant.now().isBefore(deadline)) {
      n = done.count();
      // The timed window starts once a tenth of the records are done: a fresh JVM's warm-up (class
      // loading, the JIT) is left out, as in the end-to-end run's steady state.
      if (t0 == null && n >= Math.max(1, expected / 10)) {
        t0 = Instant.now();
        first = n;
        cpu0 = cpu(ps);
      }
      if (n >= expected) {
        break;
      }
      if (Duration.between(lastPrint, Instant.now()).toSeconds() >= 10) {
        out.printf("    %s alone (x%d): %d / %d%n", name, replicas, n, expected);
        lastPrint = Instant.now();
      }
      Thread.sleep(250);
    }
    Instant t1 = Instant.now();
    double secs = t0 == null ? Double.NaN : Stats.seconds(Duration.between(t0, t1));
    long timed = n - Math.max(first, 0);
    double rate = timed / secs;
    double cpuMs = (cpu(ps) - cpu0) * 1000 / Math.max(1, timed);
    long rss = ps.stream().mapToLong(p -> ProcStats.peakRss(p.pid())).max().orElse(0);
    if (n < expected) {
      out.printf("    %s alone: only %d of %d records after 30 min%n", name, n, expected);
    }
    return new Result(name, replicas, n, rate, cpuMs, rss);
  }

  private static double cpu(List<ServiceProcess> ps) {
    return ps.stream().mapToDouble(p -> Stats.seconds(ProcStats.cpu(p.pid()))).sum();
  }

  private long docs(String alias) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(esUrl + "/" + alias + "/_count")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      return 0;
    }
    String body = r.body();
    int i = body.indexOf("\"count\":");
    return Long.parseLong(body.substring(i + 8, body.indexOf(',', i)).strip());
  }

  private void delete(String path) {
    try {
      HTTP.send(
          HttpRequest.newBuilder(URI.create(esUrl + path)).DELETE().build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      // leftover bench indices carry the run id in their name
    }
  }
}
