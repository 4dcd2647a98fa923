package dev.akhbar.fetcher.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One import, as it runs: its counts, where it is, why it waits; {@link #status()} is a snapshot.
 */
public final class ImportJob {
  private static final int RECENT_ERRORS = 20;

  /** Where a job is. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED,
    INTERRUPTED
  }

  private final String id;
  private final ImportSpec spec;
  private final Clock clock;
  private final Supplier<String> waiting;
  private final Instant submittedAt;
  private final AtomicLong pages = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();
  private final Deque<ImportStatus.DeadLettered> recent = new ArrayDeque<>();
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile State state = State.QUEUED;
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile String current;
  private volatile String error;
  private volatile boolean cancelRequested;
  private volatile PageSource source;

  ImportJob(String id, ImportSpec spec, Clock clock, Supplier<String> waiting) {
    this.id = id;
    this.spec = spec;
    this.clock = clock;
    this.waiting = waiting;
    this.submittedAt = clock.instant();
  }

  public String id() {
    return id;
  }

  public ImportSpec spec() {
    return spec;
  }

  public State state() {
    return state;
  }

  /** Asks a queued or running job to stop; pages in flight are finished. */
  public void cancel() {
    cancelRequested = true;
  }

  boolean cancelRequested() {
    return cancelRequested;
  }

  void started(PageSource source) {
    this.source = source;
    this.startedAt = clock.instant();
    this.state = State.RUNNING;
  }

  void current(String item) {
    current = item;
  }

  void emitted() {
    pages.incrementAndGet();
  }

  void skipped() {
    skipped.incrementAndGet();
  }

  void deadLettered(String url, String reason) {
    deadLettered.incrementAndGet();
    synchronized (recent) {
      if (recent.size() == RECENT_ERRORS) {
        recent.removeFirst();
      }
      recent.addLast(new ImportStatus.DeadLettered(url, reason));
    }
  }

  void finish(State end, String failure) {
    this.error = failure;
    this.current = null;
    this.finishedAt = clock.instant();
    this.state = end;
    finished.countDown();
  }

  /** Waits until the job ends or {@code timeout} passes; true when it ended. */
  public boolean awaitFinished(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public ImportStatus status() {
    PageSource s = source;
    Instant start = startedAt;
    Instant end = finishedAt;
    double seconds =
        start == null
            ? 0
            : Duration.between(start, end != null ? end : clock.instant()).toMillis() / 1000.0;
    List<ImportStatus.DeadLettered> errors;
    synchronized (recent) {
      errors = List.copyOf(recent);
    }
    return new ImportStatus(
        id,
        state.name().toLowerCase(Locale.ROOT),
        spec.path().toString(),
        spec.sourceId(),
        spec.force(),
        pages.get(),
        skipped.get(),
        deadLettered.get(),
        s == null ? 0 : s.filesTotal(),
        s == null || s.filesTotal() == 0 ? 0 : s.itemsDone(),
        s == null ? 0 : s.bytesTotal(),
        s == null ? 0 : s.bytesDone(),
        current,
        state == State.RUNNING ? waiting.get() : null,
        error,
        errors,
        submittedAt,
        start,
        end,
        seconds > 0 ? Math.round(pages.get() / seconds * 10) / 10.0 : 0);
  }
}
