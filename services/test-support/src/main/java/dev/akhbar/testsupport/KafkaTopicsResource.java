package dev.akhbar.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A Quarkus test resource that points the application under test at the real broker, on topics of
 * this run (created before the application starts, deleted after it stops), so that what a test
 * sends never reaches the services or other tests using the real topics of the same broker.
 *
 * <p>A service's test declares its topics and the configuration naming them (channel topics, a
 * consumer group of the run, its dead-letter topic); see the services' {@code *KafkaIT}s.
 */
public abstract class KafkaTopicsResource implements QuarkusTestResourceLifecycleManager {
  /** The topics to create for the run. */
  protected abstract List<NewTopic> topics();

  /** The application's configuration: channels to the run's topics and groups. */
  protected abstract Map<String, String> config();

  private final Set<String> groups = new LinkedHashSet<>();

  /** Consumer groups to delete afterwards: those named by {@link #incoming}. */
  protected List<String> groups() {
    return List.copyOf(groups);
  }

  /**
   * An incoming channel on {@code topic}, in {@code group} (deleted after the run), its dead
   * letters to {@code dlq}.
   */
  protected Map<String, String> incoming(String channel, String topic, String group, String dlq) {
    groups.add(group);
    String p = "mp.messaging.incoming." + channel + ".";
    return Map.of(p + "topic", topic, p + "group.id", group, p + "dead-letter-queue.topic", dlq);
  }

  /** An outgoing channel on {@code topic}. */
  protected static Map<String, String> outgoing(String channel, String topic) {
    return Map.of("mp.messaging.outgoing." + channel + ".topic", topic);
  }

  /** The parts of a configuration as one map. */
  @SafeVarargs
  protected static Map<String, String> merge(Map<String, String>... parts) {
    Map<String, String> config = new HashMap<>();
    for (Map<String, String> part : parts) {
      config.putAll(part);
    }
    return config;
  }

  @Override
  public Map<String, String> start() {
    TestTopics.create(topics());
    Map<String, String> config = new HashMap<>(config());
    config.put("kafka.bootstrap.servers", Infra.kafkaBootstrap());
    return config;
  }

  @Override
  public void stop() {
    TestTopics.delete(topics().stream().map(NewTopic::name).toList(), groups());
  }
}
