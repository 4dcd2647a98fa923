package dev.akhbar.enricher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.enricher.kafka.StoryReplay;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.support.kafka.KafkaClients;
import dev.akhbar.testsupport.Infra;
import dev.akhbar.testsupport.TestTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Story state survives a restart: a fresh index rebuilt from a real enriched topic. */
class StoryReplayIT {
  static final String TOPIC = "akhbar.it-stories-" + Infra.runId() + ".enriched";

  @BeforeAll
  static void createTopic() {
    TestTopics.create(TestTopics.topic(TOPIC, 2, Map.of()));
  }

  @AfterAll
  static void deleteTopic() {
    TestTopics.delete(List.of(TOPIC));
  }

  @Test
  @Timeout(120)
  void aRestartedEnricherKeepsStoryIdsAndFollowsOtherInstances() throws Exception {
    // before the restart: one instance enriched the article and published it
    Enricher before = TestEnricher.create(new StoryIndex(0.45, Duration.ofDays(14)));
    ParsedArticle original = DemoTexts.arabicArticle();
    EnrichedArticle published = new EnrichedArticle(original, before.enrich(original));
    send(published);

    // after the restart: an empty index, rebuilt from the topic
    StoryIndex index = new StoryIndex(0.45, Duration.ofDays(14));
    try (StoryReplay replay = new StoryReplay(index, StoryReplayIT::consumer, TOPIC)) {
      int restored = replay.catchUp(Duration.ofDays(14), Duration.ofSeconds(30), true);
      assertThat(restored).isEqualTo(1);

      String copy = DemoTexts.AR_TITLE + "\n" + StoryIdTest.otherSiteCopy();
      assertThat(index.assign("other-site-" + UUID.randomUUID(), copy, Instant.now()))
          .isEqualTo(published.enrichment().storyId());

      // an article another instance publishes later is followed too
      ParsedArticle other =
          DemoTexts.article("Kremlin: no date yet", List.of(StoryIdTest.OTHER_STORY_SAME_TOPIC));
      send(new EnrichedArticle(other, before.enrich(other)));
      await().atMost(Duration.ofSeconds(30)).until(() -> index.size() == 3);
    }
  }

  @Test
  @Timeout(120)
  void followsTheTopicOnceItIsCreatedWhenItDidNotExistAtStartup() throws Exception {
    String late = TOPIC + "-late";
    StoryIndex index = new StoryIndex(0.45, Duration.ofDays(14));
    try (StoryReplay replay = new StoryReplay(index, StoryReplayIT::consumer, late)) {
      assertThat(replay.catchUp(Duration.ofDays(14), Duration.ofSeconds(10), true)).isZero();
      TestTopics.create(TestTopics.topic(late));
      Enricher enricher = TestEnricher.get();
      ParsedArticle article = DemoTexts.arabicArticle();
      send(late, new EnrichedArticle(article, enricher.enrich(article)));
      await().atMost(Duration.ofSeconds(45)).until(() -> index.size() == 1);
    } finally {
      TestTopics.delete(List.of(late));
    }
  }

  /** A consumer as the service builds it: from its Kafka configuration, connection part only. */
  private static Consumer<String, String> consumer() {
    return KafkaClients.assignedConsumer(
        Map.of("bootstrap.servers", Infra.kafkaBootstrap(), "group.id", "ignored"),
        "it-stories",
        Map.of());
  }

  private static void send(EnrichedArticle article) throws Exception {
    send(TOPIC, article);
  }

  private static void send(String topic, EnrichedArticle article) throws Exception {
    try (KafkaProducer<String, String> producer = TestTopics.producer()) {
      producer
          .send(new ProducerRecord<>(topic, article.id(), EventCodec.write(article)))
          .get(30, TimeUnit.SECONDS);
    }
  }
}
