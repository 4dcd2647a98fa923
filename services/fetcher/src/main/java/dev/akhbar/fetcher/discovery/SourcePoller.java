package dev.akhbar.fetcher.discovery;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.crawl.Crawler;
import dev.akhbar.fetcher.crawl.PageOutcome;
import dev.akhbar.fetcher.crawl.PageRequest;
import dev.akhbar.fetcher.crawl.ResourceRequest;
import dev.akhbar.fetcher.emit.PageEmitter;
import dev.akhbar.fetcher.fetch.Conditional;
import dev.akhbar.fetcher.fetch.FetchKind;
import dev.akhbar.fetcher.fetch.FetchResponse;
import dev.akhbar.fetcher.sources.Source;
import dev.akhbar.fetcher.state.SeenStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Polls each source's feeds and sitemaps (and the sitemaps its robots.txt lists) with conditional
 * GETs, and submits the pages they list to the crawler. A feed's validators (ETag, Last-Modified)
 * are saved only once every page it listed was fetched, skipped or dead-lettered: a fetcher stopped
 * in between polls the feed in full again on restart, and the seen-set skips what was done.
 */
public class SourcePoller implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(SourcePoller.class);
  private static final int MAX_SITEMAP_DEPTH = 3;

  /** What one poll did (counts across the source's feeds and sitemaps). */
  public static final class Report {
    public final AtomicInteger documents = new AtomicInteger();
    public final AtomicInteger notModified = new AtomicInteger();
    public final AtomicInteger failedDocuments = new AtomicInteger();
    public final AtomicInteger fetched = new AtomicInteger();
    public final AtomicInteger skipped = new AtomicInteger();
    public final AtomicInteger deadLettered = new AtomicInteger();

    @Override
    public String toString() {
      return "documents=%s notModified=%s failedDocuments=%s fetched=%s skipped=%s deadLettered=%s"
          .formatted(documents, notModified, failedDocuments, fetched, skipped, deadLettered);
    }
  }

  private final Crawler crawler;
  private final SeenStore seen;
  private final PageEmitter emitter;
  private final Clock clock;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("akhbar-source-poller").daemon().factory());
  private final Map<String, CompletableFuture<Report>> running = new ConcurrentHashMap<>();

  public SourcePoller(Crawler crawler, SeenStore seen, PageEmitter emitter, Clock clock) {
    this.crawler = crawler;
    this.seen = seen;
    this.emitter = emitter;
    this.clock = clock;
  }

  /** Polls every source now and then on its interval; a poll still running is not doubled. */
  public void start(List<Source> sources) {
    for (Source s : sources) {
      timer.scheduleWithFixedDelay(
          () -> {
            CompletableFuture<Report> current = running.get(s.id());
            if (current != null && !current.isDone()) {
              return;
            }
            running.put(
                s.id(),
                poll(s)
                    .whenComplete(
                        (r, e) -> {
                          if (e != null) {
                            LOG.warnf("Poll of %s failed: %s", s.id(), e.getMessage());
                          } else {
                            LOG.infof("Polled %s: %s", s.id(), r);
                          }
                        }));
          },
          0,
          s.pollInterval().toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /** One poll of a source; completes when every page it listed is done. */
  public CompletableFuture<Report> poll(Source source) {
    Report report = new Report();
    if (source.minDelay() != null) {
      for (String url : allUrls(source)) {
        Url parsed = parse(url, source);
        if (parsed != null) {
          crawler.setMinDelay(parsed, source.minDelay());
        }
      }
    }
    Url homepage = source.homepage() == null ? null : parse(source.homepage(), source);
    CompletableFuture<List<String>> sitemaps =
        source.discoverSitemaps() && homepage != null
            ? crawler
                .robotsFor(homepage)
                .handle(
                    (rules, e) -> {
                      Set<String> all = new LinkedHashSet<>(source.sitemaps());
                      if (rules != null) {
                        all.addAll(rules.getSitemaps());
                      }
                      return List.copyOf(all);
                    })
            : CompletableFuture.completedFuture(source.sitemaps());
    List<CompletableFuture<?>> work = new ArrayList<>();
    for (String feed : source.feeds()) {
      work.add(pollDocument(source, feed, false, 0, report));
    }
    CompletableFuture<Void> sitemapWork =
        sitemaps.thenCompose(
            urls ->
                CompletableFuture.allOf(
                    urls.stream()
                        .map(u -> pollDocument(source, u, true, 0, report))
                        .toArray(CompletableFuture[]::new)));
    work.add(sitemapWork);
    return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).thenApply(v -> report);
  }

  private static List<String> allUrls(Source s) {
    List<String> urls = new ArrayList<>(s.feeds());
    urls.addAll(s.sitemaps());
    if (s.homepage() != null) {
      urls.add(s.homepage());
    }
    return urls;
  }

  /** The URL of a source's feed, sitemap or homepage; a bad one is dead-lettered, then null. */
  private Url parse(String url, Source source) {
    try {
      return Url.parseHttp(url);
    } catch (Url.InvalidUrlException e) {
      emitter.deadLetter(new FetchRequest(url, source.id(), null), e.getMessage(), e);
      return null;
    }
  }

  /** Fetches a feed or sitemap conditionally, submits what it lists, saves its state when done. */
  private CompletableFuture<Void> pollDocument(
      Source source, String text, boolean sitemap, int depth, Report report) {
    Url url = parse(text, source);
    if (url == null) {
      report.failedDocuments.incrementAndGet();
      return CompletableFuture.completedFuture(null);
    }
    Conditional conditional =
        seen.feed(url)
            .map(f -> new Conditional(f.etag(), f.lastModified()))
            .orElse(Conditional.NONE);
    FetchKind kind = sitemap ? FetchKind.SITEMAP : FetchKind.FEED;
    return crawler
        .submitResource(new ResourceRequest(url, source.id(), kind, conditional))
        .thenCompose(
            response -> {
              report.documents.incrementAndGet();
              if (response.notModified()) {
                report.notModified.incrementAndGet();
                return CompletableFuture.<Void>completedFuture(null);
              }
              return submitListed(source, text, sitemap, depth, response, report)
                  .thenRun(() -> saveState(url, response));
            })
        .exceptionally(
            e -> {
              // given up on by the crawler (already dead-lettered) or cancelled by a shutdown
              report.failedDocuments.incrementAndGet();
              return null;
            });
  }

  private CompletableFuture<Void> submitListed(
      Source source,
      String url,
      boolean sitemap,
      int depth,
      FetchResponse response,
      Report report) {
    List<Discovered> pages;
    List<String> children = List.of();
    try {
      if (sitemap) {
        SitemapParser.Result r =
            SitemapParser.parse(
                response.body(),
                response.mediaType(),
                response.finalUrl().toString(),
                source.language());
        pages = r.pages();
        children = r.sitemaps();
      } else {
        pages =
            FeedParser.parse(
                response.body(),
                response.mediaType(),
                response.finalUrl().toString(),
                source.language());
      }
    } catch (FeedParser.NotAFeedException e) {
      report.failedDocuments.incrementAndGet();
      emitter.deadLetter(new FetchRequest(url, source.id(), null), e.getMessage(), e);
      return CompletableFuture.completedFuture(null);
    }
    List<CompletableFuture<?>> work = new ArrayList<>();
    for (String child : children) {
      if (depth + 1 < MAX_SITEMAP_DEPTH) {
        work.add(pollDocument(source, child, true, depth + 1, report));
      }
    }
    for (Discovered d : pages) {
      FetchRequest request = new FetchRequest(d.url().toString(), source.id(), d.hints());
      work.add(
          crawler
              .submitPage(PageRequest.of(request, d.url()).changedAt(d.marker()))
              .thenAccept(outcome -> count(outcome, report)));
    }
    return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
  }

  private static void count(PageOutcome outcome, Report report) {
    switch (outcome) {
      case FETCHED -> report.fetched.incrementAndGet();
      case SKIPPED_SEEN, NOT_MODIFIED -> report.skipped.incrementAndGet();
      case DEAD_LETTERED -> report.deadLettered.incrementAndGet();
    }
  }

  private void saveState(Url url, FetchResponse response) {
    String etag = response.header("etag");
    String lastModified = response.header("last-modified");
    seen.saveFeed(url, new SeenStore.Feed(etag, lastModified, clock.instant()));
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
