package dev.akhbar.fetcher.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.events.Url;
import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.durable.WriteFailure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexedSeenStoreTest {
  private static final Instant T0 = Instant.parse("2025-02-16T07:30:00Z");
  private final DurableWrites writes =
      new DurableWrites(
          Clock.systemUTC(), Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(10));

  /** A log in memory that can be made unavailable. */
  static final class MemoryLog implements SeenLog {
    record Entry(String key, String value) {}

    final List<Entry> entries = new ArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();

    @Override
    public synchronized CompletionStage<Void> append(String key, String value) {
      if (failuresLeft.getAndDecrement() > 0) {
        return CompletableFuture.failedFuture(WriteFailure.unavailable("broker away", null));
      }
      entries.add(new Entry(key, value));
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized long replay(Replayer replayer) {
      if (failuresLeft.getAndDecrement() > 0) {
        throw WriteFailure.unavailable("broker away", null);
      }
      for (Entry e : entries) {
        replayer.record(
            e.key().getBytes(StandardCharsets.UTF_8),
            e.value() == null ? null : e.value().getBytes(StandardCharsets.UTF_8));
      }
      return entries.size();
    }
  }

  @Test
  void aRestartedStoreKnowsEverySpellingOfWhatWasSeenAndTheFeedStates() {
    MemoryLog log = new MemoryLog();
    IndexedSeenStore first = new IndexedSeenStore(log, writes, 16).loadNow();
    first.markPage(Url.parse("https://news.example/a?utm_source=x"), T0, null);
    first.markPage(Url.parse("https://news.example/b"), T0, T0.minusSeconds(3600));
    first.saveFeed(
        Url.parse("https://news.example/feed.xml"), new SeenStore.Feed("\"v1\"", null, T0));

    IndexedSeenStore second = new IndexedSeenStore(log, writes, 16).start();

    await().atMost(Duration.ofSeconds(5)).until(() -> second.status().loaded());
    assertThat(second.contains(Url.parse("HTTPS://News.Example/a#top"))).isTrue();
    assertThat(second.contains(Url.parse("https://news.example/c"))).isFalse();
    assertThat(second.feed(Url.parse("https://news.example/feed.xml")))
        .contains(new SeenStore.Feed("\"v1\"", null, T0));
    assertThat(second.status().pages()).isEqualTo(2);
    assertThat(second.status().records()).isEqualTo(3);
  }

  @Test
  void aPageIsFetchedAgainOnlyForANewerMarker() {
    IndexedSeenStore store = new IndexedSeenStore(new MemoryLog(), writes, 16).loadNow();
    Url withoutMarker = Url.parse("https://news.example/a");
    Url withMarker = Url.parse("https://news.example/b");
    store.markPage(withoutMarker, T0, null);
    store.markPage(withMarker, T0, T0.minusSeconds(3600));

    assertThat(store.isNewOrChanged(Url.parse("https://news.example/new"), null)).isTrue();
    assertThat(store.isNewOrChanged(withoutMarker, null)).isFalse();
    assertThat(store.isNewOrChanged(withoutMarker, T0.minusSeconds(60))).isFalse();
    assertThat(store.isNewOrChanged(withoutMarker, T0.plusSeconds(60))).isTrue();
    assertThat(store.isNewOrChanged(withMarker, T0.minusSeconds(3600))).isFalse();
    assertThat(store.isNewOrChanged(withMarker, T0.minusSeconds(60))).isTrue();
  }

  @Test
  void aMarkWaitsForTheLogAndADeletionForgetsThePage() {
    MemoryLog log = new MemoryLog();
    IndexedSeenStore store = new IndexedSeenStore(log, writes, 16).loadNow();
    log.failuresLeft.set(3);

    store.markPage(Url.parse("https://news.example/a"), T0, null);

    assertThat(log.entries).hasSize(1);
    log.append(Url.parse("https://news.example/a").articleId(), null);
    IndexedSeenStore restarted = new IndexedSeenStore(log, writes, 16).loadNow();
    assertThat(restarted.contains(Url.parse("https://news.example/a"))).isFalse();
  }

  @Test
  void whileTheLogCannotBeReadTheStoreSaysSoAndLoadsOnceItCan() {
    MemoryLog log = new MemoryLog();
    log.failuresLeft.set(2);

    IndexedSeenStore store = new IndexedSeenStore(log, writes, 16).start();

    await().atMost(Duration.ofSeconds(10)).until(() -> store.status().loaded());
    assertThat(store.status().waiting()).isNull();
  }

  @Test
  void recordsWrittenByTheEarlierStoreAreRead() throws Exception {
    MemoryLog log = new MemoryLog();
    String id = Url.parse("https://news.example/old").articleId();
    // the value the first fetcher wrote (with url, without a marker)
    log.entries.add(
        new MemoryLog.Entry(
            id,
            "{\"kind\":\"page\",\"url\":\"https://news.example/old\",\"fetchedAt\":\"2025-02-16T07:30:00.250Z\"}"));
    log.entries.add(new MemoryLog.Entry("garbage", "not json"));

    IndexedSeenStore store = new IndexedSeenStore(log, writes, 16).loadNow();

    assertThat(store.contains(Url.parse("https://news.example/old"))).isTrue();
    assertThat(store.isNewOrChanged(Url.parse("https://news.example/old"), T0.plusSeconds(2)))
        .isTrue();
    assertThat(store.isNewOrChanged(Url.parse("https://news.example/old"), T0)).isFalse();
  }
}
