package dev.akhbar.indexer.it;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.testsupport.TestTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the ITs do to the running indexer: produce events, read the index, the DLQ and offsets. */
final class Pipeline implements AutoCloseable {
  private final ElasticsearchClient es;
  private final TestNames names;
  private final KafkaProducer<String, String> producer;
  private final List<ConsumerRecord<String, String>> deadLetters = new ArrayList<>();
  private KafkaConsumer<String, String> dlqConsumer;

  Pipeline(ElasticsearchClient es) {
    this(es, RealInfrastructure.NAMES);
  }

  Pipeline(ElasticsearchClient es, TestNames names) {
    this.es = es;
    this.names = names;
    this.producer = TestTopics.producer(); // acks=all, the producer's default
  }

  static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** As the enricher sends it: keyed by article id, with its CloudEvents headers. */
  RecordMetadata send(EnrichedArticle event) {
    try {
      return producer.send(record(event)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot produce to " + names.topic(), e);
    }
  }

  private ProducerRecord<String, String> record(EnrichedArticle event) {
    EventMetadata meta =
        EventMetadata.of(EventType.ENRICHED_ARTICLE, event.id(), event.enrichment().enrichedAt());
    return new ProducerRecord<>(
        names.topic(), null, event.id(), EventCodec.write(event), KafkaHeaders.of(meta));
  }

  RecordMetadata sendRaw(String key, String value) {
    return sendRaw(null, key, value);
  }

  /** To {@code partition}, or by key when null. */
  RecordMetadata sendRaw(Integer partition, String key, String value) {
    try {
      return producer
          .send(new ProducerRecord<>(names.topic(), partition, key, value))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot produce to " + names.topic(), e);
    }
  }

  /** Sends every event (asynchronously, then waits for all acknowledgements). */
  void sendAll(List<EnrichedArticle> events) {
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    for (EnrichedArticle e : events) {
      acks.add(producer.send(record(e)));
    }
    try {
      for (var ack : acks) {
        ack.get(60, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot produce to " + names.topic(), e);
    }
  }

  /** Committed offsets of the indexer's group, per partition of the input topic. */
  Map<Integer, Long> committed() {
    try (Admin admin = RealInfrastructure.admin()) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin
              .listConsumerGroupOffsets(names.group())
              .partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS);
      Map<Integer, Long> out = new HashMap<>();
      offsets.forEach(
          (tp, om) -> {
            if (tp.topic().equals(names.topic()) && om != null) {
              out.put(tp.partition(), om.offset());
            }
          });
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the indexer has committed past {@code record}: it is done with it for good. */
  void awaitProcessed(RecordMetadata record) {
    await("offset " + record.offset() + " of partition " + record.partition() + " committed")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> committed().getOrDefault(record.partition(), -1L) > record.offset());
  }

  void refresh() {
    try {
      es.indices().refresh(r -> r.index(names.alias()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every copy of document {@code id} behind the alias (more than one would be a duplicate). */
  @SuppressWarnings("rawtypes")
  List<Hit<Map>> copies(String id) {
    try {
      refresh();
      return es.search(
              s ->
                  s.index(names.alias())
                      .version(true)
                      .seqNoPrimaryTerm(true)
                      .query(q -> q.ids(i -> i.values(id))),
              Map.class)
          .hits()
          .hits();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("rawtypes")
  Optional<Hit<Map>> document(String id) {
    List<Hit<Map>> hits = copies(id);
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }

  @SuppressWarnings("rawtypes")
  Hit<Map> awaitDocument(String id) {
    return await("document " + id + " indexed")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> document(id), Optional::isPresent)
        .get();
  }

  /** Waits until all of {@code events} are searchable (each at least once). */
  void awaitDocumentCount(int expected, List<EnrichedArticle> events) {
    List<String> ids = events.stream().map(EnrichedArticle::id).toList();
    await(expected + " documents indexed")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> count(ids), n -> n == expected);
  }

  /** Documents behind the alias with one of {@code ids} (after a refresh). */
  long count(List<String> ids) {
    refresh();
    try {
      return es.count(c -> c.index(names.alias()).query(q -> q.ids(i -> i.values(ids)))).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ids of the documents a match query on {@code field} finds, among {@code ids}. */
  List<String> match(String field, String text, List<String> ids) {
    try {
      refresh();
      return es
          .search(
              s ->
                  s.index(names.alias())
                      .query(
                          q ->
                              q.bool(
                                  b ->
                                      b.must(m -> m.match(mm -> mm.field(field).query(text)))
                                          .filter(f -> f.ids(i -> i.values(ids))))),
              Void.class)
          .hits()
          .hits()
          .stream()
          .map(Hit::id)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the dead letter of the record with key {@code key}. */
  DeadLetter awaitDeadLetter(String key) {
    return DeadLetter.from(awaitDeadLetterRecord(key));
  }

  /** The dead-letter record of {@code key}, as it is on the topic (headers included). */
  ConsumerRecord<String, String> awaitDeadLetterRecord(String key) {
    if (dlqConsumer == null) {
      Properties p = consumerProperties();
      p.put(ConsumerConfig.GROUP_ID_CONFIG, "akhbar-indexer-it-dlq-" + newId());
      p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      dlqConsumer = new KafkaConsumer<>(p);
      dlqConsumer.subscribe(List.of(names.dlq()));
    }
    return await("dead letter " + key)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              dlqConsumer.poll(Duration.ofMillis(300)).forEach(deadLetters::add);
              return deadLetters.stream().filter(r -> key.equals(r.key())).findFirst();
            },
            Optional::isPresent)
        .get();
  }

  /**
   * Waits until every one of {@code events} is searchable exactly once behind the alias (no
   * duplicate in another index) and returns nothing else: the count of copies must match.
   */
  void awaitEachIndexedOnce(List<EnrichedArticle> events, Duration atMost) {
    List<String> ids = events.stream().map(EnrichedArticle::id).distinct().toList();
    await(ids.size() + " documents indexed once")
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> count(ids), n -> n >= ids.size());
    long copies = count(ids);
    if (copies != ids.size()) {
      throw new AssertionError(copies + " copies of " + ids.size() + " documents: duplicates");
    }
  }

  /** Keys of every dead letter written so far (reads the DLQ topic to its end). */
  List<String> deadLetterKeys() {
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumerProperties())) {
      List<TopicPartition> partitions =
          c.partitionsFor(names.dlq()).stream()
              .map(i -> new TopicPartition(i.topic(), i.partition()))
              .toList();
      c.assign(partitions);
      c.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = c.endOffsets(partitions);
      List<String> keys = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Could not read " + names.dlq() + " to its end");
        }
        c.poll(Duration.ofMillis(500)).forEach(r -> keys.add(r.key()));
      }
      return keys;
    }
  }

  private static Properties consumerProperties() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.bootstrap());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return p;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
    if (dlqConsumer != null) {
      dlqConsumer.close(Duration.ofSeconds(5));
    }
  }
}
