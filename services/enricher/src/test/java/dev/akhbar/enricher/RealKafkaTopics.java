package dev.akhbar.enricher;

import dev.akhbar.testsupport.Infra;
import dev.akhbar.testsupport.KafkaTopicsResource;
import dev.akhbar.testsupport.TestTopics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;

/** Points the enricher at the real broker with topics and a consumer group of this run. */
public class RealKafkaTopics extends KafkaTopicsResource {
  public static final String RUN = Infra.runId();
  public static final String PARSED = "akhbar.it-enricher-" + RUN + ".parsed";
  public static final String ENRICHED = "akhbar.it-enricher-" + RUN + ".enriched";
  public static final String DLQ = "akhbar.it-enricher-" + RUN + ".dlq";
  static final String GROUP = "akhbar-enricher-it-" + RUN;

  @Override
  protected List<NewTopic> topics() {
    return List.of(TestTopics.topic(PARSED), TestTopics.topic(ENRICHED), TestTopics.topic(DLQ));
  }

  @Override
  protected Map<String, String> config() {
    // the story replay follows the outgoing topic too (akhbar.kafka.client.story-replay.topic): it
    // reads this run's output, not the real topic, where a copy of a demo article from another run
    // would give it that run's story id
    return merge(
        incoming(Channels.PARSED, PARSED, GROUP, DLQ), outgoing(Channels.ENRICHED, ENRICHED));
  }
}
