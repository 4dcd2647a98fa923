package dev.akhbar.indexer.bulk;

import dev.akhbar.indexer.document.IndexDocument;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Gathers documents into bulk requests and sends them, one request at a time, on its own thread.
 *
 * <ul>
 *   <li>A request goes out when {@code maxActions} documents or {@code maxBytes} are pending,
 *       {@code flushInterval} after the oldest pending document arrived, or when a held document is
 *       due again. Two versions of one article never share a request.
 *   <li>Back-pressure: {@link Submission#accepted()} completes only while fewer than {@code
 *       capacityActions} documents / {@code capacityBytes} are buffered (pending, in flight or
 *       held). A caller that waits for it before submitting more never makes the buffer grow.
 *   <li>A document that meets a {@link Hold} (write block, credentials, shard limit, overload,
 *       outage) waits with its own exponential backoff and is sent again, for as long as it takes,
 *       while other documents go on. When a request settles nothing, held documents wait for a
 *       common backoff too ({@link Gate}); when fresh documents fail as well, everything waits and
 *       {@link #status()} says why and since when.
 *   <li>{@link Submission#outcome()} completes once Elasticsearch settled the document for good:
 *       indexed, stale or rejected (content errors; and SUSPECT documents after {@code
 *       suspectAttempts} server errors in requests that indexed others). On {@link #close()} what
 *       is still buffered completes with {@link ShutdownException} (redelivered after a restart).
 *   <li>The flusher thread survives any exception of the sender or a listener.
 * </ul>
 *
 * <p>Knows nothing of Kafka; see DESIGN.md.
 */
public final class BulkBuffer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(BulkBuffer.class);

  /** The two answers to a submission. */
  public record Submission(CompletionStage<Void> accepted, CompletionStage<Outcome> outcome) {}

  /** A buffered document; mutable fields change under the lock or on the flusher thread. */
  private static final class Entry {
    final IndexDocument doc;
    final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    final long arrivedNanos;
    int attempts;
    int suspects;
    long dueNanos;

    Entry(IndexDocument doc, long arrivedNanos) {
      this.doc = doc;
      this.arrivedNanos = arrivedNanos;
    }
  }

  private final BulkSettings settings;
  private final BulkListener listener;
  private final LongSupplier nanoClock;
  private final BulkAttempt attempt;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Entry> pending = new ArrayDeque<>();
  private final PriorityQueue<Entry> delayed =
      new PriorityQueue<>(Comparator.comparingLong(e -> e.dueNanos));
  private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
  private long pendingBytes;
  private int buffered;
  private long bufferedBytes;
  private boolean closed;
  private final Gate gate;
  private Hold lastHeld;
  private final Thread flusher;

  public BulkBuffer(BulkSettings settings, BulkSender sender, BulkListener listener) {
    this(settings, sender, listener, System::nanoTime, Clock.systemUTC());
  }

  BulkBuffer(
      BulkSettings settings,
      BulkSender sender,
      BulkListener listener,
      LongSupplier nanoClock,
      Clock clock) {
    this.settings = settings;
    this.listener = new SafeListener(listener);
    this.nanoClock = nanoClock;
    this.gate = new Gate(settings.backoff(), clock);
    this.attempt = new BulkAttempt(sender, this.listener, nanoClock);
    this.flusher = Thread.ofPlatform().name("akhbar-bulk-flusher").daemon().unstarted(this::run);
    this.flusher.start();
  }

  /** Adds a document; see {@link Submission}. */
  public Submission submit(IndexDocument doc) {
    Entry entry = new Entry(doc, nanoClock.getAsLong());
    CompletableFuture<Void> accepted;
    lock.lock();
    try {
      if (closed) {
        entry.outcome.completeExceptionally(new ShutdownException());
        return new Submission(CompletableFuture.completedFuture(null), entry.outcome);
      }
      pending.addLast(entry);
      pendingBytes += doc.sizeInBytes();
      buffered++;
      bufferedBytes += doc.sizeInBytes();
      if (hasRoom()) {
        accepted = CompletableFuture.completedFuture(null);
      } else {
        accepted = new CompletableFuture<>();
        waiting.addLast(accepted);
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    return new Submission(accepted, entry.outcome);
  }

  /** Documents buffered: pending, in flight or held. */
  public int buffered() {
    return locked(() -> buffered);
  }

  /** Bytes buffered: pending, in flight or held. */
  public long bufferedBytes() {
    return locked(() -> bufferedBytes);
  }

  /** Documents held for a retry. */
  public int held() {
    return locked(delayed::size);
  }

  public BulkStatus status() {
    return locked(() -> new BulkStatus(gate.hold(), gate.since(), delayed.size(), lastHeld));
  }

  /** False only if the flusher thread died, which it is built never to do: then restart. */
  public boolean flusherAlive() {
    return flusher.isAlive() || locked(() -> closed);
  }

  /** Stops the flusher; whatever is still buffered completes with {@link ShutdownException}. */
  @Override
  public void close() {
    List<Entry> left;
    List<CompletableFuture<Void>> waiters;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      changed.signalAll();
      left = new ArrayList<>(pending);
      left.addAll(delayed);
      pending.clear();
      delayed.clear();
      waiters = new ArrayList<>(waiting);
      waiting.clear();
    } finally {
      lock.unlock();
    }
    flusher.interrupt();
    try {
      flusher.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    left.forEach(e -> e.outcome.completeExceptionally(new ShutdownException()));
    waiters.forEach(w -> w.complete(null));
  }

  private boolean hasRoom() {
    return buffered < settings.capacityActions() && bufferedBytes < settings.capacityBytes();
  }

  private void run() {
    while (true) {
      List<Entry> batch;
      lock.lock();
      try {
        long wait;
        while (!closed && (wait = nanosUntilReady(nanoClock.getAsLong())) > 0) {
          if (wait == Long.MAX_VALUE) {
            changed.await();
          } else {
            changed.awaitNanos(wait);
          }
        }
        if (closed) {
          return;
        }
        batch = takeBatch(nanoClock.getAsLong());
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      List<ItemResult> results;
      try {
        results = attempt.send(batch.stream().map(e -> e.doc).toList());
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        // Never let the flusher die: hold the batch, say so, go on.
        listener.flusherError(e);
        results = Collections.nCopies(batch.size(), ItemResult.held(0, Hold.unexpected(e)));
      }
      try {
        settle(batch, results);
      } catch (RuntimeException e) {
        listener.flusherError(e);
      }
    }
  }

  /** Nanoseconds until a batch is worth sending; 0 or less: now; MAX_VALUE: nothing to send. */
  private long nanosUntilReady(long now) {
    long wait = Long.MAX_VALUE;
    if (!delayed.isEmpty()) {
      wait = Math.max(gate.nanosUntilOpen(now), delayed.peek().dueNanos - now);
    }
    if (!pending.isEmpty()) {
      long fresh =
          pending.size() >= settings.maxActions() || pendingBytes >= settings.maxBytes()
              ? 0
              : pending.peekFirst().arrivedNanos + settings.flushInterval().toNanos() - now;
      wait = Math.min(wait, Math.max(fresh, gate.nanosUntilFresh(now)));
    }
    return wait;
  }

  /** Due retries first, then fresh documents; a second version of an article waits its turn. */
  private List<Entry> takeBatch(long now) {
    List<Entry> batch = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    long[] bytes = {0};
    List<Entry> later = new ArrayList<>();
    boolean open = gate.nanosUntilOpen(now) <= 0;
    while (open && !delayed.isEmpty() && delayed.peek().dueNanos <= now && fits(batch, bytes[0])) {
      add(delayed.poll(), batch, ids, bytes, later);
    }
    delayed.addAll(later);
    later.clear();
    while (!pending.isEmpty() && fits(batch, bytes[0], pending.peekFirst())) {
      Entry next = pending.pollFirst();
      pendingBytes -= next.doc.sizeInBytes();
      add(next, batch, ids, bytes, later);
    }
    for (int i = later.size() - 1; i >= 0; i--) {
      pending.addFirst(later.get(i));
      pendingBytes += later.get(i).doc.sizeInBytes();
    }
    return batch;
  }

  private boolean fits(List<Entry> batch, long bytes) {
    return fits(batch, bytes, delayed.peek());
  }

  private boolean fits(List<Entry> batch, long bytes, Entry next) {
    return batch.isEmpty()
        || (batch.size() < settings.maxActions()
            && bytes + next.doc.sizeInBytes() <= settings.maxBytes());
  }

  private static void add(
      Entry entry, List<Entry> batch, Set<String> ids, long[] bytes, List<Entry> later) {
    if (ids.add(entry.doc.id())) {
      batch.add(entry);
      bytes[0] += entry.doc.sizeInBytes();
    } else {
      later.add(entry);
    }
  }

  /** Completes what is settled, holds the rest, moves the gate. */
  private void settle(List<Entry> batch, List<ItemResult> results) {
    boolean progress = results.stream().anyMatch(ItemResult::settled);
    boolean fresh = batch.stream().anyMatch(e -> e.attempts == 0);
    List<Entry> done = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    List<Entry> retry = new ArrayList<>();
    Hold hold = null;
    for (int i = 0; i < batch.size(); i++) {
      Entry entry = batch.get(i);
      ItemResult result = results.get(i);
      Outcome outcome =
          switch (result.kind()) {
            case INDEXED, STALE -> new Outcome(result.kind(), null);
            case REJECTED -> new Outcome(ItemResult.Kind.REJECTED, result.reason());
            case SUSPECT ->
                progress && ++entry.suspects >= settings.suspectAttempts()
                    ? new Outcome(
                        ItemResult.Kind.REJECTED,
                        "Elasticsearch failed on this document "
                            + entry.suspects
                            + " times while it indexed others: "
                            + result.reason())
                    : null;
            case HELD -> null;
          };
      if (outcome == null) {
        retry.add(entry);
        hold = result.hold();
      } else {
        done.add(entry);
        outcomes.add(outcome);
      }
    }
    Duration delay = null;
    List<Entry> abandoned = new ArrayList<>();
    List<CompletableFuture<Void>> admitted = new ArrayList<>();
    Hold waitingNow = null;
    Duration resumedAfter = null;
    lock.lock();
    try {
      long now = nanoClock.getAsLong();
      for (Entry e : done) {
        buffered--;
        bufferedBytes -= e.doc.sizeInBytes();
      }
      for (Entry e : retry) {
        if (closed) {
          abandoned.add(e);
          continue;
        }
        delay = settings.backoff().delay(e.attempts++);
        e.dueNanos = now + delay.toNanos();
        delayed.add(e);
      }
      lastHeld = delayed.isEmpty() ? null : hold != null ? hold : lastHeld;
      if (progress) {
        resumedAfter = gate.progress(now);
      } else if (hold != null && gate.blocked(hold, fresh, now)) {
        waitingNow = hold;
      }
      while (!waiting.isEmpty() && hasRoom()) {
        admitted.add(waiting.removeFirst());
      }
    } finally {
      lock.unlock();
    }
    for (int i = 0; i < done.size(); i++) {
      if (outcomes.get(i).kind() == ItemResult.Kind.REJECTED) {
        listener.rejected(done.get(i).doc, outcomes.get(i).reason());
      }
      complete(done.get(i), outcomes.get(i));
    }
    abandoned.forEach(e -> e.outcome.completeExceptionally(new ShutdownException()));
    admitted.forEach(w -> w.complete(null));
    if (resumedAfter != null) {
      listener.resumed(resumedAfter);
    }
    if (waitingNow != null) {
      listener.waiting(waitingNow);
    }
    if (delay != null) {
      listener.retrying(retry.size() - abandoned.size(), hold, delay);
    }
  }

  private static void complete(Entry entry, Outcome outcome) {
    try {
      entry.outcome.complete(outcome);
    } catch (RuntimeException e) {
      // A dependent stage that throws is the caller's problem, never the flusher's.
      LOG.errorf(e, "Settling %s failed", entry.doc.id());
    }
  }

  private <T> T locked(Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }
}
