package dev.akhbar.fetcher.testing;

import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.kafka.KafkaClients;
import dev.akhbar.fetcher.kafka.KafkaSeenLog;
import dev.akhbar.fetcher.state.IndexedSeenStore;
import dev.akhbar.testsupport.Infra;
import dev.akhbar.testsupport.TestTopics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Records on the real broker ({@link Infra#kafkaBootstrap()}), and a seen-store over it. */
public final class Kafka {
  private Kafka() {}

  /** A seen-store over a topic of the real broker, read back before it returns. */
  public static IndexedSeenStore seenStore(String topic) {
    return new IndexedSeenStore(
            new KafkaSeenLog(
                new KafkaClients(Map.of("bootstrap.servers", Infra.kafkaBootstrap())), topic),
            DurableWrites.defaults(Clock.systemUTC()),
            1000)
        .loadNow();
  }

  public static void send(String topic, String key, String value) throws Exception {
    try (KafkaProducer<String, String> producer = TestTopics.producer()) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  /** Reads the topic from the beginning until {@code count} records match, or the timeout. */
  public static List<ConsumerRecord<String, String>> read(
      String topic, int count, Predicate<ConsumerRecord<String, String>> filter, Duration timeout) {
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, String> consumer =
        TestTopics.consumer("akhbar-fetcher-it-" + UUID.randomUUID())) {
      consumer.subscribe(List.of(topic));
      while (found.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(250))) {
          if (filter.test(r)) {
            found.add(r);
          }
        }
      }
    }
    return found;
  }
}
