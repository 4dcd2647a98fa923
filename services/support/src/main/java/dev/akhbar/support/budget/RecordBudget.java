package dev.akhbar.support.budget;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the work of one record off the messaging event loop, on a worker thread of its own, within a
 * time budget; whatever goes wrong comes back as a failed stage whose exception message is the
 * reason for the dead letter:
 *
 * <ul>
 *   <li>over budget: a {@link RecordRejectedException}; the worker is interrupted and, if it does
 *       not stop (a regex ignores interrupts), counted as {@link #overrunning()} until it ends;
 *   <li>{@link StackOverflowError}, {@link OutOfMemoryError} and other errors: a {@link
 *       RecordRejectedException} naming the error, so one record never takes the stage down;
 *   <li>exceptions of the work itself pass through unchanged (their message is the reason).
 * </ul>
 *
 * <p>How many records run at once is up to the caller (one per channel copy); the pool only adds a
 * thread when one is stuck past its budget. {@link #healthy()} turns false when more than {@code
 * maxOverrunning} workers are stuck, so that liveness can ask for a restart that frees them.
 */
public final class RecordBudget implements AutoCloseable {
  /** Stack of the worker threads: deep enough for legitimately deep recursion in parsers. */
  static final long STACK_BYTES = 8L * 1024 * 1024;

  private final String name;
  private final Duration budget;
  private final int maxOverrunning;
  private final ExecutorService workers;
  private final AtomicInteger overrunning = new AtomicInteger();
  private final AtomicInteger rejected = new AtomicInteger();

  public RecordBudget(String name, Duration budget, int maxOverrunning) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("A record budget must be positive: " + budget);
    }
    this.name = name;
    this.budget = budget;
    this.maxOverrunning = maxOverrunning;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads =
        r -> {
          Thread t = new Thread(null, r, name + "-worker-" + n.incrementAndGet(), STACK_BYTES);
          t.setDaemon(true);
          return t;
        };
    this.workers =
        new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
  }

  /** Runs {@code work} on a worker; the stage fails as described above. */
  public <T> CompletionStage<T> run(Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicInteger state = new AtomicInteger(); // 0 running, 1 done, 2 over budget
    java.util.concurrent.Future<?> task =
        workers.submit(
            () -> {
              try {
                T value = work.call();
                result.complete(value);
              } catch (Throwable t) {
                result.completeExceptionally(asReason(t));
              } finally {
                if (!state.compareAndSet(0, 1)) {
                  overrunning.decrementAndGet(); // a worker stuck past its budget has ended
                }
              }
            });
    return result
        .orTimeout(budget.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionallyCompose(
            t -> {
              Throwable cause =
                  t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
              if (cause instanceof TimeoutException && state.compareAndSet(0, 2)) {
                overrunning.incrementAndGet();
                task.cancel(true);
                rejected.incrementAndGet();
                return CompletableFuture.failedFuture(
                    new RecordRejectedException(
                        "Over the processing budget of "
                            + budget.toMillis() / 1000.0
                            + " s for one record (input too large or pathological)"));
              }
              if (cause instanceof RecordRejectedException) {
                rejected.incrementAndGet();
              }
              return CompletableFuture.failedFuture(cause);
            });
  }

  /**
   * Errors that would kill a thread become rejections with a reason; exceptions stay as they are.
   */
  static Throwable asReason(Throwable t) {
    if (t instanceof StackOverflowError) {
      return new RecordRejectedException(
          "Processing overflowed the stack (input nested or repeated too deeply)", t);
    }
    if (t instanceof OutOfMemoryError) {
      return new RecordRejectedException(
          "Processing ran out of memory (input too large for a "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MiB heap)",
          t);
    }
    if (t instanceof Error) {
      return new RecordRejectedException("Processing failed with " + t, t);
    }
    return t;
  }

  /** Workers still running past their budget. */
  public int overrunning() {
    return overrunning.get();
  }

  /** Records rejected so far (over budget, or an error). */
  public int rejected() {
    return rejected.get();
  }

  /** False when more workers are stuck than allowed: a restart would free their CPU. */
  public boolean healthy() {
    return overrunning.get() <= maxOverrunning;
  }

  public Duration budget() {
    return budget;
  }

  public String name() {
    return name;
  }

  /** "parser: 1 record worker over its 30 s budget (at most 2 allowed)". */
  public String describe() {
    return name
        + ": "
        + overrunning.get()
        + " record worker(s) still running past the "
        + budget.toMillis() / 1000.0
        + " s budget (at most "
        + maxOverrunning
        + " allowed), "
        + rejected.get()
        + " record(s) rejected";
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
