package dev.akhbar.pipeline.ledger;

import dev.akhbar.events.Topics;
import dev.akhbar.pipeline.TopicCounts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far behind each stage's consumer group is on its input topic (records not committed). */
public final class Lag implements AutoCloseable {
  /** Consumer group to the topic it reads, in pipeline order. */
  public static final Map<String, String> STAGES =
      Map.of(
          "akhbar-parser", Topics.PAGES_RAW,
          "akhbar-enricher", Topics.ARTICLES_PARSED,
          "akhbar-indexer", Topics.ARTICLES_ENRICHED);

  private final Admin admin;

  public Lag(String bootstrap) {
    this.admin = TopicCounts.admin(bootstrap);
  }

  /** Lag of each group (parser, enricher, indexer order); -1 when the broker does not answer. */
  public Map<String, Long> read() {
    Map<String, Long> result = new LinkedHashMap<>();
    for (String group : new String[] {"akhbar-parser", "akhbar-enricher", "akhbar-indexer"}) {
      result.put(group.substring("akhbar-".length()), lag(group, STAGES.get(group)));
    }
    return result;
  }

  /** Records of {@code topic} the group has not committed yet; -1 if unknown. */
  public long lag(String group, String topic) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(8, TimeUnit.SECONDS);
      var partitions =
          admin
              .describeTopics(java.util.List.of(topic))
              .allTopicNames()
              .get(8, TimeUnit.SECONDS)
              .get(topic)
              .partitions()
              .stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          admin.listOffsets(partitions).all().get(8, TimeUnit.SECONDS);
      long lag = 0;
      for (var e : ends.entrySet()) {
        OffsetAndMetadata c = committed.get(e.getKey());
        lag += e.getValue().offset() - (c == null ? 0 : c.offset());
      }
      return lag;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return -1;
    }
  }

  @Override
  public void close() {
    admin.close(java.time.Duration.ofSeconds(2));
  }
}
