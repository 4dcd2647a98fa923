package com.example.akhbar;

import dev.akhbar.events.Topics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads Akhbar's enriched articles with a plain Kafka consumer and prints one line per record:
 * {@code OK ...} for a valid article, {@code REJECTED ...} with the reason otherwise (and goes on).
 *
 * <p>Settings, from the environment:
 *
 * <ul>
 *   <li>{@code AKHBAR_KAFKA_BOOTSTRAP}: the brokers (default {@code 127.0.0.1:19092}, the local
 *       broker of {@code make up});
 *   <li>{@code AKHBAR_GROUP}: your consumer group (default {@code example-team.articles}); on the
 *       cluster it must start with the prefix your KafkaUser may use;
 *   <li>{@code AKHBAR_TOPIC}: the topic (default {@code akhbar.articles.enriched.v1});
 *   <li>any {@code KAFKA_*} variable: a Kafka client property ({@code KAFKA_SECURITY_PROTOCOL} is
 *       {@code security.protocol}), e.g. the SASL/TLS settings of the cluster.
 * </ul>
 */
public final class EnrichedArticlesConsumer {
  private EnrichedArticlesConsumer() {}

  public static void main(String[] args) {
    Properties props = clientProperties(System.getenv());
    String topic = System.getenv().getOrDefault("AKHBAR_TOPIC", Topics.ARTICLES_ENRICHED);
    AtomicBoolean running = new AtomicBoolean(true);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> running.set(false)));
    run(props, topic, System.out, running, Long.MAX_VALUE);
  }

  /** The consumer's properties: the defaults below, then every {@code KAFKA_*} variable. */
  static Properties clientProperties(java.util.Map<String, String> env) {
    Properties p = new Properties();
    p.put(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        env.getOrDefault("AKHBAR_KAFKA_BOOTSTRAP", "127.0.0.1:19092"));
    p.put(
        ConsumerConfig.GROUP_ID_CONFIG, env.getOrDefault("AKHBAR_GROUP", "example-team.articles"));
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    env.forEach(
        (name, value) -> {
          if (name.startsWith("KAFKA_")) {
            p.put(name.substring(6).toLowerCase(java.util.Locale.ROOT).replace('_', '.'), value);
          }
        });
    return p;
  }

  /**
   * Consumes {@code topic} until {@code running} turns false or {@code maxRecords} were printed;
   * commits offsets as it goes (the default auto-commit). Returns the number of records printed.
   */
  public static long run(
      Properties props, String topic, PrintStream out, AtomicBoolean running, long maxRecords) {
    long printed = 0;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      while (running.get() && printed < maxRecords) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          String where = r.topic() + "/" + r.partition() + "@" + r.offset();
          out.println(ArticleLine.of(where, r.key(), r.value(), name -> header(r.headers(), name)));
          printed++;
        }
      }
    }
    out.flush();
    return printed;
  }

  private static String header(Headers headers, String name) {
    Header h = headers.lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
