package dev.akhbar.indexer.bulk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The wait of the whole buffer. It closes when a request settles nothing because of a {@link Hold},
 * for an exponential backoff that grows while requests keep settling nothing, so that an outage
 * costs a request now and then, not one per document. It opens as soon as a request settles
 * something.
 *
 * <p>Held documents always wait for it. Fresh documents wait for it only once fresh documents
 * failed too ("waiting": the cluster, the credentials or every target index are at fault); a
 * document that fails alone, again and again, never keeps the others waiting. Not thread-safe: the
 * buffer uses it under its lock.
 */
final class Gate {
  private final Backoff backoff;
  private final Clock clock;
  private Hold hold;
  private boolean freshFailed;
  private Instant since;
  private long sinceNanos;
  private long untilNanos;
  private int attempts;

  Gate(Backoff backoff, Clock clock) {
    this.backoff = backoff;
    this.clock = clock;
  }

  /**
   * A request settled something.
   *
   * @return how long the buffer had been waiting, or null when it was not
   */
  Duration progress(long now) {
    Duration waited = waiting() ? Duration.ofNanos(now - sinceNanos) : null;
    hold = null;
    freshFailed = false;
    since = null;
    attempts = 0;
    untilNanos = now;
    return waited;
  }

  /**
   * A request settled nothing because of {@code cause}.
   *
   * @param fresh whether the request carried documents sent for the first time
   * @return true when the buffer starts waiting now
   */
  boolean blocked(Hold cause, boolean fresh, long now) {
    boolean wasWaiting = waiting();
    hold = cause;
    freshFailed |= fresh;
    untilNanos = now + backoff.delay(attempts++).toNanos();
    if (!wasWaiting && waiting()) {
      since = clock.instant();
      sinceNanos = now;
      return true;
    }
    return false;
  }

  /** Nanoseconds before held documents may be sent again; 0 or less: now. */
  long nanosUntilOpen(long now) {
    return untilNanos - now;
  }

  /** Nanoseconds before fresh documents may be sent; 0 or less: now. */
  long nanosUntilFresh(long now) {
    return freshFailed ? untilNanos - now : 0;
  }

  /** Whether nothing goes through, fresh documents included. */
  boolean waiting() {
    return hold != null && freshFailed;
  }

  /** Why nothing goes through, or null when documents flow. */
  Hold hold() {
    return waiting() ? hold : null;
  }

  Instant since() {
    return waiting() ? since : null;
  }
}
