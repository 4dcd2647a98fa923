package dev.akhbar.indexer.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.indexer.bulk.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class DeadLettersTest {
  private static final Instant NOW = Instant.parse("2026-05-02T10:00:00Z");
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final DeadLetters deadLetters =
      new DeadLetters(
          2,
          new Backoff(Duration.ofMillis(1), Duration.ofMillis(5)),
          new DeadLetters.Listener() {
            @Override
            public void failed(String reason, int attempt, Duration delay) {
              failures.add(attempt + ":" + reason);
            }
          },
          Executors.newSingleThreadScheduledExecutor(),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @AfterEach
  void close() {
    deadLetters.close();
  }

  /** A write that fails while {@code broken} is set, as a DLQ topic refusing the record would. */
  private static Supplier<CompletionStage<Void>> write(AtomicBoolean broken, AtomicInteger calls) {
    return () -> {
      calls.incrementAndGet();
      return broken.get()
          ? CompletableFuture.failedFuture(new RecordTooLargeException("too large for the topic"))
          : CompletableFuture.completedFuture(null);
    };
  }

  @Test
  void writesAtOnceWhenTheTopicTakesIt() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    deadLetters
        .write(write(new AtomicBoolean(false), calls))
        .toCompletableFuture()
        .get(5, TimeUnit.SECONDS);
    assertThat(calls.get()).isEqualTo(1);
    assertThat(deadLetters.status().failing()).isFalse();
    assertThat(deadLetters.status().pending()).isZero();
  }

  @Test
  void retriesAFailedWriteSaysSoAndCompletesOnlyOnceWritten() throws Exception {
    AtomicBoolean broken = new AtomicBoolean(true);
    AtomicInteger calls = new AtomicInteger();
    CompletableFuture<Void> done = deadLetters.write(write(broken, calls)).toCompletableFuture();

    await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() >= 5);
    assertThat(done).as("never acknowledged while not written").isNotDone();
    DeadLetters.Status status = deadLetters.status();
    assertThat(status.failing()).isTrue();
    assertThat(status.failure()).contains("RecordTooLargeException");
    assertThat(status.since()).isEqualTo(NOW);
    assertThat(status.pending()).isEqualTo(1);
    assertThat(failures).hasSizeGreaterThanOrEqualTo(4);

    broken.set(false);
    done.get(5, TimeUnit.SECONDS);
    assertThat(deadLetters.status().failing()).isFalse();
    assertThat(deadLetters.status().pending()).isZero();
  }

  @Test
  void holdsConsumptionBackWhenTooManyDeadLettersWait() throws Exception {
    AtomicBoolean broken = new AtomicBoolean(true);
    AtomicInteger calls = new AtomicInteger();
    deadLetters.write(write(broken, calls));
    assertThat(deadLetters.room().toCompletableFuture()).isDone();
    deadLetters.write(write(broken, calls));
    CompletableFuture<Void> room = deadLetters.room().toCompletableFuture();
    assertThat(room).as("2 pending of 2").isNotDone();

    broken.set(false);
    room.get(5, TimeUnit.SECONDS);
  }

  @Test
  void aWriteThatThrowsIsRetriedToo() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    deadLetters
        .write(
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("producer closed");
              }
              return CompletableFuture.completedFuture(null);
            })
        .toCompletableFuture()
        .get(5, TimeUnit.SECONDS);
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  void abandonsUnwrittenDeadLettersOnClose() {
    CompletableFuture<Void> done =
        deadLetters
            .write(write(new AtomicBoolean(true), new AtomicInteger()))
            .toCompletableFuture();
    deadLetters.close();
    await().atMost(Duration.ofSeconds(5)).until(done::isDone);
    assertThat(done).isCompletedExceptionally();
  }
}
