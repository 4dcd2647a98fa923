package dev.akhbar.parser;

import dev.akhbar.testsupport.Infra;
import dev.akhbar.testsupport.KafkaTopicsResource;
import dev.akhbar.testsupport.TestTopics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Points the parser at topics of this test run on the real broker and at a group of its own, so
 * that what the test sends never reaches the services or tests that use the real topics.
 */
public class OwnKafkaTopics extends KafkaTopicsResource {
  static final String RUN = Infra.runId();
  static final String RAW = "akhbar.it.pages.raw." + RUN;
  static final String PARSED = "akhbar.it.articles.parsed." + RUN;
  static final String DLQ = "akhbar.parser.dlq.it-" + RUN;
  static final String GROUP = "akhbar-parser-it-" + RUN;

  @Override
  protected List<NewTopic> topics() {
    Map<String, String> big = Map.of("max.message.bytes", "16777216");
    return List.of(
        TestTopics.topic(RAW, 1, big),
        TestTopics.topic(PARSED, 1, Map.of("max.message.bytes", "4194304")),
        TestTopics.topic(DLQ, 1, big));
  }

  @Override
  protected Map<String, String> config() {
    return merge(incoming(Channels.RAW_PAGES, RAW, GROUP, DLQ), outgoing(Channels.PARSED, PARSED));
  }
}
