package dev.akhbar.pipeline.ledger;

import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the four dead-letter topics from where they stood when the run began, keeping for each key
 * the stage and the reason (never the payload, which may be a 16 MiB page).
 */
public final class DeadLetterWatch implements AutoCloseable {
  public static final List<String> TOPICS =
      List.of(Topics.FETCH_DLQ, Topics.PARSER_DLQ, Topics.ENRICHER_DLQ, Topics.INDEXER_DLQ);

  /** One dead letter: the stage that gave up and why. */
  public record Entry(String stage, String reason, String errorClass) {}

  private final Map<String, List<Entry>> byKey = new ConcurrentHashMap<>();
  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;
  private volatile boolean running = true;

  /** Starts reading at the current end of each dead-letter topic. */
  public DeadLetterWatch(String bootstrap) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 32 * 1024 * 1024);
    consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : TOPICS) {
      consumer
          .partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // fix the start now, before any page is fed
    thread = Thread.ofPlatform().daemon().name("dead-letter-watch").start(this::loop);
  }

  private void loop() {
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          if (r.key() != null) {
            byKey
                .computeIfAbsent(r.key(), k -> new CopyOnWriteArrayList<>())
                .add(
                    new Entry(
                        stageOf(r.topic()),
                        header(r, DeadLetter.HEADER_REASON),
                        header(r, DeadLetter.HEADER_EXCEPTION_CLASS)));
          }
        }
      }
    } catch (org.apache.kafka.common.errors.WakeupException e) {
      // closing
    } finally {
      consumer.close();
    }
  }

  static String stageOf(String topic) {
    String[] parts = topic.split("\\.");
    return parts.length >= 4 ? parts[1] : topic;
  }

  private static String header(ConsumerRecord<?, ?> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null || h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
  }

  /** The dead letters of one key, oldest first (empty if none). */
  public List<Entry> of(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
