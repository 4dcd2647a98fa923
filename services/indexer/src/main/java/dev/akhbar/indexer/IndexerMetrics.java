package dev.akhbar.indexer;

import dev.akhbar.indexer.bulk.BulkBuffer;
import dev.akhbar.indexer.document.IndexDocument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The indexer's metrics (Prometheus on /q/metrics). Consumer lag comes from the Kafka client
 * metrics ({@code kafka_consumer_fetch_manager_records_lag*}).
 */
@Singleton
public class IndexerMetrics implements BulkBuffer.Listener {
  private static final Logger LOG = Logger.getLogger(IndexerMetrics.class);

  private final MeterRegistry registry;
  private final DistributionSummary bulkDocuments;
  private final DistributionSummary bulkBytes;
  private final Timer bulkOk;
  private final Timer bulkFailed;
  private final Counter retries;
  private final Counter rejected;
  private final Counter invalid;
  private final Counter indexed;
  private final Counter stale;

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
    retries =
        Counter.builder("akhbar.indexer.retries")
            .description("Documents sent again after a retryable failure")
            .register(registry);
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
  }

  @Override
  public void bulkCompleted(int documents, long bytes, long nanos, boolean requestFailed) {
    bulkDocuments.record(documents);
    bulkBytes.record(bytes);
    (requestFailed ? bulkFailed : bulkOk).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void retrying(int documents, String reason, Duration delay) {
    retries.increment(documents);
    LOG.warnf("Retrying %d documents in %d ms: %s", documents, delay.toMillis(), reason);
  }

  @Override
  public void rejected(IndexDocument document, String reason) {
    rejected.increment();
    LOG.warnf("Elasticsearch rejected %s: %s", document.id(), reason);
  }

  void bindBuffer(BulkBuffer buffer) {
    Gauge.builder("akhbar.indexer.buffered.documents", buffer, BulkBuffer::buffered)
        .description("Documents waiting for or in a bulk request")
        .register(registry);
    Gauge.builder("akhbar.indexer.buffered.bytes", buffer, BulkBuffer::bufferedBytes)
        .baseUnit("bytes")
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
