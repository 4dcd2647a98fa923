package dev.akhbar.fetcher.testing;

import dev.akhbar.testsupport.Infra;
import dev.akhbar.testsupport.KafkaTopicsResource;
import dev.akhbar.testsupport.TestTopics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;

/** Points the app at topics and a consumer group of this test run on the real broker. */
public class OwnKafkaTopics extends KafkaTopicsResource {
  public static final String RAW = "akhbar.it.pages.raw." + Infra.runId();
  public static final String REQUESTS = "akhbar.it.fetch.requests." + Infra.runId();
  public static final String DLQ = "akhbar.it.fetch.dlq." + Infra.runId();
  public static final String SEEN = "akhbar.it.fetch.seen." + Infra.runId();
  static final String GROUP = "akhbar-fetcher-it-" + Infra.runId();

  @Override
  protected List<NewTopic> topics() {
    return List.of(
        TestTopics.topic(RAW, 1, Map.of("max.message.bytes", "16777216")),
        TestTopics.topic(REQUESTS),
        TestTopics.topic(DLQ),
        TestTopics.topic(SEEN, 1, Map.of("cleanup.policy", "compact")));
  }

  @Override
  protected Map<String, String> config() {
    return Map.ofEntries(
        Map.entry("quarkus.log.file.enabled", "true"),
        Map.entry("quarkus.log.file.path", "target/fetcher-it.log"),
        Map.entry("mp.messaging.outgoing.raw-pages.topic", RAW),
        Map.entry("mp.messaging.outgoing.fetch-dlq.topic", DLQ),
        Map.entry("mp.messaging.incoming.fetch-requests.topic", REQUESTS),
        Map.entry("mp.messaging.incoming.fetch-requests.dead-letter-queue.topic", DLQ),
        Map.entry("mp.messaging.incoming.fetch-requests.group.id", GROUP),
        Map.entry("akhbar.fetcher.seen.store", "kafka"),
        Map.entry("akhbar.kafka.client.seen-store.topic", SEEN),
        Map.entry("akhbar.fetcher.import.paths", ""));
  }

  @Override
  protected List<String> groups() {
    return List.of(GROUP);
  }
}
