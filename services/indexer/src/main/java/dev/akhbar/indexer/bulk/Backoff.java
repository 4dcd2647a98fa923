package dev.akhbar.indexer.bulk;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: between half and all of {@code initial * 2^attempt}, capped at
 * {@code max}.
 */
public record Backoff(Duration initial, Duration max) {
  public Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("Need 0 < initial <= max: " + initial + ", " + max);
    }
  }

  /** The delay before retry number {@code attempt} (0 for the first retry). */
  public Duration delay(int attempt) {
    long initialMs = initial.toMillis();
    long cap = max.toMillis();
    long exp = attempt >= 30 ? cap : Math.min(cap, initialMs << Math.max(0, attempt));
    long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
    return Duration.ofMillis(Math.max(1, jittered));
  }
}
