package dev.akhbar.fetcher.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.durable.WriteFailure;
import dev.akhbar.fetcher.state.InMemorySeenStore;
import dev.akhbar.fetcher.testing.CollectingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import jobs: streaming, bounded, observable while they run, secure by their roots. */
class ImportJobsTest {
  private final InMemorySeenStore seen = new InMemorySeenStore();

  private static void pages(Path dir, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Files.writeString(
          dir.resolve("p" + i + ".html"),
          "<html><head><link rel=canonical href='https://news.example/p"
              + i
              + "'></head><body>"
              + i
              + "</body></html>");
    }
  }

  /** Holds every page write until released; counts the writes in flight at once. */
  static final class GateSink extends CollectingSink {
    final CountDownLatch open = new CountDownLatch(1);
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    @Override
    public CompletionStage<Void> page(RawPage page) {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        open.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      return super.page(page);
    }
  }

  @Test
  void aJobStreamsWithOnePageInFlightPerWorkerAndReportsWhileItRuns(@TempDir Path dir)
      throws Exception {
    pages(dir, 30);
    GateSink sink = new GateSink();
    ImportService imports =
        ImportHarness.service(sink, seen, Clock.systemUTC(), 3, List.of(dir.toString()));

    ImportJob job = imports.submit(new ImportSpec(dir, "s", false));

    await().atMost(Duration.ofSeconds(5)).until(() -> sink.inFlight.get() == 3);
    ImportStatus running = job.status();
    assertThat(running.state()).isEqualTo("running");
    assertThat(running.filesTotal()).isEqualTo(30);
    assertThat(running.filesDone()).isEqualTo(3);
    assertThat(running.current()).endsWith(".html");
    assertThat(running.pages()).isZero();
    sink.open.countDown();
    assertThat(job.awaitFinished(Duration.ofSeconds(10))).isTrue();
    ImportStatus done = job.status();
    assertThat(done.state()).isEqualTo("done");
    assertThat(done.pages()).isEqualTo(30);
    assertThat(done.current()).isNull();
    assertThat(sink.maxInFlight.get()).isEqualTo(3);
    assertThat(sink.pages).hasSize(30);
  }

  @Test
  void anOutageMakesTheJobWaitAndSayWhyThenEveryPageIsWritten(@TempDir Path dir) throws Exception {
    pages(dir, 5);
    AtomicInteger failures = new AtomicInteger(40);
    CollectingSink sink =
        new CollectingSink() {
          @Override
          public CompletionStage<Void> page(RawPage page) {
            if (failures.getAndDecrement() > 0) {
              return CompletableFuture.failedFuture(
                  WriteFailure.unavailable(
                      "TimeoutException: Topic akhbar.pages.raw.v1 not present in metadata", null));
            }
            return super.page(page);
          }
        };
    ImportService imports =
        ImportHarness.service(sink, seen, Clock.systemUTC(), 1, List.of(dir.toString()));

    ImportJob job = imports.submit(new ImportSpec(dir, "s", false));

    await().atMost(Duration.ofSeconds(5)).until(() -> job.status().waiting() != null);
    assertThat(job.status().waiting()).contains("not present in metadata");
    assertThat(job.awaitFinished(Duration.ofSeconds(20))).isTrue();
    assertThat(job.status().pages()).isEqualTo(5);
    assertThat(job.status().deadLettered()).isZero();
    assertThat(sink.pageUrls()).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void aPageTheLogRefusesIsDeadLetteredWithItsUrlAndTheRestGoOn(@TempDir Path dir)
      throws Exception {
    pages(dir, 3);
    CollectingSink sink =
        new CollectingSink() {
          @Override
          public CompletionStage<Void> page(RawPage page) {
            if (page.url().endsWith("/p1")) {
              return CompletableFuture.failedFuture(
                  WriteFailure.rejected("RecordTooLargeException: too big", null));
            }
            return super.page(page);
          }
        };
    ImportService imports =
        ImportHarness.service(sink, seen, Clock.systemUTC(), 1, List.of(dir.toString()));

    ImportStatus status = ImportHarness.run(imports, dir, "s", false);

    assertThat(status.pages()).isEqualTo(2);
    assertThat(status.deadLettered()).isEqualTo(1);
    assertThat(status.recentErrors())
        .containsExactly(
            new ImportStatus.DeadLettered(
                "https://news.example/p1", "Page not written: RecordTooLargeException: too big"));
    assertThat(sink.deadUrls()).containsExactly("https://news.example/p1");
  }

  @Test
  void onlyPathsUnderTheRootsAreImportedAndLinksCannotLeadOut(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("root"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    pages(root, 1);
    Files.writeString(outside.resolve("secret.html"), "<html><body>secret</body></html>");
    Files.createSymbolicLink(root.resolve("link.html"), outside.resolve("secret.html"));
    CollectingSink sink = new CollectingSink();
    ImportService imports =
        ImportHarness.service(sink, seen, Clock.systemUTC(), 1, List.of(root.toString()));

    assertThatThrownBy(() -> imports.submit(new ImportSpec(outside, null, false)))
        .isInstanceOf(ImportRoots.NotAllowedException.class)
        .hasMessageContaining("Not under an import root");
    assertThatThrownBy(
            () -> imports.submit(new ImportSpec(root.resolve("../outside"), null, false)))
        .isInstanceOf(ImportRoots.NotAllowedException.class);
    assertThatThrownBy(() -> imports.submit(new ImportSpec(root.resolve("none"), null, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No such file or folder");
    ImportJob job = imports.submit(new ImportSpec(root, null, false));
    job.awaitFinished(Duration.ofSeconds(10));

    assertThat(job.status().pages()).isEqualTo(1);
    assertThat(job.status().deadLettered()).isEqualTo(1);
    assertThat(job.status().recentErrors().get(0).reason()).contains("outside the import roots");
    assertThat(sink.pages).noneMatch(p -> p.body().contains("secret"));
  }

  @Test
  void withoutRootsTheApiImportsNothing(@TempDir Path dir) throws Exception {
    pages(dir, 1);
    ImportService imports =
        ImportHarness.service(new CollectingSink(), seen, Clock.systemUTC(), 1, List.of());

    assertThatThrownBy(() -> imports.submit(new ImportSpec(dir, null, false)))
        .isInstanceOf(ImportRoots.NotAllowedException.class)
        .hasMessageContaining("no import root is configured");
  }

  @Test
  void aCancelledJobStopsAfterThePagesInFlight(@TempDir Path dir) throws Exception {
    pages(dir, 20);
    GateSink sink = new GateSink();
    ImportService imports =
        ImportHarness.service(sink, seen, Clock.systemUTC(), 1, List.of(dir.toString()));
    ImportJob job = imports.submit(new ImportSpec(dir, null, false));
    await().atMost(Duration.ofSeconds(5)).until(() -> sink.inFlight.get() == 1);

    job.cancel();
    sink.open.countDown();

    assertThat(job.awaitFinished(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status().state()).isEqualTo("cancelled");
    assertThat(job.status().pages()).isEqualTo(1);
    assertThat(imports.jobs()).containsExactly(job);
  }
}
