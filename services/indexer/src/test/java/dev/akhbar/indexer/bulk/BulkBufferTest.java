package dev.akhbar.indexer.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.indexer.bulk.ItemResult.Kind;
import dev.akhbar.indexer.document.IndexDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class BulkBufferTest {
  private static final Duration HOUR = Duration.ofHours(1);

  /** Records each request and answers with {@link #answer}. */
  private final List<List<String>> requests = new CopyOnWriteArrayList<>();

  private volatile Function<List<IndexDocument>, List<ItemResult>> answer =
      BulkBufferTest::allIndexed;
  private final List<String> retries = new CopyOnWriteArrayList<>();
  private BulkBuffer buffer;

  @AfterEach
  void close() {
    if (buffer != null) {
      buffer.close();
    }
  }

  private BulkBuffer buffer(int maxActions, long maxBytes, Duration interval, int capacity) {
    BulkSender sender =
        docs -> {
          requests.add(docs.stream().map(IndexDocument::id).toList());
          return answer.apply(docs);
        };
    BulkBuffer.Listener listener =
        new BulkBuffer.Listener() {
          @Override
          public void retrying(int documents, String reason, Duration delay) {
            retries.add(documents + ":" + reason);
          }
        };
    buffer =
        new BulkBuffer(
            new BulkBuffer.Settings(
                maxActions,
                maxBytes,
                interval,
                capacity,
                Math.max(maxBytes, 1_000_000),
                Duration.ofMillis(1),
                Duration.ofMillis(5)),
            sender,
            listener);
    return buffer;
  }

  private static IndexDocument doc(String id) {
    return doc(id, 10);
  }

  private static IndexDocument doc(String id, int bytes) {
    byte[] json =
        ("{\"x\":\"" + "a".repeat(Math.max(0, bytes - 8)) + "\"}").getBytes(StandardCharsets.UTF_8);
    return new IndexDocument("i", id, 1, json);
  }

  private static List<ItemResult> allIndexed(List<IndexDocument> docs) {
    return Collections.nCopies(docs.size(), ItemResult.indexed(201));
  }

  private static Outcome outcome(BulkBuffer.Submission s) throws Exception {
    return s.outcome().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void sendsABulkAsSoonAsMaxActionsArePending() throws Exception {
    buffer(3, 1_000_000, HOUR, 10);
    var a = buffer.submit(doc("a"));
    var b = buffer.submit(doc("b"));
    var c = buffer.submit(doc("c"));
    assertThat(outcome(a)).isEqualTo(Outcome.INDEXED);
    assertThat(outcome(c)).isEqualTo(Outcome.INDEXED);
    assertThat(outcome(b).done()).isTrue();
    assertThat(requests).containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void keepsEachBulkUnderMaxBytes() throws Exception {
    buffer(100, 100, HOUR, 100);
    buffer.submit(doc("a", 60));
    buffer.submit(doc("b", 60));
    await().atMost(Duration.ofSeconds(5)).until(() -> requests.size() == 1);
    assertThat(requests).containsExactly(List.of("a"));
    assertThat(buffer.buffered()).isEqualTo(1);
  }

  @Test
  void flushesAfterTheIntervalWhenFewDocumentsArrive() throws Exception {
    buffer(100, 1_000_000, Duration.ofMillis(50), 100);
    var a = buffer.submit(doc("a"));
    assertThat(outcome(a)).isEqualTo(Outcome.INDEXED);
    assertThat(requests).containsExactly(List.of("a"));
  }

  @Test
  void holdsSubmittersBackWhileTheBufferIsFull() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    answer =
        docs -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return allIndexed(docs);
        };
    buffer(1, 1_000_000, HOUR, 2);
    var a = buffer.submit(doc("a"));
    assertThat(a.accepted().toCompletableFuture()).isDone();
    await().atMost(Duration.ofSeconds(5)).until(() -> requests.size() == 1); // a in flight, blocked
    var b = buffer.submit(doc("b"));
    assertThat(b.accepted().toCompletableFuture())
        .as("2 buffered of capacity 2: the submitter must wait")
        .isNotDone();
    assertThat(buffer.buffered()).isEqualTo(2);

    release.countDown();
    b.accepted().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertThat(outcome(a)).isEqualTo(Outcome.INDEXED);
    assertThat(outcome(b)).isEqualTo(Outcome.INDEXED);
  }

  @Test
  void retriesAFailedRequestUntilElasticsearchAnswers() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    answer =
        docs -> {
          if (calls.incrementAndGet() <= 3) {
            throw new IllegalStateException("Connection refused");
          }
          return allIndexed(docs);
        };
    buffer(1, 1_000_000, HOUR, 10);
    var a = buffer.submit(doc("a"));
    assertThat(outcome(a)).isEqualTo(Outcome.INDEXED);
    assertThat(calls.get()).isEqualTo(4);
    assertThat(retries).hasSize(3).allMatch(r -> r.contains("Connection refused"));
  }

  @Test
  void retriesOnlyTheRetryableItemsAndSettlesTheOthers() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    answer =
        docs -> {
          if (calls.incrementAndGet() == 1) {
            return List.of(
                ItemResult.indexed(201),
                ItemResult.classify(429, "es_rejected_execution_exception", "queue full"),
                ItemResult.classify(400, "document_parsing_exception", "illegal latitude value"),
                ItemResult.classify(409, "version_conflict_engine_exception", "version higher"));
          }
          return allIndexed(docs);
        };
    buffer(4, 1_000_000, HOUR, 10);
    var a = buffer.submit(doc("a"));
    var b = buffer.submit(doc("b"));
    var c = buffer.submit(doc("c"));
    var d = buffer.submit(doc("d"));
    assertThat(outcome(a).kind()).isEqualTo(Kind.INDEXED);
    assertThat(outcome(b).kind()).isEqualTo(Kind.INDEXED);
    assertThat(outcome(c).kind()).isEqualTo(Kind.REJECTED);
    assertThat(outcome(c).reason()).contains("illegal latitude value");
    assertThat(outcome(d).kind()).isEqualTo(Kind.STALE);
    assertThat(outcome(d).done()).isTrue();
    assertThat(requests).containsExactly(List.of("a", "b", "c", "d"), List.of("b"));
  }

  @Test
  void splitsARefusedRequestToRejectOnlyTheCulprit() throws Exception {
    BulkSender sender =
        docs -> {
          requests.add(docs.stream().map(IndexDocument::id).toList());
          if (docs.stream().anyMatch(d -> d.id().equals("bad"))) {
            throw new BulkRequestException("413 Request Entity Too Large", 413, null);
          }
          return allIndexed(docs);
        };
    buffer =
        new BulkBuffer(
            new BulkBuffer.Settings(
                4, 1_000_000, HOUR, 10, 1_000_000, Duration.ofMillis(1), Duration.ofMillis(5)),
            sender,
            new BulkBuffer.Listener() {});
    List<BulkBuffer.Submission> subs = new ArrayList<>();
    for (String id : List.of("a", "b", "bad", "c")) {
      subs.add(buffer.submit(doc(id)));
    }
    assertThat(outcome(subs.get(0)).kind()).isEqualTo(Kind.INDEXED);
    assertThat(outcome(subs.get(1)).kind()).isEqualTo(Kind.INDEXED);
    assertThat(outcome(subs.get(2)).kind()).isEqualTo(Kind.REJECTED);
    assertThat(outcome(subs.get(2)).reason()).contains("413");
    assertThat(outcome(subs.get(3)).kind()).isEqualTo(Kind.INDEXED);
  }

  @Test
  void leavesDocumentsUnsettledWhenClosedBeforeElasticsearchAnswered() {
    answer =
        docs -> {
          throw new IllegalStateException("Connection refused");
        };
    buffer(1, 1_000_000, HOUR, 10);
    var a = buffer.submit(doc("a"));
    await().atMost(Duration.ofSeconds(5)).until(() -> !retries.isEmpty());
    buffer.close();
    CompletableFuture<Outcome> f = a.outcome().toCompletableFuture();
    await().atMost(Duration.ofSeconds(5)).until(f::isDone);
    assertThat(f).isCompletedExceptionally();
    assertThat(f.exceptionNow()).isInstanceOf(BulkBuffer.ShutdownException.class);
  }

  @Test
  void backoffGrowsExponentiallyUpToTheCap() {
    BulkBuffer b =
        new BulkBuffer(
            new BulkBuffer.Settings(
                1, 1, HOUR, 1, 1, Duration.ofMillis(100), Duration.ofSeconds(2)),
            docs -> allIndexed(docs),
            new BulkBuffer.Listener() {});
    try {
      assertThat(b.backoff(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
      assertThat(b.backoff(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
      assertThat(b.backoff(10)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
      assertThat(b.backoff(60)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    } finally {
      b.close();
    }
  }
}
