package dev.akhbar.pipeline.ledger;

import dev.akhbar.pipeline.Endpoints;
import dev.akhbar.pipeline.feed.Feeder;
import dev.akhbar.pipeline.pages.Page;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One run through the pipeline: watches the dead-letter topics and the index from before the first
 * page, feeds the pages (in the background, so that a fault can be injected meanwhile), waits until
 * every page is accounted for, and tallies where each ended.
 */
public final class PipelineRun implements AutoCloseable {
  public static final String ALIAS = "akhbar-articles";

  private final Ledger ledger = new Ledger();
  private final DeadLetterWatch deadLetters;
  private final IndexWatch index;
  private final Lag lag;
  private final Feeder feeder;
  private CompletableFuture<Void> feeding;
  private Instant firstFed;
  private Instant feedDone;

  public PipelineRun(Endpoints endpoints, Feeder feeder) {
    this.feeder = feeder;
    this.deadLetters = new DeadLetterWatch(endpoints.kafkaBootstrap());
    this.index = new IndexWatch(endpoints.esUrl(), ALIAS, feeder.sourceId(), Duration.ofSeconds(1));
    index.lookFor(
        limit ->
            ledger.pending(limit, id -> index.seen(id) != null || !deadLetters.of(id).isEmpty()));
    this.lag = new Lag(endpoints.kafkaBootstrap());
  }

  /** Starts feeding in the background. */
  public void feed(Supplier<Stream<Page>> pages) {
    feeding =
        CompletableFuture.runAsync(
            () -> {
              try (Stream<Page> s = pages.get()) {
                feeder.feed(
                    s,
                    (page, at) -> {
                      if (firstFed == null) {
                        firstFed = at;
                      }
                      ledger.fed(page, at);
                    });
                feedDone = Instant.now();
              } catch (Exception e) {
                throw new IllegalStateException("Feeding failed: " + e.getMessage(), e);
              }
            },
            r -> Thread.ofPlatform().name("feeder").start(r));
  }

  /** Waits until the feeder has handed over every page. */
  public void awaitFed(Duration timeout) throws Exception {
    feeding.get(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
  }

  public boolean fedAll() {
    return feeding != null && feeding.isDone() && !feeding.isCompletedExceptionally();
  }

  /** Pages accounted for (indexed or dead-lettered) so far. */
  public int accounted() {
    return Settle.accounted(ledger, deadLetters, index);
  }

  /** Waits for the feeder, then for every page to settle; true when all are accounted for. */
  public boolean settle(Duration timeout, Duration quiet, PrintStream out) throws Exception {
    try {
      awaitFed(timeout);
    } catch (java.util.concurrent.ExecutionException e) {
      out.println("  feeding ended with an error: " + e.getCause().getMessage());
    }
    return Settle.await(ledger, deadLetters, index, lag, timeout, quiet, out);
  }

  public Tally tally() throws Exception {
    Map<String, Integer> copies = index.copies();
    return Tally.of(ledger, deadLetters, index, copies);
  }

  public Ledger ledger() {
    return ledger;
  }

  public IndexWatch index() {
    return index;
  }

  public Lag lag() {
    return lag;
  }

  public Instant firstFed() {
    return firstFed;
  }

  public Instant feedDone() {
    return feedDone;
  }

  @Override
  public void close() {
    index.close();
    deadLetters.close();
    lag.close();
    feeder.close();
  }
}
