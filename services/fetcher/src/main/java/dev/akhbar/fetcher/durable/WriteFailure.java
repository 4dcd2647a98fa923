package dev.akhbar.fetcher.durable;

/**
 * Why a write to the log (a raw page, a dead letter, a seen mark) failed, as the domain needs to
 * know it: {@link #isTransient() transient} failures (the broker is unreachable, a timeout, an
 * authorisation failure an operator must fix) are waited out; the others mean this record can never
 * be written as it is (too large, not serialisable) and it goes to the dead-letter topic instead.
 * The Kafka adapter maps client exceptions to these.
 */
public final class WriteFailure extends RuntimeException {
  private final boolean transientFailure;

  private WriteFailure(String reason, boolean transientFailure, Throwable cause) {
    super(reason, cause);
    this.transientFailure = transientFailure;
  }

  /** The log cannot be written now; the same write will succeed once it is back. */
  public static WriteFailure unavailable(String reason, Throwable cause) {
    return new WriteFailure(reason, true, cause);
  }

  /** The log refuses this record for good. */
  public static WriteFailure rejected(String reason, Throwable cause) {
    return new WriteFailure(reason, false, cause);
  }

  public boolean isTransient() {
    return transientFailure;
  }
}
