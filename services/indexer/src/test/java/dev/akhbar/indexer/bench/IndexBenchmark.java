package dev.akhbar.indexer.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.indexer.TestEvents;
import dev.akhbar.indexer.document.ArticleDocuments;
import dev.akhbar.indexer.document.IndexDocument;
import dev.akhbar.indexer.elasticsearch.TemplateInstaller;
import dev.akhbar.indexer.index.IndexLayout;
import dev.akhbar.indexer.index.IndexNames;
import dev.akhbar.indexer.index.IndexTemplate;
import dev.akhbar.testsupport.Infra;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.elasticsearch.client.RestClient;

/**
 * {@code make bench-index}: documents per second through the indexer (the packaged application,
 * reading a topic of pre-produced events and writing to the node) next to a plain bulk loader that
 * writes the same documents straight to the same node with the Elasticsearch client (the ceiling on
 * this machine), and their ratio.
 *
 * <p>System properties: akhbar.bench.docs (default 20000), akhbar.bench.jar (the indexer's
 * quarkus-run.jar), akhbar.kafka.bootstrap, akhbar.es.url.
 */
public final class IndexBenchmark {
  private static final Pattern INDEXED =
      Pattern.compile("akhbar_indexer_documents_total\\{[^}]*result=\"indexed\"[^}]*} ([0-9.E+]+)");

  public static void main(String[] args) throws Exception {
    int docs = Integer.getInteger("akhbar.bench.docs", 20_000);
    String bootstrap = Infra.kafkaBootstrap();
    String esUrl = Infra.esUrl();
    File jar =
        new File(System.getProperty("akhbar.bench.jar", "target/quarkus-app/quarkus-run.jar"));
    if (!jar.isFile()) {
      throw new IllegalStateException("Build the indexer first: " + jar + " is missing");
    }
    String run = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    List<EnrichedArticle> events = events(docs);
    System.out.printf(
        "bench-index: %d documents, run %s, ES %s, Kafka %s%n", docs, run, esUrl, bootstrap);

    try (RestClient rest = RestClient.builder(HttpHost.create(esUrl)).build()) {
      ElasticsearchClient es =
          new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
      IndexNames ceilingNames = new IndexNames("akhbar-bench-" + run + "-ceiling");
      IndexNames indexerNames = new IndexNames("akhbar-bench-" + run + "-indexer");
      try {
        double ceiling = ceiling(es, ceilingNames, events);
        System.out.printf("bench-index: plain bulk loader done: %,.0f docs/s%n", ceiling);
        double indexer = throughIndexer(bootstrap, esUrl, jar, run, indexerNames, events);
        System.out.printf(
            "bench-index: plain bulk loader (ceiling): %,.0f docs/s%n"
                + "bench-index: through the indexer:        %,.0f docs/s%n"
                + "bench-index: ratio indexer/ceiling:      %.2f%n",
            ceiling, indexer, indexer / ceiling);
      } finally {
        cleanUp(es, ceilingNames);
        cleanUp(es, indexerNames);
        deleteTopics(bootstrap, run);
      }
    }
  }

