package dev.akhbar.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Consumer groups to delete afterwards (none unless a resource names them). */
  protected List<String> groups() {
    return List.of();
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
