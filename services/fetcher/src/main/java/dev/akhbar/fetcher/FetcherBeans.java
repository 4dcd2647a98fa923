package dev.akhbar.fetcher;

import dev.akhbar.fetcher.crawl.CrawlSettings;
import dev.akhbar.fetcher.crawl.Crawler;
import dev.akhbar.fetcher.discovery.SourcePoller;
import dev.akhbar.fetcher.emit.PageSink;
import dev.akhbar.fetcher.fetch.FetchLimits;
import dev.akhbar.fetcher.fetch.HttpFetcher;
import dev.akhbar.fetcher.fetch.NetworkGuard;
import dev.akhbar.fetcher.importer.ImportService;
import dev.akhbar.fetcher.robots.RobotsCache;
import dev.akhbar.fetcher.state.InMemorySeenStore;
import dev.akhbar.fetcher.state.KafkaClientSettings;
import dev.akhbar.fetcher.state.KafkaSeenStore;
import dev.akhbar.fetcher.state.SeenStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the plain classes from configuration; the only place they meet Quarkus. */
@Singleton
public class FetcherBeans {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
  NetworkGuard networkGuard(FetcherConfig config) {
    FetcherConfig.Network n = config.network();
    Set<String> schemes =
        n.schemes().stream()
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    return new NetworkGuard(n.allowLoopback(), n.allowPrivate(), n.allowLinkLocal(), schemes);
  }

  @Produces
  @Singleton
  HttpFetcher httpFetcher(FetcherConfig config, NetworkGuard guard, Clock clock) {
    FetcherConfig.Http h = config.http();
    FetchLimits limits =
        new FetchLimits(
            h.userAgent(),
            h.connectTimeout(),
            h.readTimeout(),
            h.maxBodyBytes(),
            h.maxDecodedBytes(),
            h.maxCompressionRatio(),
            h.maxRedirects());
    return new HttpFetcher(limits, guard, InetAddress::getAllByName, clock);
  }

  void closeFetcher(@Disposes HttpFetcher fetcher) throws IOException {
    fetcher.close();
  }

  @Produces
  @Singleton
  SeenStore seenStore(
      FetcherConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    return switch (config.seen().store().toLowerCase(Locale.ROOT)) {
      case "memory" -> new InMemorySeenStore();
      case "kafka" ->
          new KafkaSeenStore(
              KafkaClientSettings.connection(kafkaConfig),
              config.seen().topic(),
              config.seen().loadTimeout());
      default ->
          throw new IllegalArgumentException(
              "akhbar.fetcher.seen.store must be kafka or memory, not " + config.seen().store());
    };
  }

  void closeSeen(@Disposes SeenStore seen) {
    seen.close();
  }

  @Produces
  @Singleton
  Crawler crawler(
      FetcherConfig config,
      HttpFetcher fetcher,
      SeenStore seen,
      PageSink sink,
      Clock clock,
      MeterRegistry metrics) {
    RobotsCache robots =
        new RobotsCache(
            config.robots().agent(), config.robots().cacheTtl(), config.robots().errorTtl(), clock);
    CrawlSettings settings =
        new CrawlSettings(
            config.politeness().minDelay(),
            config.politeness().maxCrawlDelay(),
            config.retry().maxAttempts(),
            config.retry().initialBackoff(),
            config.retry().maxBackoff(),
            config.retry().maxRetryAfter(),
            config.politeness().workers(),
            config.robots().obey(),
            config.politeness().maxQueue());
    return new Crawler(fetcher, robots, seen, sink, settings, clock, metrics);
  }

  void closeCrawler(@Disposes Crawler crawler) {
    crawler.close();
  }

  @Produces
  @Singleton
  ImportService importService(FetcherConfig config, PageSink sink, SeenStore seen, Clock clock) {
    return new ImportService(sink, seen, clock, config.http().maxBodyBytes());
  }

  @Produces
  @Singleton
  SourcePoller sourcePoller(Crawler crawler, SeenStore seen, PageSink sink, Clock clock) {
    return new SourcePoller(crawler, seen, sink, clock);
  }

  void closePoller(@Disposes SourcePoller poller) {
    poller.close();
  }
}
