package dev.akhbar.fetcher.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.RawPage;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.durable.WriteFailure;
import dev.akhbar.fetcher.state.InMemorySeenStore;
import dev.akhbar.fetcher.testing.CollectingSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageEmitterTest {
  private static final Instant T0 = Instant.parse("2025-02-16T07:30:00Z");
  private final InMemorySeenStore seen = new InMemorySeenStore();
  private final DurableWrites writes =
      new DurableWrites(
          Clock.systemUTC(), Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(10));

  /** Fails the first page writes with the given failure, then collects. */
  static final class FailingSink extends CollectingSink {
    final AtomicInteger failuresLeft;
    final WriteFailure failure;

    FailingSink(int failures, WriteFailure failure) {
      this.failuresLeft = new AtomicInteger(failures);
      this.failure = failure;
    }

    @Override
    public CompletionStage<Void> page(RawPage page) {
      if (failuresLeft.getAndDecrement() > 0) {
        return CompletableFuture.failedFuture(failure);
      }
      return super.page(page);
    }
  }

  private static RawPage page(Url url) {
    return new RawPage(
        url.articleId(),
        url.toString(),
        url.toString(),
        "s",
        T0,
        200,
        "text/html",
        "UTF-8",
        Map.of(),
        "<p>x</p>",
        null);
  }

  @Test
  void writesThePageThenMarksTheRequestedAndTheFinalUrlSeen() {
    CollectingSink sink = new CollectingSink();
    Url requested = Url.parse("http://news.example/a");
    Url finalUrl = Url.parse("https://news.example/a-moved");

    PageEmitter.Result result =
        new PageEmitter(sink, seen, writes).emit(page(finalUrl), requested, finalUrl, null);

    assertThat(result.emitted()).isTrue();
    assertThat(sink.pages).hasSize(1);
    assertThat(seen.contains(requested)).isTrue();
    assertThat(seen.contains(finalUrl)).isTrue();
  }

  @Test
  void aBrokerOutageIsWaitedOutAndThePageIsNotLost() {
    FailingSink sink =
        new FailingSink(4, WriteFailure.unavailable("TimeoutException: no broker", null));
    Url url = Url.parse("https://news.example/b");

    PageEmitter.Result result = new PageEmitter(sink, seen, writes).emit(page(url), url, url, null);

    assertThat(result.emitted()).isTrue();
    assertThat(sink.pages).extracting(RawPage::url).containsExactly("https://news.example/b");
    assertThat(sink.deadLetters).isEmpty();
    assertThat(seen.contains(url)).isTrue();
  }

  @Test
  void aPageTheLogRefusesIsDeadLetteredWithItsUrlAndReasonAndNotMarkedSeen() {
    FailingSink sink =
        new FailingSink(1, WriteFailure.rejected("RecordTooLargeException: 17000000 bytes", null));
    Url url = Url.parse("https://news.example/huge");

    PageEmitter.Result result = new PageEmitter(sink, seen, writes).emit(page(url), url, url, null);

    assertThat(result.emitted()).isFalse();
    assertThat(result.reason())
        .isEqualTo("Page not written: RecordTooLargeException: 17000000 bytes");
    assertThat(sink.pages).isEmpty();
    assertThat(sink.deadLetters).hasSize(1);
    assertThat(sink.deadLetters.get(0).request())
        .isEqualTo(new FetchRequest("https://news.example/huge", "s", null));
    assertThat(sink.deadLetters.get(0).reason()).isEqualTo(result.reason());
    assertThat(seen.contains(url)).isFalse();
  }
}
