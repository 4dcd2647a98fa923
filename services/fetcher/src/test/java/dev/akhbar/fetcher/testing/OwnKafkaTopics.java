package dev.akhbar.fetcher.testing;

import dev.akhbar.fetcher.Channels;
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
    Map<String, String> config =
        merge(
            incoming(Channels.FETCH_REQUESTS, REQUESTS, GROUP, DLQ),
            outgoing(Channels.RAW_PAGES, RAW),
            outgoing(Channels.FETCH_DLQ, DLQ));
    config.put("quarkus.log.file.enabled", "true");
    config.put("quarkus.log.file.path", "target/fetcher-it.log");
    config.put("akhbar.fetcher.seen.store", "kafka");
    config.put("akhbar.kafka.client.seen-store.topic", SEEN);
    config.put("akhbar.fetcher.import.paths", "");
    return config;
  }
}
