package dev.akhbar.fetcher.kafka;

import dev.akhbar.fetcher.durable.WriteFailure;
import dev.akhbar.fetcher.state.SeenLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * The seen-set's log: the compacted topic akhbar.fetch.seen.v1, written by an idempotent producer
 * (acks=all) and read back from the start by an assigned consumer (no group). Both come from {@link
 * KafkaClients}, so they connect like the channels (SASL/TLS included). Client failures become
 * {@link WriteFailure}s: an unreachable broker is transient, and the store waits.
 */
public final class KafkaSeenLog implements SeenLog {
  private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration STALL = Duration.ofSeconds(30);

  private final KafkaClients clients;
  private final String topic;
  private final KafkaProducer<String, String> producer;

  public KafkaSeenLog(KafkaClients clients, String topic) {
    this.clients = clients;
    this.topic = topic;
    this.producer =
        clients.producer(
            "akhbar-fetcher-seen",
            Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "5",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000"));
  }

  @Override
  public CompletionStage<Void> append(String key, String value) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      producer.send(
          new ProducerRecord<>(topic, key, value),
          (metadata, error) -> {
            if (error == null) {
              done.complete(null);
            } else {
              done.completeExceptionally(KafkaFailures.classify(error));
            }
          });
    } catch (KafkaException | IllegalStateException e) {
      done.completeExceptionally(KafkaFailures.classify(e));
    }
    return done;
  }

  @Override
  public long replay(Replayer replayer) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        clients.consumer(
            "akhbar-fetcher-seen-loader",
            Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                "20000",
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG,
                String.valueOf(64 << 20),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                String.valueOf(16 << 20),
                ConsumerConfig.RECEIVE_BUFFER_CONFIG,
                String.valueOf(1 << 20)))) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
      if (infos == null || infos.isEmpty()) {
        return 0;
      }
      List<TopicPartition> partitions = new ArrayList<>();
      infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, METADATA_TIMEOUT);
      long records = 0;
      long lastProgress = System.nanoTime();
      while (!caughtUp(consumer, end)) {
        var batch = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<byte[], byte[]> r : batch) {
          replayer.record(r.key(), r.value());
          records++;
        }
        if (!batch.isEmpty()) {
          lastProgress = System.nanoTime();
        } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
          throw WriteFailure.unavailable(
              "no progress reading " + topic + " for " + STALL.toSeconds() + " s", null);
        }
      }
      return records;
    } catch (KafkaException e) {
      throw KafkaFailures.classify(e);
    }
  }

  private static boolean caughtUp(
      KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
