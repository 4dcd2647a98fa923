package dev.akhbar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.events.ArticleId;
import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.Topics;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole pipeline as deployed: the four packaged services as separate processes, the real Kafka
 * broker and the real Elasticsearch node, the real demo pages.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class PipelineEndToEndIT {
  static final String ARABIC_URL = "https://akhbar-demo.example/2025/02/16/moscow-us-meeting/";
  static final String LISTING_URL = "https://akhbar-demo.example/";
  static final String FETCHER_KEY = "e2e-" + UUID.randomUUID();
  static final String ARABIC_TITLE = "موسكو: اجتماع روسي أمريكي جديد الأسبوع الجاري";

  /** Input topic of each stage and the dead-letter topic its consumer writes to. */
  static final Map<String, String> DLQ_OF_INPUT =
      Map.of(
          Topics.FETCH_REQUESTS, Topics.FETCH_DLQ,
          Topics.PAGES_RAW, Topics.PARSER_DLQ,
          Topics.ARTICLES_PARSED, Topics.ENRICHER_DLQ,
          Topics.ARTICLES_ENRICHED, Topics.INDEXER_DLQ);

  static Endpoints endpoints;
  static Path repoRoot;
  static final List<ServiceProcess> services = new ArrayList<>();
  static ServiceProcess fetcher;
  static Instant startedAt;

  /** Where each dead-letter partition ended when the test began. */
  static Map<TopicPartition, Long> dlqStart;

  static ElasticsearchClient es;

  @BeforeAll
  static void startPipeline() throws Exception {
    endpoints = Endpoints.resolve();
    repoRoot =
        Path.of(System.getProperty("akhbar.repo.root", "../..")).toAbsolutePath().normalize();
    startedAt = Instant.now();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      dlqStart = consumer.endOffsets(partitionsOf(consumer, DLQ_OF_INPUT.values()));
    }
    es = ElasticsearchClient.of(b -> b.host(endpoints.esUrl()));

    Path logs = repoRoot.resolve("services/pipeline/target/e2e-logs");
    Files.createDirectories(logs);
    Map<String, String> env =
        Map.of(
            "AKHBAR_KAFKA_BOOTSTRAP", endpoints.kafkaBootstrap(),
            "AKHBAR_ES_URL", endpoints.esUrl(),
            "AKHBAR_FETCHER_API_KEYS", FETCHER_KEY,
            "AKHBAR_FETCHER_IMPORT_ROOTS", repoRoot.resolve("deploy/demo/corpus").toString());
    for (String name : List.of("indexer", "enricher", "parser", "fetcher")) {
      ServiceProcess service = ServiceProcess.start(repoRoot, name, env, logs);
      services.add(service);
      if (name.equals("fetcher")) {
        fetcher = service;
      }
    }
    for (ServiceProcess service : services) {
      service.awaitReady(Duration.ofSeconds(150));
    }
  }

  @AfterAll
  static void stopPipeline() throws Exception {
    for (ServiceProcess service : services) {
      service.close();
    }
    if (es != null) {
      es.close();
    }
  }

  @Test
  void demoPagesFlowToTheIndexAndBadInputIsDeadLetteredWhileThePipelineGoesOn() throws Exception {
    // Bad input first: one malformed event on every stage's input topic.
    String badKey = "e2e-malformed-" + UUID.randomUUID();
    try (KafkaProducer<String, String> producer = producer()) {
      for (String topic : DLQ_OF_INPUT.keySet()) {
        producer
            .send(new ProducerRecord<>(topic, badKey, "{\"this is\": not json"))
            .get(10, TimeUnit.SECONDS);
      }
    }

    // Then the demo corpus, through the fetcher's import endpoint, as `make run` does.
    // POST /import answers 202 with a job; GET /import/{id}?wait=N tells when it is done.
    String corpus = repoRoot.resolve("deploy/demo/corpus").toString();
    var response =
        fetcher.postJson(
            "/import",
            "{\"path\":"
                + EventCodec.mapper().writeValueAsString(corpus)
                + ",\"sourceId\":\"e2e\",\"force\":true}",
            "X-Api-Key",
            FETCHER_KEY);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    String job = "/import/" + EventCodec.mapper().readTree(response.body()).get("id").asText();
    JsonNode imported =
        await("demo corpus imported")
            .atMost(Duration.ofMinutes(2))
            .until(
                () ->
                    EventCodec.mapper()
                        .readTree(fetcher.get(job + "?wait=20", "X-Api-Key", FETCHER_KEY).body()),
                s -> !s.get("state").asText().matches("queued|running"));
    assertThat(imported.get("state").asText()).as(imported.toString()).isEqualTo("done");
    assertThat(imported.get("pages").asInt()).isEqualTo(4);

    // Every malformed event reaches its stage's dead-letter topic with a reason.
    Map<String, DeadLetter> deadLetters = awaitDeadLetters(badKey);
    assertThat(deadLetters).containsOnlyKeys(DLQ_OF_INPUT.values());
    deadLetters.values().forEach(dl -> assertThat(dl.reason()).as(dl.stage()).isNotBlank());

    // The Arabic article is indexed, fetched in this run, with its title, a clean body and language
    // ar.
    String arabicId = ArticleId.of(ARABIC_URL);
    JsonNode doc =
        await("Arabic demo article indexed")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> findIndexed(arabicId),
                d ->
                    d != null
                        && !Instant.parse(d.get("fetched_at").asText())
                            .isBefore(startedAt.minusSeconds(1)));
    assertThat(doc.get("title").asText()).isEqualTo(ARABIC_TITLE);
    assertThat(doc.get("language").asText()).isEqualTo("ar");
    String body = doc.get("body").asText();
    assertThat(body)
        .contains("قال سيرجي ريابكوف، نائب وزير الخارجية الروسي")
        .contains("الدبلوماسية")
        .doesNotContain("اخر الاخبار")
        .doesNotContain("اترك تعليقاً")
        .doesNotContain("لن يتم نشر عنوان بريدك الإلكتروني")
        .doesNotContain("الرئيسية")
        .doesNotContain("اشترك في نشرتنا");

    // An inflected form that the body has only as "الدبلوماسية" finds it.
    assertThat(matchIds("دبلوماسي")).contains(arabicId);

    // The home page is not an article: dead-lettered by the parser, never indexed.
    DeadLetter listing = awaitDeadLetter(Topics.PARSER_DLQ, ArticleId.of(LISTING_URL));
    assertThat(listing.reason()).containsIgnoringCase("article");
    assertThat(findIndexed(ArticleId.of(LISTING_URL))).isNull();
  }

  private static JsonNode findIndexed(String id) throws Exception {
    String query = "{\"query\":{\"ids\":{\"values\":[\"" + id + "\"]}}}";
    var response =
        es.search(
            SearchRequest.of(b -> b.index(ArticleSearch.ALIAS).withJson(new StringReader(query))),
            ObjectNode.class);
    List<Hit<ObjectNode>> hits = response.hits().hits();
    return hits.isEmpty() ? null : hits.get(0).source();
  }

  private static List<String> matchIds(String text) throws Exception {
    ObjectNode q = EventCodec.mapper().createObjectNode();
    q.put("size", 50);
    ObjectNode mm = q.putObject("query").putObject("multi_match");
    mm.put("query", text);
    mm.putArray("fields").add("body*");
    var response =
        es.search(
            SearchRequest.of(
                b -> b.index(ArticleSearch.ALIAS).withJson(new StringReader(q.toString()))),
            ObjectNode.class);
    return response.hits().hits().stream().map(Hit::id).toList();
  }

  private static Map<String, DeadLetter> awaitDeadLetters(String key) {
    Map<String, DeadLetter> found = new HashMap<>();
    try (KafkaConsumer<String, String> consumer = consumerFromStart(DLQ_OF_INPUT.values())) {
      await("malformed events dead-lettered by every stage")
          .atMost(Duration.ofMinutes(2))
          .until(
              () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                  if (key.equals(r.key())) {
                    found.put(r.topic(), DeadLetter.from(r));
                  }
                }
                return found.size() == DLQ_OF_INPUT.size();
              });
    }
    return found;
  }

  private static DeadLetter awaitDeadLetter(String topic, String key) {
    try (KafkaConsumer<String, String> consumer = consumerFromStart(List.of(topic))) {
      DeadLetter[] found = new DeadLetter[1];
      await("dead letter " + key + " on " + topic)
          .atMost(Duration.ofMinutes(2))
          .until(
              () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                  if (key.equals(r.key())) {
                    found[0] = DeadLetter.from(r);
                  }
                }
                return found[0] != null;
              });
      return found[0];
    }
  }

  /** A consumer positioned where the dead-letter topics stood when the test began. */
  private static KafkaConsumer<String, String> consumerFromStart(
      java.util.Collection<String> topics) {
    KafkaConsumer<String, String> consumer = consumer();
    List<TopicPartition> partitions = partitionsOf(consumer, topics);
    consumer.assign(partitions);
    partitions.forEach(tp -> consumer.seek(tp, dlqStart.getOrDefault(tp, 0L)));
    return consumer;
  }

  private static List<TopicPartition> partitionsOf(
      KafkaConsumer<String, String> consumer, java.util.Collection<String> topics) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      consumer
          .partitionsFor(topic)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    return partitions;
  }

  private static KafkaConsumer<String, String> consumer() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrap());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
  }

  private static KafkaProducer<String, String> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrap());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }
}
