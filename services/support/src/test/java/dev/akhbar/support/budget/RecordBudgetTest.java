package dev.akhbar.support.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RecordBudgetTest {
  private static Object join(java.util.concurrent.CompletionStage<?> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      throw (RuntimeException) (e.getCause() instanceof RuntimeException r ? r : e);
    }
  }

  @Test
  void returnsWhatTheWorkReturns() {
    try (RecordBudget budget = new RecordBudget("test", Duration.ofSeconds(5), 1)) {
      assertThat(join(budget.run(() -> "parsed"))).isEqualTo("parsed");
      assertThat(budget.rejected()).isZero();
    }
  }

  @Test
  void exceptionsOfTheWorkAreTheReason() {
    try (RecordBudget budget = new RecordBudget("test", Duration.ofSeconds(5), 1)) {
      assertThatThrownBy(
              () ->
                  join(
                      budget.run(
                          () -> {
                            throw new IllegalArgumentException("Not an article: 12 words");
                          })))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not an article: 12 words");
    }
  }

  @Test
  void aStackOverflowRejectsTheRecordAndTheWorkersGoOn() {
    try (RecordBudget budget = new RecordBudget("test", Duration.ofSeconds(20), 1)) {
      assertThatThrownBy(() -> join(budget.run(() -> recurse(0))))
          .isInstanceOf(RecordRejectedException.class)
          .hasMessageContaining("overflowed the stack");
      assertThat(join(budget.run(() -> "next record"))).isEqualTo("next record");
      assertThat(budget.rejected()).isEqualTo(1);
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  @Test
  void aRecordOverItsBudgetIsRejectedAndItsStuckWorkerCounted() throws Exception {
    AtomicBoolean release = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(1);
    try (RecordBudget budget = new RecordBudget("test", Duration.ofMillis(300), 0)) {
      var stage =
          budget.run(
              () -> {
                started.countDown();
                while (!release.get()) {
                  Thread.onSpinWait(); // ignores interrupts, like a runaway regex
                }
                return "too late";
              });
      assertThatThrownBy(() -> join(stage))
          .isInstanceOf(RecordRejectedException.class)
          .hasMessageContaining("budget of 0.3 s");
      assertThat(budget.overrunning()).isEqualTo(1);
      assertThat(budget.healthy()).isFalse();
      assertThat(join(budget.run(() -> "next record"))).isEqualTo("next record");

      release.set(true);
      await().atMost(Duration.ofSeconds(10)).until(() -> budget.overrunning() == 0);
      assertThat(budget.healthy()).isTrue();
    }
  }
}
