package dev.akhbar.indexer.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void growsExponentiallyWithJitterUpToTheCap() {
    Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));
    for (int i = 0; i < 20; i++) {
      assertThat(b.delay(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
      assertThat(b.delay(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
      assertThat(b.delay(10)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
      assertThat(b.delay(60)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
  }

  @Test
  void refusesAnEmptyOrInvertedRange() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
