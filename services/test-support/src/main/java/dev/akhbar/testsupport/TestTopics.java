package dev.akhbar.testsupport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Topics of one test run on the real broker ({@link Infra#kafkaBootstrap()}), and clients of it.
 */
public final class TestTopics {
  private TestTopics() {}

  /** A topic of one partition and one replica (the local broker has one node). */
  public static NewTopic topic(String name) {
    return topic(name, 1, Map.of());
  }

  public static NewTopic topic(String name, int partitions, Map<String, String> configs) {
    return new NewTopic(name, partitions, (short) 1).configs(configs);
  }

  /** Creates the topics, or fails saying which broker did not answer. */
  public static void create(Collection<NewTopic> topics) {
    try (Admin admin = admin()) {
      admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot create test topics on " + Infra.kafkaBootstrap() + " (is `make up` running?)", e);
    }
  }

  public static void create(NewTopic... topics) {
    create(List.of(topics));
  }

  /**
   * Deletes the topics and consumer groups, best effort: what a broker that went away keeps does no
   * harm, the names being this run's own.
   */
  public static void delete(Collection<String> topics, Collection<String> groups) {
    try (Admin admin = admin()) {
      if (!topics.isEmpty()) {
        admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
      }
      if (!groups.isEmpty()) {
        admin.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      System.err.println(
          "Could not delete test topics " + topics + " / groups " + groups + ": " + e);
    }
  }

  public static void delete(Collection<String> topics) {
    delete(topics, List.of());
  }

  /** A producer of string keys and values to the real broker; the caller closes it. */
  public static KafkaProducer<String, String> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  /**
   * A consumer of string keys and values in {@code group}, from the earliest offset when the group
   * has none; the caller subscribes and closes it.
   */
  public static KafkaConsumer<String, String> consumer(String group) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }

  /** An admin client of the real broker; the caller closes it. */
  public static Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap());
    return Admin.create(p);
  }
}
