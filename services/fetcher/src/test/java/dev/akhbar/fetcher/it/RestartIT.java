package dev.akhbar.fetcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.discovery.SourcePoller;
import dev.akhbar.fetcher.sources.Source;
import dev.akhbar.fetcher.state.IndexedSeenStore;
import dev.akhbar.fetcher.testing.CrawlerHarness;
import dev.akhbar.fetcher.testing.Kafka;
import dev.akhbar.fetcher.testing.LocalWebServer;
import dev.akhbar.testsupport.Infra;
import dev.akhbar.testsupport.TestTopics;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A fetcher stopped mid-crawl and started again (a new crawler with a new seen-store read back from
 * the compacted Kafka topic) fetches every URL of the feed exactly once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RestartIT {
  private static final int ITEMS = 6;

  private final String topic =
      "akhbar.it.fetch.seen.restart." + Infra.runId() + "-" + System.nanoTime();
  private LocalWebServer server;

  @BeforeEach
  void start() throws Exception {
    TestTopics.create(TestTopics.topic(topic, 1, Map.of("cleanup.policy", "compact")));
    server = new LocalWebServer();
    server.page("/robots.txt", "text/plain", "");
    String[] paths =
        IntStream.rangeClosed(1, ITEMS).mapToObj(i -> "/item-" + i).toArray(String[]::new);
    server.on(
        "/feed.xml",
        (ex, hit) -> {
          if ("\"feed-v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"feed-v1\"");
          LocalWebServer.respond(ex, 200, "application/rss+xml", CrawlerIT.rss(paths));
        });
    for (String p : paths) {
      server.page(p, "text/html", "<p>" + p + "</p>");
    }
  }

  @AfterEach
  void stop() {
    server.close();
    TestTopics.delete(List.of(topic));
  }

  @Test
  void aRestartedFetcherNeitherRefetchesNorMisses() throws Exception {
    Source source =
        new Source(
            "restart",
            "Restart",
            null,
            null,
            List.of(server.url("/feed.xml")),
            List.of(),
            false,
            Duration.ofMinutes(10),
            null);
    List<RawPage> emitted = new ArrayList<>();

    IndexedSeenStore firstSeen = Kafka.seenStore(topic);
    CrawlerHarness first = harness(firstSeen);
    CompletableFuture<SourcePoller.Report> interrupted = first.poller.poll(source);
    await().atMost(Duration.ofSeconds(30)).until(() -> itemRequests() >= 3);
    first.close(); // stops mid-crawl: the request in flight finishes, the rest is cancelled
    firstSeen.close();
    emitted.addAll(first.sink.pages);
    long fetchedBeforeStop = itemRequests();
    assertThat(fetchedBeforeStop).isBetween(3L, (long) ITEMS - 1);
    assertThat(interrupted).isDone();

    IndexedSeenStore secondSeen = Kafka.seenStore(topic);
    try (CrawlerHarness second = harness(secondSeen)) {
      SourcePoller.Report report = second.poller.poll(source).get(60, TimeUnit.SECONDS);
      emitted.addAll(second.sink.pages);

      assertThat(report.skipped.get()).isEqualTo((int) fetchedBeforeStop);
      assertThat(report.fetched.get()).isEqualTo(ITEMS - (int) fetchedBeforeStop);
      for (int i = 1; i <= ITEMS; i++) {
        assertThat(server.count("/item-" + i)).as("requests for /item-%d", i).isEqualTo(1);
      }
      assertThat(emitted).extracting(RawPage::url).doesNotHaveDuplicates().hasSize(ITEMS);

      // the feed's state was saved once every item was done: the next poll is a 304
      SourcePoller.Report next = second.poller.poll(source).get(30, TimeUnit.SECONDS);
      assertThat(next.notModified.get()).isEqualTo(1);
      assertThat(server.requestsTo("/feed.xml"))
          .extracting(LocalWebServer.Seen::ifNoneMatch)
          .containsExactly(null, null, "\"feed-v1\"");
    } finally {
      secondSeen.close();
    }
  }

  private long itemRequests() {
    return server.seen.stream().filter(s -> s.path().startsWith("/item-")).count();
  }

  private static CrawlerHarness harness(IndexedSeenStore seen) {
    return new CrawlerHarness(
        CrawlerHarness.settings(),
        CrawlerHarness.limits(),
        CrawlerHarness.loopbackAllowed(),
        seen,
        InetAddress::getAllByName);
  }
}
