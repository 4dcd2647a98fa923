package dev.akhbar.fetcher.testing;

import dev.akhbar.fetcher.crawl.CrawlSettings;
import dev.akhbar.fetcher.crawl.Crawler;
import dev.akhbar.fetcher.discovery.SourcePoller;
import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.emit.PageEmitter;
import dev.akhbar.fetcher.fetch.FetchLimits;
import dev.akhbar.fetcher.fetch.GuardedDnsResolver;
import dev.akhbar.fetcher.fetch.HttpFetcher;
import dev.akhbar.fetcher.fetch.NetworkGuard;
import dev.akhbar.fetcher.metrics.CrawlMetrics;
import dev.akhbar.fetcher.robots.RobotsCache;
import dev.akhbar.fetcher.state.InMemorySeenStore;
import dev.akhbar.fetcher.state.SeenStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** The crawler's plain classes wired as the app wires them, with test-sized delays and caps. */
public final class CrawlerHarness implements AutoCloseable {
  public static final String USER_AGENT = "AkhbarBot/test (+https://akhbar.dev/bot)";

  public final CollectingSink sink = new CollectingSink();
  public final SeenStore seen;
  public final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  public final HttpFetcher fetcher;
  public final DurableWrites writes = DurableWrites.defaults(Clock.systemUTC());
  public final PageEmitter emitter;
  public final Crawler crawler;
  public final SourcePoller poller;

  public CrawlerHarness(
      CrawlSettings settings,
      FetchLimits limits,
      NetworkGuard guard,
      SeenStore seen,
      GuardedDnsResolver.Lookup lookup) {
    this.seen = seen;
    this.fetcher = new HttpFetcher(limits, guard, lookup, Clock.systemUTC());
    this.emitter = new PageEmitter(sink, seen, writes);
    this.crawler =
        new Crawler(
            fetcher,
            new RobotsCache(
                "akhbarbot", Duration.ofHours(1), Duration.ofMinutes(5), Clock.systemUTC()),
            seen,
            emitter,
            settings,
            new CrawlMetrics(metrics));
    this.poller = new SourcePoller(crawler, seen, emitter, Clock.systemUTC());
  }

  /** Test defaults: 300 ms between requests to a host, 200 ms first backoff, 3 attempts. */
  public static CrawlSettings settings() {
    return new CrawlSettings(
        Duration.ofMillis(300),
        Duration.ofSeconds(5),
        3,
        Duration.ofMillis(200),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        4,
        true,
        1000);
  }

  public static FetchLimits limits() {
    return new FetchLimits(
        USER_AGENT,
        Duration.ofSeconds(2),
        Duration.ofSeconds(1),
        1024 * 1024,
        4L * 1024 * 1024,
        100,
        5);
  }

  public static NetworkGuard loopbackAllowed() {
    return new NetworkGuard(true, false, false, Set.of("http", "https"));
  }

  public static CrawlerHarness local() {
    return new CrawlerHarness(
        settings(),
        limits(),
        loopbackAllowed(),
        new InMemorySeenStore(),
        InetAddress::getAllByName);
  }

  public static CrawlerHarness local(CrawlSettings settings) {
    return new CrawlerHarness(
        settings, limits(), loopbackAllowed(), new InMemorySeenStore(), InetAddress::getAllByName);
  }

  @Override
  public void close() throws Exception {
    writes.close();
    poller.close();
    crawler.close();
    fetcher.close();
  }
}