  /** Bulk requests of 500 documents, one at a time, as the indexer sends them. */
  private static double ceiling(
      ElasticsearchClient es, IndexNames names, List<EnrichedArticle> events) throws Exception {
    IndexLayout layout = new IndexLayout(names, 10);
    ArticleDocuments mapper = new ArticleDocuments(layout, EventCodec.mapper());
    TemplateInstaller installer =
        new TemplateInstaller(es, IndexTemplate.load(names), layout, Clock.systemUTC());
    installer.ensureInstalled();
    long start = System.nanoTime();
    List<IndexDocument> batch = new ArrayList<>();
    for (EnrichedArticle e : events) {
      batch.add(mapper.toDocument(e));
      if (batch.size() == 500) {
        send(es, installer, batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      send(es, installer, batch);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return events.size() / seconds;
  }

  private static void send(
      ElasticsearchClient es, TemplateInstaller installer, List<IndexDocument> batch)
      throws Exception {
    BulkRequest.Builder b = new BulkRequest.Builder();
    for (IndexDocument d : batch) {
      installer.ensureIndex(d.index());
      b.operations(
          op ->
              op.index(
                  i ->
                      i.index(d.index())
                          .id(d.id())
                          .version(d.version())
                          .versionType(VersionType.External)
                          .document(BinaryData.of(d.json(), ContentType.APPLICATION_JSON))));
    }
    BulkResponse response = es.bulk(b.build());
    if (response.errors()) {
      throw new IllegalStateException(
          "Ceiling bulk had errors: "
              + response.items().stream()
                  .filter(i -> i.error() != null)
                  .findFirst()
                  .map(i -> i.error().reason())
                  .orElse("?"));
    }
  }

  /** Pre-produces the events, starts the packaged indexer, times it from first to last document. */
  private static double throughIndexer(
      String bootstrap,
      String esUrl,
      File jar,
      String run,
      IndexNames names,
      List<EnrichedArticle> events)
      throws Exception {
    String topic = "akhbar-bench-" + run + ".enriched";
    String dlq = "akhbar-bench-" + run + ".dlq";
    try (Admin admin = admin(bootstrap)) {
      admin
          .createTopics(List.of(new NewTopic(topic, 3, (short) 1), new NewTopic(dlq, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      for (EnrichedArticle e : events) {
        producer.send(new ProducerRecord<>(topic, e.id(), EventCodec.write(e)));
      }
      producer.flush();
    }

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = System.getProperty("java.home") + "/bin/java";
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx512m",
            "-Dquarkus.http.port=" + port,
            "-Dmp.messaging.incoming.enriched-articles.topic=" + topic,
            "-Dmp.messaging.incoming.enriched-articles.group.id=akhbar-bench-" + run,
            "-Dmp.messaging.incoming.enriched-articles.dead-letter-queue.topic=" + dlq,
            "-Dakhbar.indexer.index-alias=" + names.alias(),
            "-jar",
            jar.getAbsolutePath());
    pb.environment().put("AKHBAR_KAFKA_BOOTSTRAP", bootstrap);
    pb.environment().put("AKHBAR_ES_URL", esUrl);
    File log =
        new File(System.getProperty("akhbar.bench.dir", "target"), "bench-index-indexer.log");
    pb.redirectErrorStream(true).redirectOutput(log);
    Process indexer = pb.start();
    try (RestClient rest = RestClient.builder(HttpHost.create(esUrl)).build()) {
      ElasticsearchClient es =
          new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
      HttpClient http = HttpClient.newHttpClient();
      URI metrics = URI.create("http://127.0.0.1:" + port + "/q/metrics");
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      long first = 0;
      double firstCount = 0;
      double firstCpu = 0;
      long lastIndexCheck = 0;
      while (System.nanoTime() < deadline) {
        if (!indexer.isAlive()) {
          throw new IllegalStateException("The indexer exited; see " + log);
        }
        double count = indexed(http, metrics);
        long now = System.nanoTime();
        if (first == 0 && count > 0) {
          first = now;
          firstCount = count;
          firstCpu = cpuSeconds(indexer.pid());
        }
        // The metric is the clock; the index is the judge of completion (a counter can miss the
        // documents of a bulk that ran while the metrics registry was still being set up).
        boolean complete = count >= events.size();
        if (!complete && first != 0 && now - lastIndexCheck > TimeUnit.SECONDS.toNanos(1)) {
          lastIndexCheck = now;
          complete = es.count(c -> c.index(names.alias())).count() >= events.size();
        }
        if (complete) {
          double seconds = (now - first) / 1e9;
          double cpu = cpuSeconds(indexer.pid()) - firstCpu;
          System.out.printf(
              "bench-index: indexer CPU (user+system) %.1f s for %.0f documents: %.0f ms per 1000"
                  + " (less sensitive to a busy machine than docs/s)%n",
              cpu, events.size() - firstCount, 1000 * 1000 * cpu / (events.size() - firstCount));
          return (events.size() - firstCount) / seconds;
        }
        TimeUnit.MILLISECONDS.sleep(100);
      }
      throw new IllegalStateException(
          "The indexer did not index " + events.size() + " documents in 10 min");
    } finally {
      indexer.destroy();
      if (!indexer.waitFor(30, TimeUnit.SECONDS)) {
        indexer.destroyForcibly();
      }
    }
  }

  /** CPU time the process used so far (Linux /proc), 0 where unknown. */
  private static double cpuSeconds(long pid) {
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime; CLK_TCK 100
    } catch (Exception unknown) {
      return 0;
    }
  }

  private static double indexed(HttpClient http, URI metrics) {
    try {
      String body =
          http.send(
                  HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = INDEXED.matcher(body);
      return m.find() ? Double.parseDouble(m.group(1)) : 0;
    } catch (Exception notUpYet) {
      return 0;
    }
  }

  /** Articles in three languages, about 2 KB each, spread over three publication months. */
  static List<EnrichedArticle> events(int n) {
    String[] langs = {"ar", "en", "fr"};
    String[] bodies = {
      "قالت الخارجية إن الدبلوماسية الروسية نشطة هذا الأسبوع وإن فريقين من روسيا والولايات المتحدة يخططان لعقد اجتماع. ",
      "Ministers negotiated a ceasefire on Sunday while diplomats from both countries prepared a new round of talks. ",
      "Les négociations continuent entre les deux délégations, qui doivent se retrouver cette semaine à Genève. "
    };
    List<EnrichedArticle> events = new ArrayList<>(n);
    Instant fetched = Instant.parse("2025-03-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      int l = i % 3;
      String id = String.format(Locale.ROOT, "%032x", i + 1L);
      OffsetDateTime published =
          OffsetDateTime.of(2025, 1 + (i % 3), 1 + (i % 28), 10, 0, 0, 0, ZoneOffset.UTC);
      events.add(
          TestEvents.article(
              id,
              langs[l],
              "Article " + i,
              bodies[l].repeat(12),
              fetched.plusSeconds(i),
              published,
              TestEvents.sample().enrichment().places()));
    }
    return events;
  }

  private static void cleanUp(ElasticsearchClient es, IndexNames names) {
    try {
      var indices =
          es.indices().get(g -> g.index(names.pattern()).allowNoIndices(true)).indices().keySet();
      if (!indices.isEmpty()) {
        es.indices().delete(d -> d.index(List.copyOf(indices)));
      }
      if (es.indices().existsIndexTemplate(e -> e.name(names.templateName())).value()) {
        es.indices().deleteIndexTemplate(d -> d.name(names.templateName()));
      }
    } catch (Exception e) {
      System.err.println("bench-index: could not clean up " + names.alias() + ": " + e);
    }
  }

  private static void deleteTopics(String bootstrap, String run) {
    try (Admin admin = admin(bootstrap)) {
      admin
          .deleteTopics(
              List.of("akhbar-bench-" + run + ".enriched", "akhbar-bench-" + run + ".dlq"))
          .all()
          .get(30, TimeUnit.SECONDS);
      admin.deleteConsumerGroups(List.of("akhbar-bench-" + run)).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("bench-index: could not delete bench topics: " + e);
    }
  }

  private static Admin admin(String bootstrap) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return Admin.create(p);
  }
}
