package dev.akhbar.fetcher.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CrawlMetricsTest {
  @Test
  void outcomesBytesAndWaitsBecomeMeters() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    CrawlMetrics metrics = new CrawlMetrics(registry);

    metrics.outcome("news.example", "ok");
    metrics.outcome("news.example", "ok");
    metrics.outcome("news.example", "retry");
    metrics.bytes("news.example", 1500);
    metrics.waited(Duration.ofMillis(250));

    assertThat(
            registry
                .get("akhbar.fetcher.fetches")
                .tags("host", "news.example", "outcome", "ok")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(registry.get("akhbar.fetcher.fetches").tag("outcome", "retry").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("akhbar.fetcher.bytes").tag("host", "news.example").counter().count())
        .isEqualTo(1500);
    assertThat(
            registry.get("akhbar.fetcher.politeness.wait").timer().totalTime(TimeUnit.MILLISECONDS))
        .isEqualTo(250);
  }
}
