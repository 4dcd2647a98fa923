package dev.akhbar.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** On the real broker: the resource's topics exist while it runs and are gone after. */
class KafkaTopicsResourceIT {
  static final String TOPIC = "akhbar.it.test-support." + Infra.runId();
  static final String GROUP = "akhbar-test-support-it-" + Infra.runId();

  static class Resource extends KafkaTopicsResource {
    @Override
    protected List<NewTopic> topics() {
      return List.of(TestTopics.topic(TOPIC, 2, Map.of("retention.ms", "60000")));
    }

    @Override
    protected List<String> groups() {
      return List.of(GROUP);
    }

    @Override
    protected Map<String, String> config() {
      return Map.of("mp.messaging.incoming.in.topic", TOPIC);
    }
  }

  @Test
  void createsTheRunsTopicsBeforeTheAppCarriesRecordsAndDeletesThemAfter() throws Exception {
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
      try (var producer = TestTopics.producer();
          var consumer = TestTopics.consumer(GROUP)) {
        producer.send(new ProducerRecord<>(TOPIC, "k", "v")).get(30, TimeUnit.SECONDS);
        consumer.subscribe(List.of(TOPIC));
        List<String> values = new ArrayList<>();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                  return !values.isEmpty();
                });
        assertThat(values).containsExactly("v");
      }
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
