package dev.akhbar.fetcher.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DurableWritesTest {
  private final DurableWrites writes =
      new DurableWrites(
          Clock.systemUTC(), Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(200));

  private static CompletableFuture<String> failing(WriteFailure f) {
    return CompletableFuture.failedFuture(f);
  }

  @Test
  void anOutageIsWaitedOutAndTheWriteSucceedsWhenTheLogIsBack() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        writes.write(
            "page p1",
            () ->
                attempts.incrementAndGet() < 5
                    ? failing(WriteFailure.unavailable("TimeoutException: broker away", null))
                    : CompletableFuture.completedFuture("written"));

    assertThat(result).isEqualTo("written");
    assertThat(attempts.get()).isEqualTo(5);
    assertThat(writes.status().waiting()).isFalse();
  }

  @Test
  void whileItWaitsTheStatusSaysWhy() throws Exception {
    CompletableFuture<Void> brokerBack = new CompletableFuture<>();
    Thread writer =
        Thread.ofPlatform()
            .start(
                () ->
                    writes.write(
                        "raw page p2",
                        () ->
                            brokerBack.isDone()
                                ? CompletableFuture.completedFuture(null)
                                : failing(
                                    WriteFailure.unavailable(
                                        "TimeoutException: no broker", null))));

    await().atMost(Duration.ofSeconds(5)).until(() -> writes.status().waiting());
    DurableWrites.Status waiting = writes.status();
    assertThat(waiting.reason()).isEqualTo("cannot write raw page p2: TimeoutException: no broker");
    assertThat(waiting.since()).isNotNull();
    assertThat(waiting.pending()).isEqualTo(1);

    brokerBack.complete(null);
    writer.join(5000);
    assertThat(writes.status().waiting()).isFalse();
    assertThat(writes.status().pending()).isZero();
  }

  @Test
  void aWritePendingLongerThanTheThresholdCountsAsWaiting() throws Exception {
    CompletableFuture<Void> slow = new CompletableFuture<>();
    Thread writer = Thread.ofPlatform().start(() -> writes.write("seen mark s", () -> slow));

    await().atMost(Duration.ofSeconds(5)).until(() -> writes.status().waiting());
    assertThat(writes.status().reason()).startsWith("write of seen mark s pending for");

    slow.complete(null);
    writer.join(5000);
    assertThat(writes.status().waiting()).isFalse();
  }

  @Test
  void aRejectedRecordIsHandedBackAtOnce() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                writes.write(
                    "raw page big",
                    () -> {
                      attempts.incrementAndGet();
                      return failing(WriteFailure.rejected("RecordTooLargeException: 17 MB", null));
                    }))
        .isInstanceOf(WriteFailure.class)
        .hasMessage("RecordTooLargeException: 17 MB");
    assertThat(attempts.get()).isEqualTo(1);
  }

  @Test
  void closingEndsTheWaitWithoutWriting() throws Exception {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread writer =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    writes.write(
                        "raw page p3", () -> failing(WriteFailure.unavailable("down", null)));
                  } catch (RuntimeException e) {
                    thrown.set(e);
                  }
                });
    await().atMost(Duration.ofSeconds(5)).until(() -> writes.status().waiting());

    writes.close();
    writer.join(5000);

    assertThat(thrown.get()).isInstanceOf(DurableWrites.Aborted.class);
  }
}
