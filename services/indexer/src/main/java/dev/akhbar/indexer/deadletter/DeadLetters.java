package dev.akhbar.indexer.deadletter;

import dev.akhbar.indexer.bulk.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Writes dead letters until the dead-letter topic has them. A write that fails (broker down, topic
 * refusing the record, missing ACL) is retried with backoff, for as long as it takes: the event is
 * acknowledged only once its dead letter is written, so its offset is never committed past an event
 * that is in neither the index nor the dead-letter topic. While writes fail, {@link #status()} says
 * so (readiness), and the listener counts it (metrics).
 *
 * <p>Owns {@code scheduler}, which runs the retries. At most {@code maxPending} dead letters wait
 * at a time: {@link #room()} holds consumption back beyond that. Knows nothing of Kafka: a write is
 * any {@code Supplier<CompletionStage<Void>>}.
 */
public final class DeadLetters implements AutoCloseable {

  /** Observes the writes (metrics, logs). */
  public interface Listener {
    default void failed(String reason, int attempt, Duration delay) {}

    default void written(int attempts) {}
  }

  /**
   * @param failure why the latest write failed, or null when writes succeed
   * @param since since when writes fail, or null
   * @param pending dead letters not yet written
   */
  public record Status(String failure, Instant since, int pending) {
    public boolean failing() {
      return failure != null;
    }
  }

  /** Completes the writes still pending when the indexer stops (they are redelivered). */
  public static final class ClosedException extends RuntimeException {
    public ClosedException() {
      super("Indexer shutting down; the event stays unacknowledged and will be redelivered");
    }
  }

  private final int maxPending;
  private final Backoff backoff;
  private final Listener listener;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;

  private final Object lock = new Object();
  private final Set<CompletableFuture<Void>> unwritten = new HashSet<>();
  private final ArrayDeque<CompletableFuture<Void>> waitingForRoom = new ArrayDeque<>();
  private String failure;
  private Instant since;
  private boolean closed;

  public DeadLetters(
      int maxPending,
      Backoff backoff,
      Listener listener,
      ScheduledExecutorService scheduler,
      Clock clock) {
    if (maxPending < 1) {
      throw new IllegalArgumentException("maxPending must be at least 1");
    }
    this.maxPending = maxPending;
    this.backoff = backoff;
    this.listener = listener;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /**
   * Writes one dead letter.
   *
   * @param write sends it; its stage completes when the dead-letter topic has it
   * @return completes when the dead letter is written, however many attempts it takes; fails only
   *     with {@link ClosedException}
   */
  public CompletionStage<Void> write(Supplier<CompletionStage<Void>> write) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    synchronized (lock) {
      if (closed) {
        done.completeExceptionally(new ClosedException());
        return done;
      }
      unwritten.add(done);
    }
    attempt(write, done, 0);
    return done;
  }

  /** Completes when fewer than {@code maxPending} dead letters are waiting to be written. */
  public CompletionStage<Void> room() {
    synchronized (lock) {
      if (closed || unwritten.size() < maxPending) {
        return CompletableFuture.completedFuture(null);
      }
      CompletableFuture<Void> room = new CompletableFuture<>();
      waitingForRoom.add(room);
      return room;
    }
  }

  public Status status() {
    synchronized (lock) {
      return new Status(failure, since, unwritten.size());
    }
  }

  /** Abandons what is not written (those events stay unacknowledged); stops the scheduler. */
  @Override
  public void close() {
    List<CompletableFuture<Void>> left;
    List<CompletableFuture<Void>> waiters;
    synchronized (lock) {
      closed = true;
      left = new ArrayList<>(unwritten);
      unwritten.clear();
      waiters = new ArrayList<>(waitingForRoom);
      waitingForRoom.clear();
    }
    scheduler.shutdownNow();
    left.forEach(f -> f.completeExceptionally(new ClosedException()));
    waiters.forEach(w -> w.complete(null));
  }

  private void attempt(Supplier<CompletionStage<Void>> write, CompletableFuture<Void> done, int n) {
    CompletionStage<Void> stage;
    try {
      stage = write.get();
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    stage.whenComplete(
        (ok, error) -> {
          if (error == null) {
            written(done, n + 1);
          } else {
            retry(write, done, n, error);
          }
        });
  }

  private void written(CompletableFuture<Void> done, int attempts) {
    List<CompletableFuture<Void>> admitted = new ArrayList<>();
    synchronized (lock) {
      if (!unwritten.remove(done)) {
        return; // closed meanwhile
      }
      failure = null;
      since = null;
      while (!waitingForRoom.isEmpty() && unwritten.size() < maxPending) {
        admitted.add(waitingForRoom.poll());
      }
    }
    listener.written(attempts);
    done.complete(null);
    admitted.forEach(w -> w.complete(null));
  }

  private void retry(
      Supplier<CompletionStage<Void>> write, CompletableFuture<Void> done, int n, Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    Duration delay = backoff.delay(n);
    synchronized (lock) {
      if (closed) {
        return;
      }
      if (failure == null) {
        since = clock.instant();
      }
      failure = cause.toString();
    }
    listener.failed(cause.toString(), n + 1, delay);
    try {
      scheduler.schedule(
          () -> attempt(write, done, n + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopped) {
      done.completeExceptionally(new ClosedException());
    }
  }
}
