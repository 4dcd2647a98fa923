package dev.akhbar.fetcher.fetch;

import java.time.Duration;

/**
 * A fetch that did not produce a usable response.
 *
 * <p>{@link #retryable()} failures (timeouts, connection errors, 5xx, 429) may be tried again; the
 * others (4xx, refused addresses, caps exceeded, wrong content type, redirect loops) are final.
 * {@link #retryAfter()} is the server's Retry-After, when it sent one; {@link #slowDown()} says the
 * whole host asked us to back off (429, 503).
 */
public class FetchException extends Exception {
  private final boolean retryable;
  private final boolean slowDown;
  private final Duration retryAfter;
  private final int status;

  public FetchException(String reason, boolean retryable, int status, Throwable cause) {
    this(reason, retryable, false, null, status, cause);
  }

  public FetchException(
      String reason,
      boolean retryable,
      boolean slowDown,
      Duration retryAfter,
      int status,
      Throwable cause) {
    super(reason, cause);
    this.retryable = retryable;
    this.slowDown = slowDown;
    this.retryAfter = retryAfter;
    this.status = status;
  }

  public static FetchException permanent(String reason) {
    return new FetchException(reason, false, 0, null);
  }

  public boolean retryable() {
    return retryable;
  }

  public boolean slowDown() {
    return slowDown;
  }

  /** Server's Retry-After, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** HTTP status, or 0 when there was no response. */
  public int status() {
    return status;
  }
}
