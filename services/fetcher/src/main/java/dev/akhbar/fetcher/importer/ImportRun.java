package dev.akhbar.fetcher.importer;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.emit.PageEmitter;
import dev.akhbar.fetcher.state.SeenStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Runs one import job: {@code workers} threads take items from the source in turn, each makes one
 * page, skips it when seen (unless forced) and emits it, waiting while the broker is away. One page
 * per worker is in memory, whatever the size of the source. What cannot be made a page, or what the
 * log refuses, is dead-lettered with its URL and reason, and the import goes on.
 */
final class ImportRun {
  private static final Logger LOG = Logger.getLogger(ImportRun.class);

  private final ImportJob job;
  private final PageSource source;
  private final PageEmitter emitter;
  private final SeenStore seen;
  private final int workers;
  private final AtomicReference<ImportJob.State> stoppedAs = new AtomicReference<>();
  private final AtomicReference<String> failure = new AtomicReference<>();

  ImportRun(ImportJob job, PageSource source, PageEmitter emitter, SeenStore seen, int workers) {
    this.job = job;
    this.source = source;
    this.emitter = emitter;
    this.seen = seen;
    this.workers = Math.max(1, workers);
  }

  /** Runs the job to its end on this thread and its workers. */
  void run() {
    job.started(source);
    List<Thread> threads = new ArrayList<>();
    Thread.Builder builder =
        Thread.ofPlatform().name("akhbar-import-" + job.id().substring(0, 8) + "-", 0).daemon();
    for (int i = 0; i < workers; i++) {
      threads.add(builder.start(this::work));
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop(ImportJob.State.INTERRUPTED, "Stopped with the fetcher");
        threads.forEach(Thread::interrupt);
      }
    }
    ImportJob.State end = stoppedAs.get();
    if (end == null) {
      end = job.cancelRequested() ? ImportJob.State.CANCELLED : ImportJob.State.DONE;
    }
    job.finish(end, failure.get());
    LOG.infof("Import %s of %s: %s", job.id(), job.spec().path(), job.status());
  }

  private void stop(ImportJob.State state, String reason) {
    if (stoppedAs.compareAndSet(null, state)) {
      failure.set(reason);
    }
  }

  private boolean stopping() {
    return stoppedAs.get() != null
        || job.cancelRequested()
        || Thread.currentThread().isInterrupted();
  }

  private void work() {
    try {
      while (!stopping()) {
        ImportItem item;
        synchronized (source) {
          if (stopping()) {
            return;
          }
          try {
            item = source.next();
          } catch (IOException | RuntimeException e) {
            String reason = "Cannot read " + job.spec().path() + ": " + e.getMessage();
            deadLetter(job.spec().path().toUri().toString(), reason, e);
            stop(ImportJob.State.FAILED, reason);
            return;
          }
        }
        if (item == null) {
          return;
        }
        job.current(item.name());
        process(item);
      }
    } catch (DurableWrites.Aborted e) {
      stop(ImportJob.State.INTERRUPTED, e.getMessage());
    }
  }

  private void process(ImportItem item) {
    ImportItem.Page made;
    try {
      made = item.toPage(job.spec().sourceId());
    } catch (IOException | RuntimeException e) {
      deadLetter(item.fallbackUrl(), "Cannot import " + item.name() + ": " + e.getMessage(), e);
      return;
    }
    if (!job.spec().force() && seen.contains(made.url())) {
      job.skipped();
      return;
    }
    PageEmitter.Result result;
    try {
      result = emitter.emit(made.page(), made.url(), made.url(), null);
    } catch (DurableWrites.Aborted e) {
      throw e;
    } catch (RuntimeException e) {
      deadLetter(made.url().toString(), "Cannot import " + item.name() + ": " + e, e);
      return;
    }
    if (result.emitted()) {
      job.emitted();
    } else {
      job.deadLettered(made.url().toString(), result.reason());
    }
  }

  private void deadLetter(String url, String reason, Throwable cause) {
    String target = url == null || url.isBlank() ? "file:unknown" : url;
    LOG.warnf("Import dead letter: %s", reason);
    emitter.deadLetter(new FetchRequest(target, job.spec().sourceId(), null), reason, cause);
    job.deadLettered(target, reason);
  }
}
