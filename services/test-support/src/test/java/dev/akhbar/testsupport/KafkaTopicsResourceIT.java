package dev.akhbar.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/** On the real broker: the resource's topics exist while it runs and are gone after. */
class KafkaTopicsResourceIT {
  static final String TOPIC = "akhbar.it.test-support." + Infra.runId();

  static class Resource extends KafkaTopicsResource {
    @Override
    protected List<NewTopic> topics() {
      return List.of(TestTopics.topic(TOPIC, 2, Map.of("retention.ms", "60000")));
    }

    @Override
    protected Map<String, String> config() {
      return Map.of("mp.messaging.incoming.in.topic", TOPIC);
    }
  }

  @Test
  void createsTheRunsTopicsBeforeTheAppAndDeletesThemAfter() throws Exception {
    Resource resource = new Resource();
    Map<String, String> config = resource.start();
    try (Admin admin = TestTopics.admin()) {
      assertThat(config)
          .containsEntry("kafka.bootstrap.servers", Infra.kafkaBootstrap())
          .containsEntry("mp.messaging.incoming.in.topic", TOPIC);
      assertThat(topics(admin)).contains(TOPIC);
      assertThat(
              admin
                  .describeTopics(List.of(TOPIC))
                  .allTopicNames()
                  .get(30, TimeUnit.SECONDS)
                  .get(TOPIC)
                  .partitions())
          .hasSize(2);
      resource.stop();
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(topics(admin)).doesNotContain(TOPIC));
    }
  }

  private static java.util.Set<String> topics(Admin admin) throws Exception {
    return admin.listTopics().names().get(30, TimeUnit.SECONDS);
  }
}
