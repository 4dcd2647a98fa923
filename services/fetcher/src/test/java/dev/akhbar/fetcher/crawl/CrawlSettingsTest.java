package dev.akhbar.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CrawlSettingsTest {
  @Test
  void backoffDoublesPerAttemptUpToItsCap() {
    CrawlSettings s = CrawlSettings.defaults(); // 2s first, 2m cap

    assertThat(s.backoff(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(s.backoff(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(s.backoff(3)).isEqualTo(Duration.ofSeconds(8));
    assertThat(s.backoff(7)).isEqualTo(Duration.ofMinutes(2));
    assertThat(s.backoff(60)).isEqualTo(Duration.ofMinutes(2));
  }
}
