package dev.akhbar.indexer.it;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
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
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the ITs do to the running indexer: produce events, read the index, the DLQ and offsets. */
final class Pipeline implements AutoCloseable {
  private final ElasticsearchClient es;
  private final KafkaProducer<String, String> producer;
  private final List<ConsumerRecord<String, String>> deadLetters = new ArrayList<>();
  private KafkaConsumer<String, String> dlqConsumer;

  Pipeline(ElasticsearchClient es) {
    this.es = es;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.bootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    this.producer = new KafkaProducer<>(p);
  }

  static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  RecordMetadata send(EnrichedArticle event) {
    return sendRaw(event.id(), EventCodec.write(event));
  }

  RecordMetadata sendRaw(String key, String value) {
    try {
      return producer
          .send(new ProducerRecord<>(RealInfrastructure.TOPIC, key, value))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot produce to " + RealInfrastructure.TOPIC, e);
    }
  }

  /** Committed offsets of the indexer's group, per partition of the input topic. */
  Map<Integer, Long> committed() {
    try (Admin admin = RealInfrastructure.admin()) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin
              .listConsumerGroupOffsets(RealInfrastructure.GROUP)
              .partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS);
      Map<Integer, Long> out = new HashMap<>();
      offsets.forEach(
          (tp, om) -> {
            if (tp.topic().equals(RealInfrastructure.TOPIC) && om != null) {
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
      es.indices().refresh(r -> r.index(RealInfrastructure.ALIAS));
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
                  s.index(RealInfrastructure.ALIAS)
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
  void awaitDocumentCount(int expected, List<dev.akhbar.events.EnrichedArticle> events) {
    List<String> ids = events.stream().map(dev.akhbar.events.EnrichedArticle::id).toList();
    await(expected + " documents indexed")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              refresh();
              return es.count(
                      c -> c.index(RealInfrastructure.ALIAS).query(q -> q.ids(i -> i.values(ids))))
                  .count();
            },
            n -> n == expected);
  }

  /** Ids of the documents a match query on {@code field} finds, among {@code ids}. */
  List<String> match(String field, String text, List<String> ids) {
    try {
      refresh();
      return es
          .search(
              s ->
                  s.index(RealInfrastructure.ALIAS)
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
    if (dlqConsumer == null) {
      Properties p = new Properties();
      p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.bootstrap());
      p.put(ConsumerConfig.GROUP_ID_CONFIG, "akhbar-indexer-it-dlq-" + newId());
      p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
      p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
      dlqConsumer = new KafkaConsumer<>(p);
      dlqConsumer.subscribe(List.of(RealInfrastructure.DLQ));
    }
    return await("dead letter " + key)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              dlqConsumer.poll(Duration.ofMillis(300)).forEach(deadLetters::add);
              return deadLetters.stream()
                  .filter(r -> key.equals(r.key()))
                  .findFirst()
                  .map(DeadLetter::from);
            },
            Optional::isPresent)
        .get();
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
    if (dlqConsumer != null) {
      dlqConsumer.close(Duration.ofSeconds(5));
    }
  }
}
