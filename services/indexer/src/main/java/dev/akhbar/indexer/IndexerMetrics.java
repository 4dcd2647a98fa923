package dev.akhbar.indexer;

import dev.akhbar.indexer.bulk.BulkBuffer;
import dev.akhbar.indexer.bulk.BulkListener;
import dev.akhbar.indexer.bulk.Hold;
import dev.akhbar.indexer.deadletter.DeadLetters;
import dev.akhbar.indexer.document.IndexDocument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The indexer's metrics (Prometheus on /q/metrics) and the logs of its waits. Consumer lag comes
 * from the Kafka client metrics ({@code kafka_consumer_fetch_manager_records_lag*}).
 */
@Singleton
public class IndexerMetrics implements BulkListener, DeadLetters.Listener {
  private static final Logger LOG = Logger.getLogger(IndexerMetrics.class);

  private final MeterRegistry registry;
  private final DistributionSummary bulkDocuments;
  private final DistributionSummary bulkBytes;
  private final Timer bulkOk;
  private final Timer bulkFailed;
  private final Counter rejected;
  private final Counter invalid;
  private final Counter indexed;
  private final Counter stale;
  private final Counter deadLetterFailures;
  private static final Duration RETRY_LOG_INTERVAL = Duration.ofSeconds(30);
  private volatile long lastRetryLog = System.nanoTime() - RETRY_LOG_INTERVAL.toNanos() - 1;

  public IndexerMetrics(MeterRegistry registry) {
    this.registry = registry;
    bulkDocuments =
        DistributionSummary.builder("akhbar.indexer.bulk.documents")
            .description("Documents per bulk request")
            .register(registry);
    bulkBytes =
        DistributionSummary.builder("akhbar.indexer.bulk.bytes")
            .baseUnit("bytes")
            .description("Source bytes per bulk request")
            .register(registry);
    bulkOk =
        Timer.builder("akhbar.indexer.bulk.latency")
            .tag("result", "answered")
            .description("Bulk request latency")
            .register(registry);
    bulkFailed =
        Timer.builder("akhbar.indexer.bulk.latency").tag("result", "failed").register(registry);
    rejected =
        Counter.builder("akhbar.indexer.dead.letters")
            .tag("reason", "rejected")
            .description("Events sent to the dead-letter topic")
            .register(registry);
    invalid =
        Counter.builder("akhbar.indexer.dead.letters").tag("reason", "invalid").register(registry);
    indexed =
        Counter.builder("akhbar.indexer.documents").tag("result", "indexed").register(registry);
    stale = Counter.builder("akhbar.indexer.documents").tag("result", "stale").register(registry);
    deadLetterFailures =
        Counter.builder("akhbar.indexer.dead.letter.failures")
            .description("Failed attempts to write a dead letter (each is retried)")
            .register(registry);
    retries(Hold.Cause.UNREACHABLE); // the series exists from the start
  }

  private Counter retries(Hold.Cause cause) {
    return Counter.builder("akhbar.indexer.retries")
        .tag("cause", cause.name().toLowerCase(Locale.ROOT))
        .description("Documents held and sent again, by cause")
        .register(registry);
  }

  @Override
  public void bulkCompleted(int documents, long bytes, long nanos, boolean requestFailed) {
    bulkDocuments.record(documents);
    bulkBytes.record(bytes);
    (requestFailed ? bulkFailed : bulkOk).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void retrying(int documents, Hold hold, Duration delay) {
    retries(hold.cause()).increment(documents);
    long now = System.nanoTime();
    if (now - lastRetryLog > RETRY_LOG_INTERVAL.toNanos()) { // at most one line per interval
      lastRetryLog = now;
      LOG.warnf(
          "Holding %d documents, again in %d ms: %s", documents, delay.toMillis(), hold.describe());
    }
  }

  @Override
  public void waiting(Hold hold) {
    LOG.warnf("Waiting (nothing is indexed, offsets are held): %s", hold.describe());
  }

  @Override
  public void resumed(Duration waited) {
    LOG.infof("Indexing again after waiting %d s", waited.toSeconds());
  }

  @Override
  public void flusherError(Throwable error) {
    LOG.errorf(error, "Unexpected error in the bulk flusher; the documents are held and retried");
  }

  @Override
  public void rejected(IndexDocument document, String reason) {
    rejected.increment();
    LOG.warnf("Elasticsearch rejected %s: %s", document.id(), reason);
  }

  @Override
  public void failed(String reason, int attempt, Duration delay) {
    deadLetterFailures.increment();
    LOG.warnf(
        "Writing a dead letter failed (attempt %d, again in %d ms): %s",
        attempt, delay.toMillis(), reason);
  }

  @Override
  public void written(int attempts) {
    if (attempts > 1) {
      LOG.infof("Dead letter written after %d attempts", attempts);
    }
  }

  void bind(BulkBuffer buffer, DeadLetters deadLetters) {
    Gauge.builder("akhbar.indexer.buffered.documents", buffer, BulkBuffer::buffered)
        .description("Documents waiting for, in or held after a bulk request")
        .register(registry);
    Gauge.builder("akhbar.indexer.buffered.bytes", buffer, BulkBuffer::bufferedBytes)
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("akhbar.indexer.held.documents", buffer, BulkBuffer::held)
        .description("Documents held back by a cause outside them (block, credentials, outage)")
        .register(registry);
    Gauge.builder("akhbar.indexer.waiting", buffer, b -> b.status().waiting() ? 1 : 0)
        .description("1 while nothing can be indexed (readiness says why)")
        .register(registry);
    Gauge.builder("akhbar.indexer.dead.letters.pending", deadLetters, d -> d.status().pending())
        .description("Dead letters not yet written to the dead-letter topic")
        .register(registry);
  }

  void invalidEvent() {
    invalid.increment();
  }

  void indexed() {
    indexed.increment();
  }

  void stale() {
    stale.increment();
  }
}
