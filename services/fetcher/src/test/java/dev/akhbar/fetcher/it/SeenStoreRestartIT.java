package dev.akhbar.fetcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.Url;
import dev.akhbar.fetcher.state.IndexedSeenStore;
import dev.akhbar.fetcher.state.SeenStore;
import dev.akhbar.fetcher.testing.Kafka;
import dev.akhbar.testsupport.Infra;
import dev.akhbar.testsupport.TestTopics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A fetcher restarted over a seen topic of the real broker knows every page in it (and forgets the
 * deleted ones) from the compacted topic alone. The large-scale figure (5 million URLs) is {@code
 * make bench-seen}; this keeps to 20,000.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SeenStoreRestartIT {
  private static final int PAGES = 20_000;
  private static final int DELETED = 100;
  private static final Instant T0 = Instant.parse("2025-02-16T07:30:00Z");
  private final String topic =
      "akhbar.it.fetch.seen.load." + Infra.runId() + "-" + System.nanoTime();

  @AfterEach
  void delete() {
    TestTopics.delete(List.of(topic));
  }

  private static Url url(int i) {
    return Url.parse("https://seen.example/2025/article-" + i);
  }

  @Test
  void aRestartedStoreKnowsEveryPageOfTheTopicAndNoDeletedOne() throws Exception {
    TestTopics.create(TestTopics.topic(topic, 3, Map.of("cleanup.policy", "compact")));
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap());
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      for (int i = 0; i < PAGES; i++) {
        Url u = url(i);
        producer.send(
            new ProducerRecord<>(
                topic,
                u.articleId(),
                "{\"kind\":\"page\",\"url\":\""
                    + u.canonical()
                    + "\",\"fetchedAt\":\""
                    + T0
                    + "\"}"));
      }
      for (int i = 0; i < DELETED; i++) {
        producer.send(new ProducerRecord<>(topic, url(i).articleId(), null));
      }
      producer.flush();
    }

    long started = System.nanoTime();
    IndexedSeenStore store = Kafka.seenStore(topic);
    long loadMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.printf(
        "SeenStoreRestartIT: %d records read back in %d ms (development figure, loaded machine)%n",
        store.status().records(), loadMs);

    assertThat(store.status().pages()).isEqualTo(PAGES - DELETED);
    for (int i = 0; i < PAGES; i++) {
      assertThat(store.contains(url(i))).as("page %d", i).isEqualTo(i >= DELETED);
    }
    store.markPage(Url.parse("https://seen.example/new"), T0, null);
    store.saveFeed(Url.parse("https://seen.example/feed"), new SeenStore.Feed("\"e1\"", null, T0));
    store.close();

    IndexedSeenStore again = Kafka.seenStore(topic);
    assertThat(again.contains(Url.parse("https://SEEN.example/new?utm_campaign=x"))).isTrue();
    assertThat(again.feed(Url.parse("https://seen.example/feed")).orElseThrow().etag())
        .isEqualTo("\"e1\"");
    assertThat(again.status().pages()).isEqualTo(PAGES - DELETED + 1);
    again.close();
  }
}
