package dev.akhbar.pipeline.feed;

import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.RawPage;
import dev.akhbar.events.Topics;
import dev.akhbar.pipeline.pages.Page;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces each page as the fetcher would, a {@link RawPage} with CloudEvents headers keyed by
 * article id, straight onto {@code akhbar.pages.raw.v1}: the parser, enricher and indexer are under
 * test, the fetcher is not. Optionally paced to a number of pages per second.
 */
public final class RawTopicFeeder implements Feeder {
  private final KafkaProducer<String, String> producer;
  private final String sourceId;
  private final String compression;
  private final double pagesPerSecond;

  public RawTopicFeeder(
      String bootstrap, String sourceId, String compression, double pagesPerSecond) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024);
    // A broker outage while feeding must delay the pages, not drop them.
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30 * 60 * 1000);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30 * 60 * 1000);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    this.sourceId = sourceId;
    this.compression = compression;
    this.pagesPerSecond = pagesPerSecond;
  }

  @Override
  public void feed(Stream<Page> pages, Listener listener) throws Exception {
    AtomicReference<Exception> failure = new AtomicReference<>();
    Semaphore inFlight = new Semaphore(256);
    long start = System.nanoTime();
    long[] n = {0};
    pages.forEach(
        page -> {
          pace(start, n[0]++);
          Instant now = Instant.now();
          RawPage raw =
              new RawPage(
                  page.id(),
                  page.url(),
                  page.url(),
                  sourceId,
                  now,
                  200,
                  "text/html",
                  "UTF-8",
                  Map.of(),
                  page.html(),
                  null);
          inFlight.acquireUninterruptibly();
          producer.send(
              new ProducerRecord<>(
                  Topics.PAGES_RAW,
                  null,
                  raw.id(),
                  EventCodec.write(raw),
                  KafkaHeaders.of(EventMetadata.of(EventType.RAW_PAGE, raw.id(), raw.fetchedAt()))),
              (metadata, e) -> {
                inFlight.release();
                if (e != null) {
                  failure.compareAndSet(null, e);
                }
              });
          listener.fed(page, now);
        });
    producer.flush();
    if (!inFlight.tryAcquire(256, 10, TimeUnit.MINUTES)) {
      throw new IllegalStateException("Pages still unsent after 10 minutes");
    }
    inFlight.release(256);
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  private void pace(long startNanos, long n) {
    if (pagesPerSecond <= 0) {
      return;
    }
    long due = startNanos + (long) (n * 1e9 / pagesPerSecond);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      java.util.concurrent.locks.LockSupport.parkNanos(wait);
    }
  }

  @Override
  public String sourceId() {
    return sourceId;
  }

  @Override
  public String describe() {
    return "produced to "
        + Topics.PAGES_RAW
        + " ("
        + compression
        + (pagesPerSecond > 0 ? ", " + pagesPerSecond + " pages/s" : ", unpaced")
        + ")";
  }

  @Override
  public void close() {
    producer.close();
  }
}
