package dev.akhbar.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code slots} requests of this service in Elasticsearch at once; the others wait for a
 * slot in the order they came, at most {@code wait}, then get a 503. A node runs a few searches at
 * a time per core anyway (its search thread pool); more in flight only share its cores, so that
 * every search, the cheap ones too, takes as long as the slowest. Queued here instead, each search
 * runs nearly alone and the waiting is fair: the latency of a busy service is the queue, the same
 * for all, and a burst cannot fill the node's own queue (which refuses with 429) or its memory.
 */
public final class SearchSlots {
  /** A call to Elasticsearch. */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws IOException;
  }

  private final Semaphore slots;
  private final int size;
  private final long waitNanos;

  public SearchSlots(int slots, Duration wait) {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be at least 1: " + slots);
    }
    this.slots = new Semaphore(slots, true);
    this.size = slots;
    this.waitNanos = wait.toNanos();
  }

  /** Runs {@code call} in a slot; {@link SearchUnavailableException} when none frees in time. */
  public <T> T run(Call<T> call) throws IOException {
    boolean got;
    try {
      got = slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchUnavailableException("Interrupted while waiting for a search slot", e);
    }
    if (!got) {
      throw new SearchUnavailableException(
          "Busy: "
              + size
              + " searches in Elasticsearch and none ended within "
              + Duration.ofNanos(waitNanos),
          null);
    }
    try {
      return call.run();
    } finally {
      slots.release();
    }
  }
}
