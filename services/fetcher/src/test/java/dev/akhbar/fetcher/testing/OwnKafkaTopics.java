package dev.akhbar.fetcher.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * Points the app at topics of this test run on the real broker, created before the app starts (so
 * its consumer finds them) and deleted afterwards.
 */
public class OwnKafkaTopics implements QuarkusTestResourceLifecycleManager {
  public static final String RAW = "akhbar.it.pages.raw." + Kafka.runSuffix();
  public static final String REQUESTS = "akhbar.it.fetch.requests." + Kafka.runSuffix();
  public static final String DLQ = "akhbar.it.fetch.dlq." + Kafka.runSuffix();
  public static final String SEEN = "akhbar.it.fetch.seen." + Kafka.runSuffix();

  @Override
  public Map<String, String> start() {
    try {
      Kafka.createTopic(RAW, Map.of("max.message.bytes", "16777216"));
      Kafka.createTopic(REQUESTS, Map.of());
      Kafka.createTopic(DLQ, Map.of());
      Kafka.createTopic(SEEN, Map.of("cleanup.policy", "compact"));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create the test topics on " + Kafka.bootstrap(), e);
    }
    return Map.ofEntries(
        Map.entry("quarkus.log.file.enabled", "true"),
        Map.entry("quarkus.log.file.path", "target/fetcher-it.log"),
        Map.entry("kafka.bootstrap.servers", Kafka.bootstrap()),
        Map.entry("mp.messaging.outgoing.raw-pages.topic", RAW),
        Map.entry("mp.messaging.outgoing.fetch-dlq.topic", DLQ),
        Map.entry("mp.messaging.incoming.fetch-requests.topic", REQUESTS),
        Map.entry("mp.messaging.incoming.fetch-requests.dead-letter-queue.topic", DLQ),
        Map.entry(
            "mp.messaging.incoming.fetch-requests.group.id",
            "akhbar-fetcher-it-" + Kafka.runSuffix()),
        Map.entry("akhbar.fetcher.seen.store", "kafka"),
        Map.entry("akhbar.kafka.client.seen-store.topic", SEEN),
        Map.entry("akhbar.fetcher.import.paths", ""));
  }

  @Override
  public void stop() {
    Kafka.deleteTopics(List.of(RAW, REQUESTS, DLQ, SEEN));
  }
}
