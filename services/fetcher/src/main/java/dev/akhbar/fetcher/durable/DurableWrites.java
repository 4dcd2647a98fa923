package dev.akhbar.fetcher.durable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Writes that wait out an outage instead of losing the record: each attempt that fails with a
 * transient {@link WriteFailure} is tried again after a growing pause (capped), for as long as it
 * takes; a rejected record is handed back to the caller (which dead-letters it). While a write
 * waits, {@link #status()} says why, for the readiness check; the first success clears it.
 *
 * <p>{@link #close()} ends the waiting (shutdown): waiting writes throw {@link Aborted} and the
 * caller leaves its work undone (not marked seen, not acknowledged), to be redone after a restart.
 */
public final class DurableWrites implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(DurableWrites.class);

  /**
   * What the writes are waiting for.
   *
   * @param waiting whether a write failed and has not succeeded since
   * @param reason the last transient failure, or the write pending longest
   * @param since when the waiting began
   * @param pending writes in progress now (attempts and pauses)
   */
  public record Status(boolean waiting, String reason, Instant since, int pending) {}

  /** The write was abandoned because the service is stopping. */
  public static final class Aborted extends RuntimeException {
    public Aborted(String what) {
      super("Stopped while waiting to write " + what);
    }
  }

  private record Pending(String what, long startedNanos) {}

  private final Clock clock;
  private final Duration firstPause;
  private final Duration maxPause;
  private final Duration slowAfter;
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Object lock = new Object();
  private volatile boolean closed;
  private volatile String failure;
  private volatile Instant failingSince;

  /**
   * @param firstPause pause after the first failed attempt; doubles up to {@code maxPause}
   * @param slowAfter an attempt pending longer than this is reported as waiting (a broker that is
   *     down makes the client wait for its own timeouts before it fails)
   */
  public DurableWrites(Clock clock, Duration firstPause, Duration maxPause, Duration slowAfter) {
    this.clock = clock;
    this.firstPause = firstPause;
    this.maxPause = maxPause;
    this.slowAfter = slowAfter;
  }

  public static DurableWrites defaults(Clock clock) {
    return new DurableWrites(
        clock, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  /**
   * Runs {@code attempt} until it succeeds.
   *
   * @param what what is written, for logs and the status ("raw page &lt;id&gt;")
   * @return the attempt's result
   * @throws WriteFailure a rejection ({@link WriteFailure#isTransient()} false)
   * @throws Aborted when {@link #close()} was called while it waited
   */
  public <T> T write(String what, Supplier<? extends CompletionStage<T>> attempt) {
    long id = ids.incrementAndGet();
    pending.put(id, new Pending(what, System.nanoTime()));
    try {
      Duration pause = firstPause;
      for (int attempts = 1; ; attempts++) {
        if (closed) {
          throw new Aborted(what);
        }
        WriteFailure f;
        try {
          T result = await(attempt.get());
          succeeded();
          return result;
        } catch (WriteFailure e) {
          f = e;
        }
        if (!f.isTransient()) {
          throw f;
        }
        waiting(what, f, attempts);
        sleep(pause, what);
        pause = pause.multipliedBy(2).compareTo(maxPause) > 0 ? maxPause : pause.multipliedBy(2);
      }
    } finally {
      pending.remove(id);
    }
  }

  private static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw WriteFailure.unavailable("Interrupted", e);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof WriteFailure w) {
        throw w;
      }
      throw WriteFailure.rejected(String.valueOf(cause.getMessage()), cause);
    } catch (RuntimeException e) {
      if (e instanceof WriteFailure w) {
        throw w;
      }
      throw WriteFailure.rejected(String.valueOf(e.getMessage()), e);
    }
  }

  private void waiting(String what, WriteFailure f, int attempts) {
    if (failure == null) {
      failingSince = clock.instant();
      LOG.warnf("Waiting to write %s: %s; trying again until it succeeds", what, f.getMessage());
    } else if (attempts % 10 == 0) {
      LOG.warnf("Still waiting to write %s (%d attempts): %s", what, attempts, f.getMessage());
    }
    failure = "cannot write " + what + ": " + f.getMessage();
  }

  private void succeeded() {
    if (failure != null) {
      LOG.infof("Writes succeed again after waiting since %s", failingSince);
      failure = null;
      failingSince = null;
    }
  }

  private void sleep(Duration pause, String what) {
    if (Thread.currentThread().isInterrupted()) {
      throw new Aborted(what);
    }
    synchronized (lock) {
      if (closed) {
        throw new Aborted(what);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(lock, pause.toNanos());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Aborted(what);
      }
    }
  }

  /** Whether writes are waiting, and why. */
  public Status status() {
    String reason = failure;
    Instant since = failingSince;
    if (reason != null && since != null) {
      return new Status(true, reason, since, pending.size());
    }
    long now = System.nanoTime();
    Pending oldest = null;
    for (Pending p : pending.values()) {
      if (oldest == null || p.startedNanos() < oldest.startedNanos()) {
        oldest = p;
      }
    }
    if (oldest != null && now - oldest.startedNanos() > slowAfter.toNanos()) {
      Duration age = Duration.ofNanos(now - oldest.startedNanos());
      return new Status(
          true,
          "write of " + oldest.what() + " pending for " + age.toSeconds() + " s",
          clock.instant().minus(age),
          pending.size());
    }
    return new Status(false, null, null, pending.size());
  }

  /** Ends every wait: writes still waiting throw {@link Aborted}. */
  @Override
  public void close() {
    closed = true;
    synchronized (lock) {
      lock.notifyAll();
    }
  }
}
