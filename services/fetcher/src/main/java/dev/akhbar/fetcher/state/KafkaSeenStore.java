package dev.akhbar.fetcher.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.akhbar.events.ArticleId;
import dev.akhbar.events.EventCodec;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * The seen-set and feed state in a compacted Kafka topic (akhbar.fetch.seen.v1). At start the whole
 * topic is read into memory (it holds one small record per URL and feed); every change is written
 * synchronously, so a page counts as seen only once the broker has it. Keys: the article id of a
 * page URL, {@code feed:<article id>} for a feed or sitemap.
 */
public class KafkaSeenStore implements SeenStore {
  private static final Logger LOG = Logger.getLogger(KafkaSeenStore.class);
  private static final String FEED_PREFIX = "feed:";

  /** One record's value. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Value(
      String kind,
      String url,
      Instant fetchedAt,
      Instant marker,
      String etag,
      String lastModified,
      Instant checkedAt) {}

  private final String topic;
  private final KafkaProducer<String, String> producer;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, Feed> feeds = new ConcurrentHashMap<>();

  public KafkaSeenStore(String bootstrapServers, String topic, Duration loadTimeout) {
    this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic, loadTimeout);
  }

  /**
   * @param kafkaConfig the connection settings every Kafka client of the service shares (bootstrap
   *     servers, security protocol, SASL, TLS), on top of which the store sets its own
   */
  public KafkaSeenStore(Map<String, ?> kafkaConfig, String topic, Duration loadTimeout) {
    this.topic = topic;
    load(kafkaConfig, loadTimeout);
    Properties p = new Properties();
    p.putAll(kafkaConfig);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "akhbar-fetcher-seen");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    this.producer = new KafkaProducer<>(p);
  }

  private void load(Map<String, ?> kafkaConfig, Duration timeout) {
    Properties p = new Properties();
    p.putAll(kafkaConfig);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "akhbar-fetcher-seen-loader");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
      if (infos == null || infos.isEmpty()) {
        LOG.warnf("Topic %s has no partitions yet: starting with an empty seen-set", topic);
        return;
      }
      List<TopicPartition> partitions = new ArrayList<>();
      infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      int records = 0;
      while (!caughtUp(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Could not read " + topic + " within " + timeout);
        }
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          apply(r.key(), r.value());
          records++;
        }
      }
      LOG.infof(
          "Loaded %d pages and %d feeds from %s (%d records)",
          pages.size(), feeds.size(), topic, records);
    }
  }

  private static boolean caughtUp(
      KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private void apply(String key, String json) {
    if (key == null) {
      return;
    }
    boolean feed = key.startsWith(FEED_PREFIX);
    if (json == null) {
      (feed ? feeds : pages).remove(key);
      return;
    }
    try {
      Value v = EventCodec.mapper().readValue(json, Value.class);
      if (feed) {
        feeds.put(key, new Feed(v.url(), v.etag(), v.lastModified(), v.checkedAt()));
      } else {
        pages.put(key, new Page(v.url(), v.fetchedAt(), v.marker()));
      }
    } catch (IOException e) {
      LOG.warnf("Ignoring unreadable record %s in %s: %s", key, topic, e.getMessage());
    }
  }

  @Override
  public Optional<Page> page(String url) {
    return Optional.ofNullable(pages.get(ArticleId.of(url)));
  }

  @Override
  public void markPage(String url, Instant fetchedAt, Instant marker) {
    String key = ArticleId.of(url);
    Page page = new Page(ArticleId.canonicalUrl(url), fetchedAt, marker);
    write(key, new Value("page", page.url(), fetchedAt, marker, null, null, null));
    pages.put(key, page);
  }

  @Override
  public Optional<Feed> feed(String url) {
    return Optional.ofNullable(feeds.get(FEED_PREFIX + ArticleId.of(url)));
  }

  @Override
  public void saveFeed(Feed feed) {
    String key = FEED_PREFIX + ArticleId.of(feed.url());
    write(
        key,
        new Value(
            "feed", feed.url(), null, null, feed.etag(), feed.lastModified(), feed.checkedAt()));
    feeds.put(key, feed);
  }

  private void write(String key, Value value) {
    try {
      producer
          .send(new ProducerRecord<>(topic, key, EventCodec.write(value)))
          .get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted writing " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Cannot write " + key + " to " + topic + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
