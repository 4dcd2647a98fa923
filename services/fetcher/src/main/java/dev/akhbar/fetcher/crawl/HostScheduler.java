package dev.akhbar.fetcher.crawl;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A per-key serial scheduler: tasks wait in their key's FIFO queue; a key runs one task at a time,
 * on a shared pool of workers, and its next task starts no earlier than the pause the last one
 * asked for. Keys are independent. Nothing here knows about HTTP: the crawler's keys are hosts and
 * its pauses are politeness delays and backoffs.
 *
 * <p>A task may run several times ({@link Turn#again}, e.g. a retry): it then goes back to the head
 * of its queue. A task can move itself to another key by {@link #submit submitting} itself there
 * from {@link Task#run()} and returning {@link Turn#done}. {@link #close} stops dispatching, lets
 * running tasks finish and cancels the rest.
 */
public final class HostScheduler implements AutoCloseable {

  /** A unit of work that runs in its key's slot. */
  public interface Task {
    /** Runs one step; never throws (a RuntimeException cancels the task). */
    Turn run();

    /** The task will not run (again): the scheduler is closed. */
    void cancel();
  }

  /**
   * What a step asks for.
   *
   * @param pause how long the key rests before its next task starts
   * @param again whether this task runs again, before the others of its key
   */
  public record Turn(Duration pause, boolean again) {
    public static Turn done(Duration pause) {
      return new Turn(pause, false);
    }

    public static Turn again(Duration pause) {
      return new Turn(pause, true);
    }
  }

  private static final class Queued {
    final Task task;
    long readySince = System.nanoTime();

    Queued(Task task) {
      this.task = task;
    }
  }

  private static final class Slot {
    final Deque<Queued> tasks = new ArrayDeque<>();
    boolean scheduled;
    long nextAllowedNanos = System.nanoTime();
  }

  private final Map<String, Slot> slots = new ConcurrentHashMap<>();
  private final AtomicInteger depth = new AtomicInteger();
  private final ScheduledExecutorService timer;
  private final ExecutorService workers;
  private final Consumer<Duration> waited;
  private volatile boolean closed;

  /**
   * @param workers keys served at the same time
   * @param name thread name prefix
   * @param waited told how long each task waited in its queue before a step started
   */
  public HostScheduler(int workers, String name, Consumer<Duration> waited) {
    this.waited = waited;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name(name + "-timer").daemon().factory());
    this.workers =
        Executors.newFixedThreadPool(
            workers, Thread.ofPlatform().name(name + "-worker-", 0).daemon().factory());
  }

  /** Queues a task behind the others of its key; cancels it when the scheduler is closed. */
  public void submit(String key, Task task) {
    if (closed) {
      task.cancel();
      return;
    }
    Slot slot = slots.computeIfAbsent(key, k -> new Slot());
    depth.incrementAndGet();
    synchronized (slot) {
      slot.tasks.addLast(new Queued(task));
      if (!slot.scheduled) {
        slot.scheduled = true;
        schedule(slot, Math.max(0, slot.nextAllowedNanos - System.nanoTime()));
      }
    }
  }

  /** Tasks waiting in all queues (not counting those running). */
  public int depth() {
    return depth.get();
  }

  private void schedule(Slot slot, long delayNanos) {
    try {
      timer.schedule(
          () -> {
            try {
              workers.execute(() -> run(slot));
            } catch (RejectedExecutionException e) {
              cancelAll(slot);
            }
          },
          delayNanos,
          TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      cancelAll(slot);
    }
  }

  private void run(Slot slot) {
    Queued q;
    synchronized (slot) {
      q = slot.tasks.pollFirst();
      if (q == null) {
        slot.scheduled = false;
        return;
      }
    }
    depth.decrementAndGet();
    if (closed) {
      q.task.cancel();
      cancelAll(slot);
      return;
    }
    waited.accept(Duration.ofNanos(System.nanoTime() - q.readySince));
    Turn turn;
    try {
      turn = q.task.run();
    } catch (RuntimeException e) {
      q.task.cancel();
      turn = Turn.done(Duration.ZERO);
    }
    synchronized (slot) {
      long pause = turn.pause().toNanos();
      slot.nextAllowedNanos = System.nanoTime() + pause;
      if (turn.again()) {
        q.readySince = System.nanoTime();
        slot.tasks.addFirst(q);
        depth.incrementAndGet();
      }
      if (slot.tasks.isEmpty()) {
        slot.scheduled = false;
      } else {
        schedule(slot, pause);
      }
    }
  }

  private void cancelAll(Slot slot) {
    synchronized (slot) {
      Queued q;
      while ((q = slot.tasks.pollFirst()) != null) {
        depth.decrementAndGet();
        q.task.cancel();
      }
      slot.scheduled = false;
    }
  }

  /** Stops dispatching, waits up to {@code grace} for running tasks, cancels the queued ones. */
  public void close(Duration grace) {
    closed = true;
    timer.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdownNow();
    }
    slots.values().forEach(this::cancelAll);
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(60));
  }
}
