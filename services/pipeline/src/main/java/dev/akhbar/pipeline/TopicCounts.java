package dev.akhbar.pipeline;

import dev.akhbar.events.Topics;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records each pipeline topic has received: the sum of its partitions' end offsets. The
 * difference of two readings is what a run produced.
 */
public final class TopicCounts implements AutoCloseable {
  /** The topics a run's progress is read from, in pipeline order. */
  public static final List<String> PIPELINE_TOPICS =
      List.of(
          Topics.PAGES_RAW,
          Topics.ARTICLES_PARSED,
          Topics.ARTICLES_ENRICHED,
          Topics.FETCH_DLQ,
          Topics.PARSER_DLQ,
          Topics.ENRICHER_DLQ,
          Topics.INDEXER_DLQ);

  private final Admin admin;

  public TopicCounts(String bootstrap) {
    this.admin = admin(bootstrap);
  }

  /**
   * An admin client for the harnesses' readings: short timeouts, so an outage is a reading of -1.
   */
  public static Admin admin(String bootstrap) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 8_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 12_000);
    return Admin.create(props);
  }

  /** End offsets summed per topic. */
  public Map<String, Long> read(Collection<String> topics)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<String, TopicDescription> descriptions =
        admin.describeTopics(topics).allTopicNames().get(20, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetSpec> request =
        descriptions.values().stream()
            .flatMap(
                d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
            .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
    Map<String, Long> totals = new HashMap<>();
    topics.forEach(t -> totals.put(t, 0L));
    admin
        .listOffsets(request)
        .all()
        .get(20, TimeUnit.SECONDS)
        .forEach((tp, info) -> totals.merge(tp.topic(), info.offset(), Long::sum));
    return totals;
  }

  @Override
  public void close() {
    admin.close();
  }
}
