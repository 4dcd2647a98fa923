package dev.akhbar.fetcher.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** Topics of one benchmark run on the local broker, and the env that points the fetcher at them. */
final class BenchTopics implements AutoCloseable {
  final String raw;
  final String dlq;
  final String requests;
  final String seen;
  private final boolean keep;

  BenchTopics(String run, boolean keep) throws Exception {
    this(run, keep, false);
  }

  /**
   * @param exist the topics were made by an earlier run: use them as they are
   */
  BenchTopics(String run, boolean keep, boolean exist) throws Exception {
    this.raw = "akhbar.bench." + run + ".pages.raw";
    this.dlq = "akhbar.bench." + run + ".fetch.dlq";
    this.requests = "akhbar.bench." + run + ".fetch.requests";
    this.seen = "akhbar.bench." + run + ".fetch.seen";
    this.keep = keep;
    if (exist) {
      return;
    }
    try (Admin admin = admin()) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(raw, 3, (short) 1).configs(Map.of("max.message.bytes", "16777216")),
                  new NewTopic(dlq, 1, (short) 1),
                  new NewTopic(requests, 1, (short) 1),
                  new NewTopic(seen, 3, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
          .all()
          .get(60, TimeUnit.SECONDS);
    }
  }

  static Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, FetcherProcess.bootstrap());
    return Admin.create(p);
  }

  /** Env vars that point the packaged fetcher at these topics. */
  Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("MP_MESSAGING_OUTGOING_RAW_PAGES_TOPIC", raw);
    env.put("MP_MESSAGING_OUTGOING_FETCH_DLQ_TOPIC", dlq);
    env.put("MP_MESSAGING_INCOMING_FETCH_REQUESTS_TOPIC", requests);
    env.put("MP_MESSAGING_INCOMING_FETCH_REQUESTS_DEAD_LETTER_QUEUE_TOPIC", dlq);
    env.put("MP_MESSAGING_INCOMING_FETCH_REQUESTS_GROUP_ID", requests + ".group");
    env.put("AKHBAR_KAFKA_CLIENT_SEEN_STORE_TOPIC", seen);
    return env;
  }

  /** Records in a topic (sum of its end offsets). */
  static long records(String topic) throws Exception {
    try (Admin admin = admin()) {
      int partitions =
          admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
      Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
      for (int i = 0; i < partitions; i++) {
        ask.put(new TopicPartition(topic, i), OffsetSpec.latest());
      }
      return admin.listOffsets(ask).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }
  }

  @Override
  public void close() throws Exception {
    if (keep) {
      return;
    }
    try (Admin admin = admin()) {
      admin.deleteTopics(List.of(raw, dlq, requests, seen)).all().get(60, TimeUnit.SECONDS);
    }
  }
}
