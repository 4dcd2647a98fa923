package com.example.akhbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Against a real broker: publishes the contract's golden enriched article (as Akhbar's enricher
 * does: keyed by article id, CloudEvents headers) and two broken records to a topic of this run,
 * runs the consumer with a group of this run, and checks what it printed.
 */
class EnrichedArticlesConsumerIT {
  static final String BOOTSTRAP = System.getProperty("akhbar.kafka.bootstrap", "127.0.0.1:19092");
  final String topic = "example.articles.enriched.v1." + UUID.randomUUID();

  @BeforeEach
  void createTopic() throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
      admin
          .createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
  }

  @AfterEach
  void deleteTopic() throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
      admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  @Timeout(120)
  void printsValidatedArticlesAndRejectsBrokenOnes() throws Exception {
    String sample = goldenSample();
    String id = "a4a806c2f848edc704c0d43727742015";
    Map<String, String> headers =
        EventMetadata.of(EventType.ENRICHED_ARTICLE, id, Instant.now()).toHeaders();
    try (KafkaProducer<String, String> producer = producer()) {
      producer.send(record(id, sample, headers)).get();
      // Valid headers, but the value breaks the schema (no enrichment).
      producer.send(record(id, "{\"article\":{}}", headers)).get();
      // A valid value without CloudEvents headers.
      producer.send(record(id, sample, Map.of())).get();
    }

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Properties props =
        EnrichedArticlesConsumer.clientProperties(
            Map.of(
                "AKHBAR_KAFKA_BOOTSTRAP",
                BOOTSTRAP,
                "AKHBAR_GROUP",
                "example-it." + UUID.randomUUID()));
    long n =
        EnrichedArticlesConsumer.run(
            props,
            topic,
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            new AtomicBoolean(true),
            3);

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    System.out.println(String.join("\n", lines));
    assertEquals(3, n);
    assertTrue(lines.get(0).startsWith("OK " + id + " [ar] "), lines.get(0));
    assertTrue(
        lines.get(1).startsWith("REJECTED ") && lines.get(1).contains("enrichment"), lines.get(1));
    assertTrue(
        lines.get(2).startsWith("REJECTED ") && lines.get(2).contains("ce_specversion"),
        lines.get(2));
  }

  private KafkaProducer<String, String> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  private ProducerRecord<String, String> record(
      String key, String value, Map<String, String> headers) {
    ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, value);
    headers.forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
    return r;
  }

  /** The golden sample shipped in the contract artifact. */
  private static String goldenSample() throws Exception {
    try (InputStream in =
        EnrichedArticlesConsumerIT.class
            .getClassLoader()
            .getResourceAsStream(EventType.ENRICHED_ARTICLE.samplePath())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
