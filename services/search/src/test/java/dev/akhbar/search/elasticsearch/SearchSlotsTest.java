package dev.akhbar.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SearchSlotsTest {
  @Test
  void aSearchWaitsForAFreeSlotAndGivesUpWithA503() throws Exception {
    SearchSlots slots = new SearchSlots(1, Duration.ofMillis(200));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return slots.run(
                    () -> {
                      inside.countDown();
                      await(release);
                      return "first";
                    });
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

    long t0 = System.nanoTime();
    assertThatThrownBy(() -> slots.run(() -> "second"))
        .isInstanceOf(SearchUnavailableException.class)
        .hasMessageContaining("Busy: 1 searches");
    assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(190));

    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
    assertThat(slots.run(() -> "third")).as("the slot is free again").isEqualTo("third");
  }

  @Test
  void atMostTheGivenNumberRunAtOnce() throws Exception {
    SearchSlots slots = new SearchSlots(2, Duration.ofSeconds(10));
    List<Integer> seen = new CopyOnWriteArrayList<>();
    java.util.concurrent.atomic.AtomicInteger running =
        new java.util.concurrent.atomic.AtomicInteger();
    List<CompletableFuture<Void>> all = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      all.add(
          CompletableFuture.runAsync(
              () -> {
                try {
                  slots.run(
                      () -> {
                        seen.add(running.incrementAndGet());
                        pause();
                        running.decrementAndGet();
                        return null;
                      });
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              },
              java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    assertThat(seen).hasSize(8).allMatch(n -> n <= 2).contains(2);
  }

  @Test
  void refusesNoSlots() {
    assertThatThrownBy(() -> new SearchSlots(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
