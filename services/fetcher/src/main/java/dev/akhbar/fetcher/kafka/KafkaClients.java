package dev.akhbar.fetcher.kafka;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one factory of the Kafka clients the fetcher builds itself (the seen-store's producer and its
 * loader). They start from the service's shared Kafka configuration ({@code kafka.*}, which Quarkus
 * also gives every channel, exposed as the {@code default-kafka-broker} map), so they connect
 * exactly like the channels: brokers, security protocol, SASL, TLS, DNS lookup, timeouts and
 * backoffs. What is kept is every setting that both producers and consumers understand, except
 * those that name one client (its id) or carry client-type classes (interceptors); each client then
 * sets its own role settings on top.
 */
public final class KafkaClients {
  private static final Set<String> SHARED = sharedSettings();

  private final Map<String, Object> connection;

  /**
   * @param kafkaConfig the service's {@code kafka.*} configuration
   * @throws IllegalArgumentException when it names no brokers
   */
  public KafkaClients(Map<String, ?> kafkaConfig) {
    this.connection = connection(kafkaConfig);
  }

  private static Set<String> sharedSettings() {
    Set<String> consumer = ConsumerConfig.configNames();
    return ProducerConfig.configNames().stream()
        .filter(consumer::contains)
        .filter(k -> !k.equals(CommonClientConfigs.CLIENT_ID_CONFIG))
        .filter(k -> !k.equals(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The settings of {@code kafkaConfig} every client shares. */
  static Map<String, Object> connection(Map<String, ?> kafkaConfig) {
    Map<String, Object> result = new TreeMap<>();
    kafkaConfig.forEach(
        (key, value) -> {
          if (value != null
              && (SHARED.contains(key) || key.startsWith("sasl.") || key.startsWith("ssl."))) {
            result.put(key, value);
          }
        });
    if (!result.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
      throw new IllegalArgumentException("kafka.bootstrap.servers is not configured");
    }
    return result;
  }

  /** The settings a client gets: the shared ones, its id, then its own. */
  Map<String, Object> settings(String clientId, Map<String, Object> own) {
    Map<String, Object> p = new TreeMap<>(connection);
    p.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    p.putAll(own);
    return p;
  }

  /** A producer of String keys and values. */
  public KafkaProducer<String, String> producer(String clientId, Map<String, Object> own) {
    Map<String, Object> p = settings(clientId, own);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  /** A consumer of raw bytes (assigned partitions, no group commits). */
  public KafkaConsumer<byte[], byte[]> consumer(String clientId, Map<String, Object> own) {
    Map<String, Object> p = settings(clientId, own);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }
}
