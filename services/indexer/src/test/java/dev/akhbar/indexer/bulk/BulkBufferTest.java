package dev.akhbar.indexer.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.indexer.bulk.Hold.Cause;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class BulkBufferTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5));
  private static final Hold BLOCK =
      new Hold(Cause.WRITE_BLOCK, "i", "cluster_block_exception: index [i] blocked");

  /** Records each request and answers with {@link #answer}. */
  private final List<List<String>> requests = new CopyOnWriteArrayList<>();

  private volatile Function<List<IndexDocument>, List<ItemResult>> answer =
      BulkBufferTest::allIndexed;
  private final List<String> retries = new CopyOnWriteArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private BulkBuffer buffer;

  @AfterEach
  void close() {
    if (buffer != null) {
      buffer.close();
    }
  }

  private BulkBuffer buffer(int maxActions, long maxBytes, Duration interval, int capacity) {
    return buffer(maxActions, maxBytes, interval, capacity, this::answer);
  }

  private List<ItemResult> answer(List<IndexDocument> docs) throws BulkRequestException {
    requests.add(docs.stream().map(IndexDocument::id).toList());
    return answer.apply(docs);
  }

  private BulkBuffer buffer(
      int maxActions, long maxBytes, Duration interval, int capacity, BulkSender sender) {
    BulkListener listener =
        new BulkListener() {
          @Override
          public void retrying(int documents, Hold hold, Duration delay) {
            retries.add(documents + ":" + hold.describe());
          }

          @Override
          public void waiting(Hold hold) {
            events.add("waiting " + hold.headline());
          }

          @Override
          public void resumed(Duration waited) {
            events.add("resumed");
          }
        };
    buffer =
        new BulkBuffer(
            new BulkSettings(
                maxActions, maxBytes, interval, capacity, Math.max(maxBytes, 1_000_000), FAST, 5),
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
  void holdsARequestElasticsearchDoesNotAnswerUntilItDoes() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    buffer(
        1,
        1_000_000,
        HOUR,
        10,
        docs -> {
          if (calls.incrementAndGet() <= 3) {
            throw BulkRequestException.held(
                new Hold(Cause.UNREACHABLE, null, "ConnectException: Connection refused"), 0, null);
          }
          return allIndexed(docs);
        });
    var a = buffer.submit(doc("a"));
    assertThat(outcome(a)).isEqualTo(Outcome.INDEXED);
    assertThat(calls.get()).isEqualTo(4);
    assertThat(retries).hasSize(3).allMatch(r -> r.contains("Connection refused"));
    assertThat(events).containsExactly("waiting Elasticsearch unreachable", "resumed");
  }

  @Test
  void retriesOnlyTheHeldItemsAndSettlesTheOthers() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ErrorClassifier classifier = ErrorClassifier.load();
    answer =
        docs -> {
          if (calls.incrementAndGet() == 1) {
            return List.of(
                ItemResult.indexed(201),
                classifier.item(429, "es_rejected_execution_exception", "queue full", "i"),
                classifier.item(400, "document_parsing_exception", "illegal latitude value", "i"),
                classifier.item(409, "version_conflict_engine_exception", "version higher", "i"));
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
  void aWriteBlockNeverRejectsAndEverythingIsIndexedOnceItIsLifted() throws Exception {
    AtomicBoolean blocked = new AtomicBoolean(true);
    answer =
        docs ->
            blocked.get()
                ? Collections.nCopies(docs.size(), ItemResult.held(403, BLOCK))
                : allIndexed(docs);
    buffer(10, 1_000_000, Duration.ofMillis(1), 100);
    List<BulkBuffer.Submission> subs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      subs.add(buffer.submit(doc("d" + i)));
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> buffer.status().waiting());
    BulkStatus waiting = buffer.status();
    assertThat(waiting.waitingFor().cause()).isEqualTo(Cause.WRITE_BLOCK);
    assertThat(waiting.since()).isNotNull();
    await().atMost(Duration.ofSeconds(5)).until(() -> requests.size() > 10);
    assertThat(subs).noneMatch(s -> s.outcome().toCompletableFuture().isDone());

    blocked.set(false);
    for (var s : subs) {
      assertThat(outcome(s)).isEqualTo(Outcome.INDEXED);
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> !buffer.status().waiting());
    assertThat(buffer.status().held()).isZero();
    assertThat(events).containsExactly("waiting index write block on i", "resumed");
  }

  @Test
  void aDocumentHeldForeverDoesNotStarveTheOthers() throws Exception {
    answer =
        docs ->
            docs.stream()
                .map(
                    d ->
                        d.id().equals("stuck")
                            ? ItemResult.held(
                                429,
                                new Hold(Cause.OVERLOAD, "i", "es_rejected_execution_exception"))
                            : ItemResult.indexed(201))
                .toList();
    buffer(10, 1_000_000, Duration.ofMillis(1), 100);
    var stuck = buffer.submit(doc("stuck"));
    for (int i = 0; i < 20; i++) {
      assertThat(outcome(buffer.submit(doc("d" + i)))).isEqualTo(Outcome.INDEXED);
    }
    assertThat(stuck.outcome().toCompletableFuture()).isNotDone();
    BulkStatus status = buffer.status();
    assertThat(status.waiting())
        .as("documents flow: the buffer as a whole does not wait")
        .isFalse();
    assertThat(status.held()).isEqualTo(1);
    assertThat(status.heldFor().cause()).isEqualTo(Cause.OVERLOAD);
    assertThat(buffer.buffered())
        .as("a held document keeps its place in the capacity")
        .isEqualTo(1);
  }

  @Test
  void aDocumentTheServerKeepsFailingOnIsRejectedAfterSuspectAttemptsWhileOthersAreIndexed()
      throws Exception {
    answer =
        docs ->
            docs.stream()
                .map(
                    d ->
                        d.id().equals("poison")
                            ? ErrorClassifier.load()
                                .item(500, "null_pointer_exception", "boom", "i")
                            : ItemResult.indexed(201))
                .toList();
    buffer(10, 1_000_000, Duration.ofMillis(1), 1000);
    var poison = buffer.submit(doc("poison"));
    AtomicInteger n = new AtomicInteger();
    Outcome outcome =
        await()
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(2))
            .until(
                () -> {
                  buffer.submit(doc("ok" + n.incrementAndGet()));
                  return poison.outcome().toCompletableFuture().getNow(null);
                },
                o -> o != null);
    assertThat(outcome.kind()).isEqualTo(Kind.REJECTED);
    assertThat(outcome.reason())
        .startsWith("Elasticsearch failed on this document 5 times while it indexed others")
        .contains("null_pointer_exception: boom");
  }

  @Test
  void aDocumentTheServerFailsOnAloneIsHeldNotRejected() {
    answer = docs -> List.of(ErrorClassifier.load().item(500, "null_pointer_exception", "x", "i"));
    buffer(10, 1_000_000, Duration.ofMillis(1), 100);
    var alone = buffer.submit(doc("alone"));
    await().atMost(Duration.ofSeconds(5)).until(() -> requests.size() >= 10);
    assertThat(alone.outcome().toCompletableFuture())
        .as("with nothing else indexed, the cluster may be at fault: keep it")
        .isNotDone();
    assertThat(buffer.status().waitingFor().cause()).isEqualTo(Cause.SERVER_ERROR);
  }

  @Test
  void theFlusherSurvivesExceptionsOfTheSenderAndOfItsListener() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    BulkSender sender =
        docs -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("a bug in the sender");
          }
          if (calls.get() == 2) {
            throw new StackOverflowError();
          }
          return allIndexed(docs);
        };
    buffer =
        new BulkBuffer(
            new BulkSettings(1, 1_000_000, HOUR, 10, 1_000_000, FAST, 5),
            sender,
            new BulkListener() {
              @Override
              public void bulkCompleted(int documents, long bytes, long nanos, boolean failed) {
                throw new IllegalStateException("a bug in the metrics");
              }
            });
    var a = buffer.submit(doc("a"));
    assertThat(outcome(a)).isEqualTo(Outcome.INDEXED);
    assertThat(calls.get()).isEqualTo(3);
    assertThat(buffer.flusherAlive()).isTrue();
    assertThat(outcome(buffer.submit(doc("b")))).isEqualTo(Outcome.INDEXED);
  }

  @Test
  void twoVersionsOfOneArticleNeverShareARequest() throws Exception {
    buffer(10, 1_000_000, Duration.ofMillis(20), 100);
    var a1 = buffer.submit(doc("a"));
    var a2 = buffer.submit(doc("a"));
    var b = buffer.submit(doc("b"));
    assertThat(outcome(a1)).isEqualTo(Outcome.INDEXED);
    assertThat(outcome(a2)).isEqualTo(Outcome.INDEXED);
    assertThat(outcome(b)).isEqualTo(Outcome.INDEXED);
    assertThat(requests).containsExactly(List.of("a", "b"), List.of("a"));
  }

  @Test
  void splitsARefusedRequestToRejectOnlyTheCulprit() throws Exception {
    BulkSender sender =
        docs -> {
          requests.add(docs.stream().map(IndexDocument::id).toList());
          if (docs.stream().anyMatch(d -> d.id().equals("bad"))) {
            throw BulkRequestException.contentRefused("413 Request Entity Too Large", 413, null);
          }
          return allIndexed(docs);
        };
    buffer(4, 1_000_000, HOUR, 10, sender);
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
        docs ->
            Collections.nCopies(docs.size(), ItemResult.held(0, Hold.unexpected(new Exception())));
    buffer(1, 1_000_000, HOUR, 10);
    var a = buffer.submit(doc("a"));
    await().atMost(Duration.ofSeconds(5)).until(() -> !retries.isEmpty());
    buffer.close();
    CompletableFuture<Outcome> f = a.outcome().toCompletableFuture();
    await().atMost(Duration.ofSeconds(5)).until(f::isDone);
    assertThat(f).isCompletedExceptionally();
    assertThat(f.exceptionNow()).isInstanceOf(ShutdownException.class);
  }
}
