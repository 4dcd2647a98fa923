package dev.akhbar.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.fetcher.crawl.HostScheduler.Turn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostSchedulerTest {
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final HostScheduler scheduler = new HostScheduler(4, "test", waits::add);

  @AfterEach
  void close() {
    scheduler.close(Duration.ofSeconds(5));
  }

  /** A task that records when it ran and how many ran at once per key. */
  private static final class Probe implements HostScheduler.Task {
    final String name;
    final List<String> log;
    final AtomicInteger running;
    final AtomicInteger maxRunning;
    final Duration pause;
    final long sleepMs;
    volatile long startedNanos;
    volatile boolean cancelled;

    Probe(
        String name,
        List<String> log,
        AtomicInteger running,
        AtomicInteger maxRunning,
        Duration pause,
        long sleepMs) {
      this.name = name;
      this.log = log;
      this.running = running;
      this.maxRunning = maxRunning;
      this.pause = pause;
      this.sleepMs = sleepMs;
    }

    @Override
    public Turn run() {
      startedNanos = System.nanoTime();
      maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(sleepMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      log.add(name);
      return Turn.done(pause);
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  @Test
  void runsTheTasksOfOneKeyOneAtATimeInOrderWithThePauseBetween() {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger running = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Probe p = new Probe("t" + i, log, running, max, Duration.ofMillis(100), 20);
      probes.add(p);
      scheduler.submit("https://a.example:443", p);
    }

    await().atMost(Duration.ofSeconds(10)).until(() -> log.size() == 4);

    assertThat(log).containsExactly("t0", "t1", "t2", "t3");
    assertThat(max.get()).isEqualTo(1);
    for (int i = 1; i < probes.size(); i++) {
      long gapMs =
          TimeUnit.NANOSECONDS.toMillis(
              probes.get(i).startedNanos - probes.get(i - 1).startedNanos);
      assertThat(gapMs).as("gap before t%d", i).isGreaterThanOrEqualTo(100 + 20 - 5);
    }
    assertThat(scheduler.depth()).isZero();
    assertThat(waits).hasSize(4);
  }

  @Test
  void differentKeysRunAtTheSameTime() throws Exception {
    CountDownLatch both = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    for (String key : List.of("https://a.example:443", "https://b.example:443")) {
      scheduler.submit(
          key,
          new HostScheduler.Task() {
            @Override
            public Turn run() {
              both.countDown();
              try {
                release.await(5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Turn.done(Duration.ZERO);
            }

            @Override
            public void cancel() {}
          });
    }

    assertThat(both.await(5, TimeUnit.SECONDS)).as("both keys ran at once").isTrue();
    release.countDown();
  }

  @Test
  void aTaskAskingAgainRunsBeforeTheOthersOfItsKey() {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger runs = new AtomicInteger();
    scheduler.submit(
        "k",
        new HostScheduler.Task() {
          @Override
          public Turn run() {
            log.add("retrying-" + runs.get());
            return runs.incrementAndGet() < 3
                ? Turn.again(Duration.ofMillis(10))
                : Turn.done(Duration.ZERO);
          }

          @Override
          public void cancel() {}
        });
    scheduler.submit(
        "k", new Probe("next", log, new AtomicInteger(), new AtomicInteger(), Duration.ZERO, 0));

    await().atMost(Duration.ofSeconds(5)).until(() -> log.size() == 4);

    assertThat(log).containsExactly("retrying-0", "retrying-1", "retrying-2", "next");
  }

  @Test
  void closingCancelsWhatWaitsAndRefusesNewTasks() {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    Probe first =
        new Probe(
            "first", log, new AtomicInteger(), new AtomicInteger(), Duration.ofSeconds(30), 0);
    Probe queued =
        new Probe("queued", log, new AtomicInteger(), new AtomicInteger(), Duration.ZERO, 0);
    scheduler.submit("k", first);
    scheduler.submit("k", queued);
    await().atMost(Duration.ofSeconds(5)).until(() -> log.contains("first"));

    scheduler.close(Duration.ofSeconds(5));
    Probe late = new Probe("late", log, new AtomicInteger(), new AtomicInteger(), Duration.ZERO, 0);
    scheduler.submit("k", late);

    assertThat(queued.cancelled).isTrue();
    assertThat(late.cancelled).isTrue();
    assertThat(log).containsExactly("first");
  }

  @Test
  void aTaskThatThrowsIsCancelledAndTheKeyGoesOn() {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger cancels = new AtomicInteger();
    scheduler.submit(
        "k",
        new HostScheduler.Task() {
          @Override
          public Turn run() {
            throw new IllegalStateException("boom");
          }

          @Override
          public void cancel() {
            cancels.incrementAndGet();
          }
        });
    scheduler.submit(
        "k", new Probe("after", log, new AtomicInteger(), new AtomicInteger(), Duration.ZERO, 0));

    await().atMost(Duration.ofSeconds(5)).until(() -> log.contains("after"));
    assertThat(cancels.get()).isEqualTo(1);
  }
}
