package dev.akhbar.fetcher.state;

import java.util.Map;
import java.util.TreeMap;

/**
 * The connection part of the service's shared Kafka configuration ({@code kafka.*}, exposed by
 * Quarkus as the {@code default-kafka-broker} map): where the brokers are and how to authenticate
 * (security protocol, SASL, TLS). Clients the service builds itself start from these, so they
 * connect exactly like the messaging channels do.
 */
public final class KafkaClientSettings {
  private KafkaClientSettings() {}

  public static Map<String, Object> connection(Map<String, ?> kafkaConfig) {
    Map<String, Object> result = new TreeMap<>();
    kafkaConfig.forEach(
        (key, value) -> {
          if (value != null && isConnectionSetting(key)) {
            result.put(key, value);
          }
        });
    if (!result.containsKey("bootstrap.servers")) {
      throw new IllegalArgumentException("kafka.bootstrap.servers is not configured");
    }
    return result;
  }

  static boolean isConnectionSetting(String key) {
    return key.equals("bootstrap.servers")
        || key.equals("security.protocol")
        || key.equals("client.dns.lookup")
        || key.startsWith("sasl.")
        || key.startsWith("ssl.");
  }
}
