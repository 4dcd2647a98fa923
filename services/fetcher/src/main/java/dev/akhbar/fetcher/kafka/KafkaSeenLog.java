package dev.akhbar.fetcher.kafka;

import dev.akhbar.fetcher.durable.WriteFailure;
import dev.akhbar.fetcher.state.SeenLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  private static final int MAX_READERS = 4;

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

  /**
   * Reads the topic from its start to its end offsets taken now; one consumer per partition, in
   * parallel (the records of one key are in one partition, in order). The replayer must be
   * thread-safe.
   */
  @Override
  public long replay(Replayer replayer) {
    List<TopicPartition> partitions;
    Map<TopicPartition, Long> end;
    try (KafkaConsumer<byte[], byte[]> meta = consumer("akhbar-fetcher-seen-loader")) {
      List<PartitionInfo> infos = meta.partitionsFor(topic, METADATA_TIMEOUT);
      if (infos == null || infos.isEmpty()) {
        return 0;
      }
      partitions = new ArrayList<>();
      infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
      end = meta.endOffsets(partitions, METADATA_TIMEOUT);
    } catch (KafkaException e) {
      throw KafkaFailures.classify(e);
    }
    ExecutorService readers =
        Executors.newFixedThreadPool(
            Math.min(partitions.size(), MAX_READERS),
            Thread.ofPlatform().name("akhbar-seen-reader-", 0).daemon().factory());
    try {
      List<Future<Long>> reads = new ArrayList<>();
      for (TopicPartition tp : partitions) {
        reads.add(readers.submit(() -> read(tp, end.get(tp), replayer)));
      }
      long records = 0;
      for (Future<Long> r : reads) {
        records += r.get();
      }
      return records;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof WriteFailure w ? w : KafkaFailures.classify(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw WriteFailure.unavailable("interrupted while reading " + topic, e);
    } finally {
      readers.shutdownNow();
    }
  }

  private KafkaConsumer<byte[], byte[]> consumer(String clientId) {
    return clients.consumer(
        clientId,
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
            String.valueOf(1 << 20)));
  }

  private long read(TopicPartition tp, long endOffset, Replayer replayer) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        consumer("akhbar-fetcher-seen-loader-" + tp.partition())) {
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      long records = 0;
      long lastProgress = System.nanoTime();
      while (consumer.position(tp) < endOffset) {
        var batch = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<byte[], byte[]> r : batch) {
          replayer.record(r.key(), r.value());
          records++;
        }
        if (!batch.isEmpty()) {
          lastProgress = System.nanoTime();
        } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
          throw WriteFailure.unavailable(
              "no progress reading " + tp + " for " + STALL.toSeconds() + " s", null);
        }
      }
      return records;
    } catch (KafkaException e) {
      throw KafkaFailures.classify(e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
