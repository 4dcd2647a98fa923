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
import dev.akhbar.pipeline.chaos.Chaos;
import dev.akhbar.pipeline.chaos.Outcome;
import dev.akhbar.pipeline.chaos.Scenarios;
import dev.akhbar.pipeline.feed.ImportFeeder;
import dev.akhbar.pipeline.harness.Stack;
import dev.akhbar.pipeline.pages.PageSource;
import dev.akhbar.testsupport.Infra;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The whole pipeline as deployed: the four packaged services as separate processes (the JVM options
 * of deploy/demo/service-jvm.options), the real Kafka broker and the real Elasticsearch node, the
 * real demo pages; then the short subset of the fault suite ({@code make chaos}): hostile pages and
 * a stage killed mid-stream, with nothing lost and nothing indexed twice.
 */
@Timeout(value = 14, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {
  static final String ARABIC_URL = "https://akhbar-demo.example/2025/02/16/moscow-us-meeting/";
  static final String LISTING_URL = "https://akhbar-demo.example/";
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
  static Path work;
  static Stack stack;
  static Instant startedAt;

  /** Where each dead-letter partition ended when the test began. */
  static Map<TopicPartition, Long> dlqStart;

  static ElasticsearchClient es;

  @BeforeAll
  static void startPipeline() throws Exception {
    endpoints = Endpoints.resolve();
    repoRoot = Infra.repoRoot();
    startedAt = Instant.now();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      dlqStart = consumer.endOffsets(partitionsOf(consumer, DLQ_OF_INPUT.values()));
    }
    es = ElasticsearchClient.of(b -> b.host(endpoints.esUrl()));
    work = repoRoot.resolve("services/pipeline/target/e2e");
    Files.createDirectories(work);
    stack =
        new Stack(
            repoRoot,
            endpoints,
            work.resolve("logs"),
            List.of(repoRoot.resolve("deploy/demo/corpus"), work.resolve("import")));
    stack.startPipeline(Duration.ofSeconds(150));
  }

  @AfterAll
  static void stopPipeline() throws Exception {
    if (stack != null) {
      stack.close();
    }
    if (es != null) {
      es.close();
    }
  }

  /** The fault suite's machinery over the running stack, on the benchmark pages. */
  static Scenarios scenarios(int pages) {
    Path bench = repoRoot.resolve("../shared/bench/extraction-scrapinghub").normalize();
    Assumptions.assumeTrue(Files.isDirectory(bench), "needs ../shared/bench beside the clone");
    String run = "e2e" + System.currentTimeMillis() % 1_000_000;
    Chaos chaos =
        new Chaos(
            stack, endpoints, work, System.out, run, Duration.ofMinutes(4), Duration.ofSeconds(30));
    return new Scenarios(chaos, PageSource.of(bench), pages);
  }

  @Test
  @Order(2)
  void hostilePagesBecomeCutArticlesOrDeadLettersNeverADeadStage() throws Exception {
    Scenarios s = scenarios(10);
    for (Outcome o : List.of(s.numberList(40_000, 10), s.hugeArticle(2 * 1024 * 1024, 10))) {
      assertThat(o.tally().in()).as(o.scenario()).isEqualTo(11);
      assertThat(o.tally().lost()).as(o.line()).isZero();
      assertThat(o.tally().duplicates()).as(o.line()).isZero();
      assertThat(o.recovered()).as(o.line()).isTrue();
    }
  }

  @Test
  @Order(3)
  void aStageKilledMidStreamLosesNothingAndIndexesNothingTwice() throws Exception {
    Outcome o = scenarios(60).killStage("enricher");
    assertThat(o.tally().lost()).as(o.line()).isZero();
    assertThat(o.tally().duplicates()).as(o.line()).isZero();
    assertThat(o.tally().indexed()).as(o.line()).isEqualTo(60);
    assertThat(o.recovered()).as(o.line()).isTrue();
  }

  @Test
  @Order(1)
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
    new ImportFeeder(
            stack.get("fetcher").baseUri(),
            repoRoot.resolve("deploy/demo/corpus"),
            "e2e",
            Duration.ofMinutes(2),
            stack.apiKey())
        .runImport();

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
