package dev.akhbar.enricher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.enricher.kafka.StoryReplay;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.support.kafka.KafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Story state survives a restart: a fresh index rebuilt from a real enriched topic. */
class StoryReplayIT {
  static final String TOPIC =
      "akhbar.it-stories-" + UUID.randomUUID().toString().substring(0, 8) + ".enriched";

  @BeforeAll
  static void createTopic() throws Exception {
    try (Admin admin = Admin.create(adminProps())) {
      admin
          .createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
  }

  @AfterAll
  static void deleteTopic() {
    try (Admin admin = Admin.create(adminProps())) {
      admin.deleteTopics(List.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // unique name per run: a leftover is harmless
    }
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
      try (Admin admin = Admin.create(adminProps())) {
        admin
            .createTopics(List.of(new NewTopic(late, 1, (short) 1)))
            .all()
            .get(30, TimeUnit.SECONDS);
      }
      Enricher enricher = TestEnricher.get();
      ParsedArticle article = DemoTexts.arabicArticle();
      send(late, new EnrichedArticle(article, enricher.enrich(article)));
      await().atMost(Duration.ofSeconds(45)).until(() -> index.size() == 1);
    } finally {
      try (Admin admin = Admin.create(adminProps())) {
        admin.deleteTopics(List.of(late)).all().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        // unique name per run
      }
    }
  }

  /** A consumer as the service builds it: from its Kafka configuration, connection part only. */
  private static Consumer<String, String> consumer() {
    return KafkaClients.assignedConsumer(
        Map.of("bootstrap.servers", RealKafkaTopics.bootstrap(), "group.id", "ignored"),
        "it-stories",
        Map.of());
  }

  private static void send(EnrichedArticle article) throws Exception {
    send(TOPIC, article);
  }

  private static void send(String topic, EnrichedArticle article) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaTopics.bootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      producer
          .send(new ProducerRecord<>(topic, article.id(), EventCodec.write(article)))
          .get(30, TimeUnit.SECONDS);
    }
  }

  private static Properties adminProps() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaTopics.bootstrap());
    return props;
  }
}
