package dev.akhbar.fetcher.importer;

import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.emit.PageEmitter;
import dev.akhbar.fetcher.state.IndexedSeenStore;
import dev.akhbar.fetcher.state.SeenStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Offline import as jobs: a folder of saved pages (*.html, *.html.gz) or a WARC file (.warc,
 * .warc.gz; response records carrying HTML) becomes the same raw-page events as a live fetch. A job
 * is queued at once and runs in the background (one job at a time, {@code workers} pages at once),
 * streaming its source in constant memory; its {@link ImportStatus} can be read while it runs.
 */
public class ImportService implements AutoCloseable {

  /**
   * @param workers pages made and written at the same time within a job
   * @param maxBodyBytes a page (file, WARC record body) larger than this is a dead letter
   * @param roots where imports asked for over the API may read
   * @param keepJobs finished jobs kept for their status
   * @param maxQueuedJobs jobs waiting beyond which new ones are refused
   */
  public record Settings(
      int workers, long maxBodyBytes, ImportRoots roots, int keepJobs, int maxQueuedJobs) {}

  /** Too many jobs wait already. */
  public static final class BusyException extends RuntimeException {
    BusyException(String message) {
      super(message);
    }
  }

  private final PageEmitter emitter;
  private final SeenStore seen;
  private final DurableWrites writes;
  private final Clock clock;
  private final Settings settings;
  private final Map<String, ImportJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("akhbar-import").daemon().factory());

  public ImportService(
      PageEmitter emitter, SeenStore seen, DurableWrites writes, Clock clock, Settings settings) {
    this.emitter = emitter;
    this.seen = seen;
    this.writes = writes;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Queues an import asked for over the API: the path must lie under an import root.
   *
   * @throws IllegalArgumentException when the path does not exist or is of no known kind
   * @throws ImportRoots.NotAllowedException when it is outside every root
   * @throws BusyException when too many jobs wait
   */
  public ImportJob submit(ImportSpec spec) {
    Path real = settings.roots().check(spec.path());
    PageSource.checkKind(real);
    return queue(new ImportSpec(real, spec.sourceId(), spec.force()), settings.roots()::allows);
  }

  /**
   * Queues an import of a path from the service's own configuration (imported at startup): not
   * restricted to the import roots.
   *
   * @throws IllegalArgumentException when the path does not exist or is of no known kind
   */
  public ImportJob submitConfigured(ImportSpec spec) {
    if (!Files.exists(spec.path())) {
      throw new IllegalArgumentException("No such file or folder: " + spec.path());
    }
    PageSource.checkKind(spec.path());
    return queue(spec, p -> true);
  }

  private ImportJob queue(ImportSpec spec, Predicate<Path> allowed) {
    long waiting = jobs().stream().filter(j -> j.state() == ImportJob.State.QUEUED).count();
    if (waiting >= settings.maxQueuedJobs()) {
      throw new BusyException(waiting + " imports wait already; try again later");
    }
    ImportJob job = new ImportJob(UUID.randomUUID().toString(), spec, clock, this::waitingReason);
    jobs.put(job.id(), job);
    forgetOldJobs();
    try {
      runner.execute(() -> run(job, allowed));
    } catch (RejectedExecutionException e) {
      job.finish(ImportJob.State.INTERRUPTED, "The fetcher is stopping");
    }
    return job;
  }

  private void run(ImportJob job, Predicate<Path> allowed) {
    if (job.cancelRequested()) {
      job.finish(ImportJob.State.CANCELLED, null);
      return;
    }
    ImportSpec spec = job.spec();
    try (PageSource source = open(spec.path(), allowed, job)) {
      new ImportRun(job, source, emitter, seen, settings.workers()).run();
    } catch (IOException | RuntimeException e) {
      if (job.state() == ImportJob.State.QUEUED || job.state() == ImportJob.State.RUNNING) {
        job.finish(ImportJob.State.FAILED, "Cannot read " + spec.path() + ": " + e.getMessage());
      }
    }
  }

  private PageSource open(Path path, Predicate<Path> allowed, ImportJob job) throws IOException {
    if (PageSource.isWarc(path) && Files.isRegularFile(path)) {
      return new WarcSource(path, settings.maxBodyBytes(), job::skipped);
    }
    return new FolderSource(path, allowed, settings.maxBodyBytes(), clock);
  }

  private String waitingReason() {
    if (seen instanceof IndexedSeenStore indexed && !indexed.status().loaded()) {
      return "loading the seen-set (" + indexed.status().records() + " records read)";
    }
    DurableWrites.Status s = writes.status();
    return s.waiting() ? s.reason() : null;
  }

  private void forgetOldJobs() {
    synchronized (jobs) {
      List<String> finished = new ArrayList<>();
      jobs.values().stream().filter(j -> j.status().finished()).forEach(j -> finished.add(j.id()));
      for (int i = 0; i < finished.size() - settings.keepJobs(); i++) {
        jobs.remove(finished.get(i));
      }
    }
  }

  public Optional<ImportJob> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The jobs known, oldest first. */
  public List<ImportJob> jobs() {
    synchronized (jobs) {
      return List.copyOf(jobs.values());
    }
  }

  /**
   * Imports now and waits for the end (tests, tools): the path is not checked against the roots.
   */
  public ImportStatus run(ImportSpec spec) throws InterruptedException {
    ImportJob job = submitConfigured(spec);
    while (!job.awaitFinished(Duration.ofMinutes(1))) {
      // waits as long as the import takes, an outage included
    }
    return job.status();
  }

  /** Cancels the jobs; the one running finishes the pages in flight. */
  @Override
  public void close() {
    jobs().forEach(ImportJob::cancel);
    runner.shutdown();
    try {
      runner.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
