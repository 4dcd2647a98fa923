package dev.akhbar.fetcher;

import dev.akhbar.fetcher.crawl.CrawlSettings;
import dev.akhbar.fetcher.crawl.Crawler;
import dev.akhbar.fetcher.discovery.SourcePoller;
import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.emit.PageEmitter;
import dev.akhbar.fetcher.emit.PageSink;
import dev.akhbar.fetcher.fetch.FetchLimits;
import dev.akhbar.fetcher.fetch.HttpFetcher;
import dev.akhbar.fetcher.fetch.NetworkGuard;
import dev.akhbar.fetcher.importer.ImportRoots;
import dev.akhbar.fetcher.importer.ImportService;
import dev.akhbar.fetcher.kafka.KafkaClients;
import dev.akhbar.fetcher.kafka.KafkaSeenLog;
import dev.akhbar.fetcher.metrics.CrawlMetrics;
import dev.akhbar.fetcher.robots.RobotsCache;
import dev.akhbar.fetcher.state.InMemorySeenStore;
import dev.akhbar.fetcher.state.IndexedSeenStore;
import dev.akhbar.fetcher.state.SeenStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Builds the plain classes from configuration; the only place they meet Quarkus. */
@Singleton
public class FetcherBeans {
  private static final Logger LOG = Logger.getLogger(FetcherBeans.class);

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
  DurableWrites durableWrites(Clock clock) {
    return DurableWrites.defaults(clock);
  }

  void closeWrites(@Disposes DurableWrites writes) {
    writes.close();
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

  /**
   * The seen-set; the Kafka one starts reading its topic back now, in the background. Its topic is
   * the seen-store client's declaration in application.properties.
   */
  @Produces
  @Singleton
  SeenStore seenStore(
      FetcherConfig config,
      DurableWrites writes,
      @ConfigProperty(name = "akhbar.kafka.client.seen-store.topic") String seenTopic,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    return switch (config.seen().store().toLowerCase(Locale.ROOT)) {
      case "memory" -> new InMemorySeenStore();
      case "kafka" ->
          new IndexedSeenStore(
                  new KafkaSeenLog(new KafkaClients(kafkaConfig), seenTopic),
                  writes,
                  config.seen().expectedPages())
              .start();
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
  PageEmitter pageEmitter(PageSink sink, SeenStore seen, DurableWrites writes) {
    return new PageEmitter(sink, seen, writes);
  }

  @Produces
  @Singleton
  Crawler crawler(
      FetcherConfig config,
      HttpFetcher fetcher,
      SeenStore seen,
      PageEmitter emitter,
      Clock clock,
      MeterRegistry registry) {
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
    CrawlMetrics metrics = new CrawlMetrics(registry);
    Crawler crawler = new Crawler(fetcher, robots, seen, emitter, settings, metrics);
    metrics.watch(crawler);
    return crawler;
  }

  void closeCrawler(@Disposes Crawler crawler) {
    crawler.close();
  }

  @Produces
  @Singleton
  ImportService importService(
      FetcherConfig config,
      PageEmitter emitter,
      SeenStore seen,
      DurableWrites writes,
      Clock clock) {
    FetcherConfig.Import i = config.imports();
    ImportRoots roots = ImportRoots.of(i.roots().orElse(List.of()));
    if (roots.roots().isEmpty()) {
      LOG.info("No import root (akhbar.fetcher.import.roots): POST /import imports nothing");
    } else {
      LOG.infof("POST /import reads under %s", roots.roots());
    }
    return new ImportService(
        emitter,
        seen,
        writes,
        clock,
        new ImportService.Settings(
            i.workers(), config.http().maxBodyBytes(), roots, i.keepJobs(), i.maxQueuedJobs()));
  }

  void closeImports(@Disposes ImportService imports) {
    imports.close();
  }

  @Produces
  @Singleton
  SourcePoller sourcePoller(Crawler crawler, SeenStore seen, PageEmitter emitter, Clock clock) {
    return new SourcePoller(crawler, seen, emitter, clock);
  }

  void closePoller(@Disposes SourcePoller poller) {
    poller.close();
  }
}
