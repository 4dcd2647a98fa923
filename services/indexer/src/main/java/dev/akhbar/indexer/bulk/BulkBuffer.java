package dev.akhbar.indexer.bulk;

import dev.akhbar.indexer.document.IndexDocument;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Gathers documents into bulk requests and sends them, one request at a time, on its own thread.
 *
 * <ul>
 *   <li>A request goes out when {@code maxActions} documents or {@code maxBytes} are pending, or
 *       {@code flushInterval} after the oldest pending document arrived.
 *   <li>Back-pressure: {@link Submission#accepted()} completes only while fewer than {@code
 *       capacityActions} documents / {@code capacityBytes} are buffered (pending or in flight). A
 *       caller that waits for it before submitting more never makes the buffer grow without bound.
 *   <li>Failures of the whole request and retryable item failures (429, 5xx) are retried with
 *       exponential backoff and jitter, for as long as it takes: nothing is dropped because
 *       Elasticsearch is slow or down. Rejected items complete as {@code REJECTED} with the reason.
 *   <li>{@link Submission#outcome()} completes only once Elasticsearch has answered for that
 *       document for good; on {@link #close()} what is still buffered completes exceptionally with
 *       {@link ShutdownException} (not acknowledged, so it is redelivered after a restart).
 * </ul>
 *
 * <p>Knows nothing of Kafka; see DESIGN.md.
 */
public final class BulkBuffer implements AutoCloseable {

  /**
   * @param maxActions documents per bulk request
   * @param maxBytes bytes of document source per bulk request (a single larger document goes alone)
   * @param flushInterval longest a document waits for companions
   * @param capacityActions documents buffered before submitters are held back
   * @param capacityBytes bytes buffered before submitters are held back
   * @param initialBackoff first retry delay
   * @param maxBackoff longest retry delay
   */
  public record Settings(
      int maxActions,
      long maxBytes,
      Duration flushInterval,
      int capacityActions,
      long capacityBytes,
      Duration initialBackoff,
      Duration maxBackoff) {
    public Settings {
      if (maxActions < 1
          || maxBytes < 1
          || capacityActions < maxActions
          || capacityBytes < maxBytes) {
        throw new IllegalArgumentException(
            "Need 1 <= maxActions <= capacityActions and 1 <= maxBytes <= capacityBytes");
      }
    }
  }

  /** The two answers to a submission. */
  public record Submission(CompletionStage<Void> accepted, CompletionStage<Outcome> outcome) {}

  /** Observes the buffer (metrics, logs). Called on the flusher thread. */
  public interface Listener {
    default void bulkCompleted(int documents, long bytes, long nanos, boolean requestFailed) {}

    default void retrying(int documents, String reason, Duration delay) {}

    default void rejected(IndexDocument document, String reason) {}
  }

  /** Completes outcomes of documents still buffered when the buffer closes. */
  public static final class ShutdownException extends RuntimeException {
    public ShutdownException() {
      super("Indexer shutting down; the event stays unacknowledged and will be redelivered");
    }
  }

  private record Entry(IndexDocument doc, CompletableFuture<Outcome> outcome, long arrivedNanos) {}

  private final Settings settings;
  private final BulkSender sender;
  private final Listener listener;
  private final LongSupplier nanoClock;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Entry> pending = new ArrayDeque<>();
  private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
  private long pendingBytes;
  private int buffered;
  private long bufferedBytes;
  private boolean closed;
  private final Thread flusher;

  public BulkBuffer(Settings settings, BulkSender sender, Listener listener) {
    this(settings, sender, listener, System::nanoTime);
  }

  BulkBuffer(Settings settings, BulkSender sender, Listener listener, LongSupplier nanoClock) {
    this.settings = settings;
    this.sender = sender;
    this.listener = listener;
    this.nanoClock = nanoClock;
    this.flusher = Thread.ofPlatform().name("akhbar-bulk-flusher").daemon().unstarted(this::run);
    this.flusher.start();
  }

  /** Adds a document; see {@link Submission}. */
  public Submission submit(IndexDocument doc) {
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    CompletableFuture<Void> accepted;
    lock.lock();
    try {
      if (closed) {
        outcome.completeExceptionally(new ShutdownException());
        return new Submission(CompletableFuture.completedFuture(null), outcome);
      }
      pending.addLast(new Entry(doc, outcome, nanoClock.getAsLong()));
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
    return new Submission(accepted, outcome);
  }

  /** Documents buffered: pending or in flight. */
  public int buffered() {
    lock.lock();
    try {
      return buffered;
    } finally {
      lock.unlock();
    }
  }

  /** Bytes buffered: pending or in flight. */
  public long bufferedBytes() {
    lock.lock();
    try {
      return bufferedBytes;
    } finally {
      lock.unlock();
    }
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
      pending.clear();
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
    left.forEach(e -> e.outcome().completeExceptionally(new ShutdownException()));
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
        while (!closed && !batchReady()) {
          if (pending.isEmpty()) {
            changed.await();
          } else {
            long waited = nanoClock.getAsLong() - pending.peekFirst().arrivedNanos();
            changed.awaitNanos(Math.max(1, settings.flushInterval().toNanos() - waited));
          }
        }
        if (closed) {
          return;
        }
        batch = takeBatch();
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      try {
        sendUntilSettled(batch);
      } catch (InterruptedException e) {
        batch.forEach(en -> en.outcome().completeExceptionally(new ShutdownException()));
        return;
      } finally {
        release(batch);
      }
    }
  }

  private boolean batchReady() {
    if (pending.isEmpty()) {
      return false;
    }
    return pending.size() >= settings.maxActions()
        || pendingBytes >= settings.maxBytes()
        || nanoClock.getAsLong() - pending.peekFirst().arrivedNanos()
            >= settings.flushInterval().toNanos();
  }

  private List<Entry> takeBatch() {
    List<Entry> batch = new ArrayList<>();
    long bytes = 0;
    while (!pending.isEmpty() && batch.size() < settings.maxActions()) {
      Entry next = pending.peekFirst();
      if (!batch.isEmpty() && bytes + next.doc().sizeInBytes() > settings.maxBytes()) {
        break;
      }
      pending.removeFirst();
      bytes += next.doc().sizeInBytes();
      pendingBytes -= next.doc().sizeInBytes();
      batch.add(next);
    }
    return batch;
  }

  private void release(List<Entry> batch) {
    List<CompletableFuture<Void>> admitted = new ArrayList<>();
    lock.lock();
    try {
      for (Entry e : batch) {
        buffered--;
        bufferedBytes -= e.doc().sizeInBytes();
      }
      while (!waiting.isEmpty() && hasRoom()) {
        admitted.add(waiting.removeFirst());
      }
    } finally {
      lock.unlock();
    }
    admitted.forEach(w -> w.complete(null));
  }

  /** Sends until every document of the batch is indexed, stale or rejected. */
  private void sendUntilSettled(List<Entry> batch) throws InterruptedException {
    List<Entry> todo = batch;
    int attempt = 0;
    while (!todo.isEmpty()) {
      List<IndexDocument> docs = todo.stream().map(Entry::doc).toList();
      long bytes = docs.stream().mapToLong(IndexDocument::sizeInBytes).sum();
      long start = nanoClock.getAsLong();
      List<Entry> retry = new ArrayList<>();
      String retryReason = null;
      try {
        List<ItemResult> results = sendSafely(docs);
        listener.bulkCompleted(docs.size(), bytes, nanoClock.getAsLong() - start, false);
        for (int i = 0; i < todo.size(); i++) {
          Entry entry = todo.get(i);
          ItemResult result = results.get(i);
          switch (result.kind()) {
            case INDEXED, STALE -> entry.outcome().complete(new Outcome(result.kind(), null));
            case REJECTED -> reject(entry, result.reason());
            case RETRYABLE -> {
              retry.add(entry);
              retryReason = result.reason();
            }
          }
        }
      } catch (BulkRequestException e) {
        listener.bulkCompleted(docs.size(), bytes, nanoClock.getAsLong() - start, true);
        if (!e.retryable()) {
          if (todo.size() > 1) {
            // The request's content is refused (too large, malformed): find the culprit by halves.
            int half = todo.size() / 2;
            sendUntilSettled(new ArrayList<>(todo.subList(0, half)));
            sendUntilSettled(new ArrayList<>(todo.subList(half, todo.size())));
          } else {
            reject(todo.get(0), e.getMessage());
          }
          return;
        }
        retry = todo;
        retryReason = e.getMessage();
      }
      todo = retry;
      if (!todo.isEmpty()) {
        Duration delay = backoff(attempt++);
        listener.retrying(todo.size(), retryReason, delay);
        pause(delay);
      }
    }
  }

  private List<ItemResult> sendSafely(List<IndexDocument> docs) throws BulkRequestException {
    try {
      List<ItemResult> results = sender.send(docs);
      if (results.size() != docs.size()) {
        throw new BulkRequestException(
            "Bulk answered " + results.size() + " items for " + docs.size(), 0, null);
      }
      return results;
    } catch (RuntimeException e) {
      throw new BulkRequestException(e.toString(), 0, e);
    }
  }

  private void reject(Entry entry, String reason) {
    listener.rejected(entry.doc(), reason);
    entry.outcome().complete(new Outcome(ItemResult.Kind.REJECTED, reason));
  }

  /** Exponential backoff with jitter: between half and all of initial * 2^attempt, capped. */
  Duration backoff(int attempt) {
    long initial = settings.initialBackoff().toMillis();
    long cap = settings.maxBackoff().toMillis();
    long exp = attempt >= 30 ? cap : Math.min(cap, initial << attempt);
    long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
    return Duration.ofMillis(Math.max(1, jittered));
  }

  private void pause(Duration delay) throws InterruptedException {
    lock.lock();
    try {
      long left = delay.toNanos();
      while (!closed && left > 0) {
        left = changed.awaitNanos(left);
      }
      if (closed) {
        throw new InterruptedException("closed");
      }
    } finally {
      lock.unlock();
    }
  }
}
