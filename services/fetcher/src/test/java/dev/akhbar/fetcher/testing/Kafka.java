package dev.akhbar.fetcher.testing;

import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.kafka.KafkaClients;
import dev.akhbar.fetcher.kafka.KafkaSeenLog;
import dev.akhbar.fetcher.state.IndexedSeenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The real broker for integration tests (failsafe passes akhbar.kafka.bootstrap). */
public final class Kafka {
  private Kafka() {}

  public static String bootstrap() {
    String fromFailsafe = System.getProperty("akhbar.kafka.bootstrap");
    if (fromFailsafe != null && !fromFailsafe.isBlank()) {
      return fromFailsafe;
    }
    String env = System.getenv("AKHBAR_KAFKA_BOOTSTRAP");
    return env != null && !env.isBlank() ? env : "127.0.0.1:19092";
  }

  /** A seen-store over a topic of the real broker, read back before it returns. */
  public static IndexedSeenStore seenStore(String topic) {
    return new IndexedSeenStore(
            new KafkaSeenLog(new KafkaClients(Map.of("bootstrap.servers", bootstrap())), topic),
            DurableWrites.defaults(Clock.systemUTC()),
            1000)
        .loadNow();
  }

  /** A suffix shared by every class loader of this test JVM, so test topics are this run's own. */
  public static String runSuffix() {
    ProcessHandle self = ProcessHandle.current();
    return self.pid() + "-" + self.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
  }

  public static void createTopic(String name, Map<String, String> configs) throws Exception {
    try (Admin admin = admin()) {
      admin
          .createTopics(List.of(new NewTopic(name, 1, (short) 1).configs(configs)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
  }

  public static void deleteTopics(List<String> names) {
    try (Admin admin = admin()) {
      admin.deleteTopics(names).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // best effort: a test topic left behind does no harm
    }
  }

  private static Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    return Admin.create(p);
  }

  public static void send(String topic, String key, String value) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  /** Reads the topic from the beginning until {@code count} records match, or the timeout. */
  public static List<ConsumerRecord<String, String>> read(
      String topic, int count, Predicate<ConsumerRecord<String, String>> filter, Duration timeout) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "akhbar-fetcher-it-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
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
