package dev.akhbar.pipeline.bench;

import dev.akhbar.events.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Kafka housekeeping for the stage-alone runs: topics of their own for a stage's output and dead
 * letters (created like the contract's, removed afterwards), end offsets, and a consumer group set
 * to start where the measured run started.
 */
final class ScratchTopics implements AutoCloseable {
  private final Admin admin;
  private final List<String> created = new ArrayList<>();

  ScratchTopics(String bootstrap) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    this.admin = Admin.create(props);
  }

  /** A new topic with the partitions and configs of the contract topic {@code like}. */
  String create(String name, String like) throws Exception {
    Topics.Spec spec =
        Topics.specs().stream().filter(s -> s.name().equals(like)).findFirst().orElseThrow();
    admin
        .createTopics(
            List.of(new NewTopic(name, spec.partitions(), (short) 1).configs(spec.configs())))
        .all()
        .get(30, TimeUnit.SECONDS);
    created.add(name);
    return name;
  }

  /** End offset of each partition of the topics. */
  Map<TopicPartition, Long> ends(Collection<String> topics) throws Exception {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    admin
        .describeTopics(topics)
        .allTopicNames()
        .get(30, TimeUnit.SECONDS)
        .forEach(
            (name, d) ->
                d.partitions()
                    .forEach(
                        p ->
                            request.put(
                                new TopicPartition(name, p.partition()), OffsetSpec.latest())));
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin
        .listOffsets(request)
        .all()
        .get(30, TimeUnit.SECONDS)
        .forEach((tp, info) -> ends.put(tp, info.offset()));
    return ends;
  }

  /** Records in the topics now: the sum of their end offsets. */
  long count(Collection<String> topics) throws Exception {
    return ends(topics).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Makes a new consumer group start at the given offsets. */
  void startGroupAt(String group, Map<TopicPartition, Long> offsets) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
    offsets.forEach((tp, o) -> commit.put(tp, new OffsetAndMetadata(o)));
    admin.alterConsumerGroupOffsets(group, commit).all().get(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    try {
      if (!created.isEmpty()) {
        admin.deleteTopics(created).all().get(60, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      // a leftover scratch topic is harmless; its name says where it came from
    } finally {
      admin.close();
    }
  }
}
