package dev.akhbar.fetcher.metrics;

import dev.akhbar.fetcher.crawl.CrawlListener;
import dev.akhbar.fetcher.crawl.Crawler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The crawler's {@link CrawlListener} as Micrometer meters: {@code
 * akhbar_fetcher_fetches_total{host,outcome}}, {@code akhbar_fetcher_bytes_total{host}}, {@code
 * akhbar_fetcher_politeness_wait_seconds}, and the gauge {@code akhbar_fetcher_queue_depth}.
 */
public final class CrawlMetrics implements CrawlListener {
  private final MeterRegistry registry;
  private final Timer politenessWait;

  public CrawlMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.politenessWait =
        Timer.builder("akhbar.fetcher.politeness.wait")
            .description("Time a URL waited in its host queue before its request started")
            .register(registry);
  }

  /** Publishes the crawler's queue depth. */
  public void watch(Crawler crawler) {
    registry.gauge("akhbar.fetcher.queue.depth", crawler, Crawler::queueDepth);
  }

  @Override
  public void outcome(String host, String outcome) {
    Counter.builder("akhbar.fetcher.fetches")
        .description("Requests and decisions by host and outcome")
        .tag("host", host == null ? "" : host)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  @Override
  public void bytes(String host, long wireBytes) {
    registry.counter("akhbar.fetcher.bytes", "host", host == null ? "" : host).increment(wireBytes);
  }

  @Override
  public void waited(Duration wait) {
    politenessWait.record(wait);
  }
}
