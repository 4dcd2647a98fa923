package dev.akhbar.support.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Kafka clients a service builds by hand (a replay, a state store) connect exactly as its messaging
 * channels do: they start from the service's shared Kafka configuration (Quarkus exposes {@code
 * kafka.*} and every {@code KAFKA_*} env var as the {@code default-kafka-broker} map), keeping
 * where the brokers are and how to reach them: the security protocol, SASL and TLS settings, DNS
 * lookup. Tuning for one channel (serializers, group ids) is left out; the caller adds its own.
 */
public final class KafkaClients {
  /** Keys, or prefixes ending in '.', of the connection settings. */
  static final List<String> CONNECTION =
      List.of("bootstrap.servers", "security.protocol", "client.dns.lookup", "sasl.", "ssl.");

  private KafkaClients() {}

  /** The connection settings of a service's Kafka configuration. */
  public static Map<String, Object> connection(Map<String, ?> kafkaConfig) {
    Map<String, Object> settings = new HashMap<>();
    kafkaConfig.forEach(
        (key, value) -> {
          if (value != null && isConnection(key)) {
            settings.put(key, value);
          }
        });
    if (settings.get("bootstrap.servers") == null) {
      throw new IllegalArgumentException("kafka.bootstrap.servers is not set");
    }
    return settings;
  }

  static boolean isConnection(String key) {
    for (String c : CONNECTION) {
      if (c.endsWith(".") ? key.startsWith(c) : key.equals(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A String consumer that commits nothing and joins no group (it is assigned partitions), with the
   * service's connection settings plus {@code extra}.
   */
  public static KafkaConsumer<String, String> assignedConsumer(
      Map<String, ?> kafkaConfig, String clientId, Map<String, Object> extra) {
    Properties props = new Properties();
    props.putAll(connection(kafkaConfig));
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    props.putAll(extra);
    return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
  }
}
