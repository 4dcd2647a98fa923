package dev.akhbar.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.events.EventCodec;
import dev.akhbar.search.it.ServiceJar;
import dev.akhbar.testsupport.Infra;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code make bench-search}: latency of {@code GET /api/search} under concurrent clients over an
 * index of {@code akhbar.bench.docs} articles (default 10,000) written by the real indexer (the
 * packaged application, reading a topic of pre-produced events, so the mapping and analysers are
 * the indexer's), read by the packaged search service. Prints p50/p95/p99, the document count and
 * the machine's load. The index (alias {@code akhbar-bench-search}) is kept and reused by the next
 * run when it already holds the articles.
 */
public final class SearchBenchmark {
  static final String ALIAS = "akhbar-bench-search";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * HTTP/1.1, as browsers and curl speak to a plain-http service: each client thread holds its own
   * connection. (The JDK's default, an h2c upgrade, would multiplex all clients over one.)
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public static void main(String[] args) throws Exception {
    int docs = Integer.getInteger("akhbar.bench.docs", 10_000);
    int requests = Integer.getInteger("akhbar.bench.requests", 4_000);
    // The service and the load generator are fresh JVMs: their CPU per request halves between
    // the first 2,000 requests and steady state (JIT). A pod serves for days: measure it warm.
    int warmup = Integer.getInteger("akhbar.bench.warmup", 15_000);
    int clients = Integer.getInteger("akhbar.bench.clients", 20);
    String kafka = Infra.kafkaBootstrap();
    String es = Infra.esUrl();
    Path root = Infra.repoRoot();
    Path logs = root.resolve("services/search/target/bench-logs");
    BenchCorpus corpus = BenchCorpus.load(root.resolveSibling("shared"));

    long indexed = count(es);
    long template = bundledTemplateVersion(root);
    if (indexed != docs || !createdFrom(es, template)) {
      System.out.printf("bench-search: indexing %,d articles through the indexer...%n", docs);
      index(root, logs, kafka, es, corpus, docs);
      indexed = count(es);
    } else {
      System.out.printf("bench-search: reusing %s (%,d articles)%n", ALIAS, indexed);
    }
    System.out.printf("bench-search: segments per index %s%n", segments(es));

    try (ServiceJar search =
        ServiceJar.start(
            "search",
            root.resolve("services/search/target/quarkus-app/quarkus-run.jar"),
            Map.of("AKHBAR_ES_URL", es, "AKHBAR_SEARCH_INDEX_ALIAS", ALIAS),
            logs,
            serviceJvm())) {
      search.awaitReady(Duration.ofMinutes(2));
      // Every run starts from cold caches: a run does not profit from the one before.
      HTTP.send(
          HttpRequest.newBuilder(URI.create(es + "/" + ALIAS + "/_cache/clear"))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
      List<String> queries = BenchQueries.of(corpus, warmup + requests);
      String load = Files.readString(Path.of("/proc/loadavg")).strip();
      long warmStart = System.nanoTime();
      run(search.base, queries.subList(0, warmup), clients, new AtomicInteger());
      System.out.printf(
          "bench-search: warm-up %,d requests at %.0f/s%n",
          warmup, warmup / ((System.nanoTime() - warmStart) / 1e9));
      List<String> measured = queries.subList(warmup, queries.size());
      AtomicInteger errors = new AtomicInteger();
      CpuSnapshot before = CpuSnapshot.take(es, search.process());
      long start = System.nanoTime();
      Timings timings = run(search.base, measured, clients, errors);
      double seconds = (System.nanoTime() - start) / 1e9;
      CpuSnapshot after = CpuSnapshot.take(es, search.process());
      report(indexed, timings, clients, seconds, load, after.othersShare(before));
      String dump = System.getProperty("akhbar.bench.dump", "").strip();
      if (!dump.isEmpty()) {
        dump(Path.of(dump), measured, timings);
      }
      System.out.print(after.since(before, measured.size()));
      System.out.printf(
          "bench-search: %,d distinct requests among the %,d measured (after %,d warm-up ones),"
              + " %d failed%n",
          new java.util.HashSet<>(measured).size(), measured.size(), warmup, errors.get());
    }
  }

  /**
   * The search service's JVM flags: a 512 MB heap, plus {@code akhbar.bench.service-jvm} (e.g. a
   * flight recording: {@code -XX:StartFlightRecording=filename=search.jfr}).
   */
  private static List<String> serviceJvm() {
    List<String> flags = new java.util.ArrayList<>(List.of("-Xmx512m"));
    String extra = System.getProperty("akhbar.bench.service-jvm", "").strip();
    if (!extra.isEmpty()) {
      flags.addAll(List.of(extra.split("\\s+")));
    }
    return flags;
  }

  /** Per request: the latency seen by the client, Elasticsearch's {@code took} in the answer. */
  record Timings(long[] latencies, long[] tookMs) {}

  private static final Pattern TOOK = Pattern.compile("\"tookMs\":(\\d+)");

  private static Timings run(URI base, List<String> queries, int clients, AtomicInteger errors)
      throws Exception {
    long[] latencies = new long[queries.size()];
    long[] took = new long[queries.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.submit(
          () -> {
            for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
              HttpRequest request =
                  HttpRequest.newBuilder(base.resolve(queries.get(i)))
                      .timeout(Duration.ofSeconds(30))
                      .build();
              long t0 = System.nanoTime();
              try {
                HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                  errors.incrementAndGet();
                }
                Matcher m = TOOK.matcher(response.body());
                took[i] = m.find() ? Long.parseLong(m.group(1)) : -1;
              } catch (Exception e) {
                errors.incrementAndGet();
              }
              latencies[i] = System.nanoTime() - t0;
            }
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
      throw new IllegalStateException("bench-search: clients did not finish in 30 min");
    }
    return new Timings(latencies, took);
  }

  /**
   * Prints the figures. The run is NOISY when processes other than the node, the service and the
   * load generator used more than a tenth of the cores while the measured requests ran ({@code
   * others}, from {@code /proc/stat}); where that is unknown, when the load average before the run
   * exceeded half the cores (which also counts what the previous run left in the average).
   */
  private static void report(
      long docs, Timings timings, int clients, double seconds, String loadBefore, double others) {
    long[] sorted = timings.latencies().clone();
    Arrays.sort(sorted);
    long[] took = Arrays.stream(timings.tookMs()).filter(t -> t >= 0).sorted().toArray();
    int cores = Runtime.getRuntime().availableProcessors();
    double load = Double.parseDouble(loadBefore.split(" ")[0]);
    System.out.printf(
        "bench-search: %,d articles in %s, %d concurrent clients, %,d requests in %.1f s (%.0f/s)%n",
        docs, ALIAS, clients, sorted.length, seconds, sorted.length / seconds);
    System.out.printf(
        "bench-search: latency p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | max %.1f ms"
            + " (target p95 <= 100 ms)%n",
        pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    if (took.length > 0) {
      System.out.printf(
          "bench-search: Elasticsearch's took (in the answers: time in the node) p50 %d ms |"
              + " p95 %d ms | p99 %d ms%n",
          took[(int) Math.ceil(0.50 * took.length) - 1],
          took[(int) Math.ceil(0.95 * took.length) - 1],
          took[(int) Math.ceil(0.99 * took.length) - 1]);
    }
    boolean noisy = others >= 0 ? others > 0.10 : load > cores * 0.5;
    System.out.printf(
        "bench-search: other processes used %s of the %d cores during the measured requests"
            + " (load average before the run %s)%s%n",
        others >= 0 ? String.format("%.0f%%", others * 100) : "an unknown share",
        cores,
        loadBefore.split(" ")[0],
        noisy
            ? " -- NOISY: the machine was busy, the figures are upper bounds; re-measure on a quiet"
                + " machine"
            : "");
  }

  /** One line per measured request, in the order sent: latency µs, took ms, the request. */
  private static void dump(Path file, List<String> measured, Timings timings)
      throws java.io.IOException {
    try (var out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < measured.size(); i++) {
        out.write(
            timings.latencies()[i] / 1000 + "\t" + timings.tookMs()[i] + "\t" + measured.get(i));
        out.newLine();
      }
    }
    System.out.printf("bench-search: each request's latency in %s%n", file);
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  /** Pre-produces the events to a topic of their own, runs the packaged indexer on it. */
  private static void index(
      Path root, Path logs, String kafka, String es, BenchCorpus corpus, int docs)
      throws Exception {
    deleteIndex(es);
    String run = UUID.randomUUID().toString().substring(0, 8);
    String topic = "akhbar-bench-search-" + run + ".enriched";
    String dlq = "akhbar-bench-search-" + run + ".dlq";
    Properties admin = new Properties();
    admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    try (Admin a = Admin.create(admin)) {
      a.createTopics(List.of(new NewTopic(topic, 3, (short) 1), new NewTopic(dlq, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
      try {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "4194304");
        try (KafkaProducer<String, String> producer =
            new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
          for (int i = 0; i < docs; i++) {
            var article = corpus.article(i, docs);
            producer.send(new ProducerRecord<>(topic, article.id(), EventCodec.write(article)));
          }
        }
        Map<String, String> env =
            Map.of(
                "AKHBAR_KAFKA_BOOTSTRAP",
                kafka,
                "AKHBAR_ES_URL",
                es,
                "MP_MESSAGING_INCOMING_ENRICHED_ARTICLES_TOPIC",
                topic,
                "MP_MESSAGING_INCOMING_ENRICHED_ARTICLES_GROUP_ID",
                "akhbar-bench-search-" + run,
                "MP_MESSAGING_INCOMING_ENRICHED_ARTICLES_DEAD_LETTER_QUEUE_TOPIC",
                dlq,
                "AKHBAR_INDEXER_INDEX_ALIAS",
                ALIAS,
                // The indexer merges the indices of ended years once they are quiet (every hour
                // in production, docs/operations.md): the bench's years are 2024 and 2025.
                "AKHBAR_INDEXER_MERGE_EVERY",
                "5s");
        try (ServiceJar indexer =
            ServiceJar.start(
                "indexer",
                root.resolve("services/indexer/target/quarkus-app/quarkus-run.jar"),
                env,
                logs)) {
          long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
          long last = -1;
          while (count(es) < docs) {
            if (System.nanoTime() > deadline) {
              throw new IllegalStateException("bench-search: the indexer did not finish in 20 min");
            }
            long n = count(es);
            if (n / 1000 != last / 1000) {
              System.out.printf("bench-search:   %,d indexed%n", n);
              last = n;
            }
            TimeUnit.SECONDS.sleep(2);
          }
          awaitMerges(es, deadline);
        }
      } finally {
        a.deleteTopics(List.of(topic, dlq)).all().get(30, TimeUnit.SECONDS);
      }
    }
  }

  /** Waits until the indexer has merged every index of an ended year to one segment. */
  private static void awaitMerges(String es, long deadline) throws Exception {
    int thisYear = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
    while (true) {
      Map<String, Long> segments = segments(es);
      boolean merged =
          segments.entrySet().stream()
              .filter(e -> e.getKey().matches(".*-\\d{4}"))
              .filter(
                  e -> Integer.parseInt(e.getKey().substring(e.getKey().length() - 4)) < thisYear)
              .allMatch(e -> e.getValue() <= 1);
      if (merged) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("bench-search: the indexer did not merge " + segments);
      }
      TimeUnit.SECONDS.sleep(2);
    }
  }

  /** Segments of each index of the benchmark's family (primary shards). */
  static Map<String, Long> segments(String es) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(es + "/" + ALIAS + "-*/_stats/segments")).build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, Long> out = new java.util.TreeMap<>();
    JSON.readTree(r.body())
        .path("indices")
        .properties()
        .forEach(
            e ->
                out.put(
                    e.getKey(),
                    e.getValue().path("primaries").path("segments").path("count").asLong()));
    return out;
  }

  /** The version of the index template the indexer of this checkout installs. */
  static long bundledTemplateVersion(Path root) throws Exception {
    Path template =
        root.resolve(
            "services/indexer/src/main/resources/dev/akhbar/indexer/index/"
                + "akhbar-articles.template.json");
    return JSON.readTree(Files.readString(template)).path("version").asLong();
  }

  /**
   * Whether every index of the benchmark was created from template {@code version}: indices of an
   * older one keep its creation-time parameters (e.g. body fields without offsets), so the bench
   * indexes its articles again rather than measure them.
   */
  static boolean createdFrom(String es, long version) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(es + "/" + ALIAS + "-*/_mapping")).build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode indices = JSON.readTree(r.body());
    return r.statusCode() == 200
        && !indices.isEmpty()
        && indices.properties().stream()
            .allMatch(
                e ->
                    e.getValue().path("mappings").path("_meta").path("template_version").asLong()
                        == version);
  }

  static long count(String es) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(es + "/" + ALIAS + "/_count")).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 404) {
      return 0;
    }
    JsonNode body = JSON.readTree(r.body());
    return body.path("count").asLong();
  }

  /** Removes the benchmark's indices and template, so the indexer installs its current ones. */
  private static void deleteIndex(String es) throws Exception {
    for (String path : List.of("/" + ALIAS + "-*", "/_index_template/" + ALIAS)) {
      HTTP.send(
          HttpRequest.newBuilder(URI.create(es + path)).DELETE().build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }
}
