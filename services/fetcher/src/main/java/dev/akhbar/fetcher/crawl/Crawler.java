package dev.akhbar.fetcher.crawl;

import crawlercommons.robots.BaseRobotRules;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.crawl.HostScheduler.Turn;
import dev.akhbar.fetcher.emit.PageEmitter;
import dev.akhbar.fetcher.fetch.FetchException;
import dev.akhbar.fetcher.fetch.FetchResponse;
import dev.akhbar.fetcher.fetch.HttpFetcher;
import dev.akhbar.fetcher.robots.RobotsCache;
import dev.akhbar.fetcher.state.SeenStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The polite crawler, a facade over its parts: every URL waits in its host's queue ({@link
 * HostScheduler}: one request at a time per host); each URL's way through robots.txt, the request,
 * retries and redirects is a {@link Trip} whose decisions are {@link FetchPolicy}'s; pages go out
 * through the {@link PageEmitter}; what happens is reported to a {@link CrawlListener}.
 *
 * <p>{@link #close()} stops dispatching, lets the requests in flight finish (their pages written
 * and marked seen) and cancels the rest, which a restarted crawler rediscovers from the feeds.
 */
public class Crawler implements AutoCloseable {
  private final CrawlSettings settings;
  private final CrawlListener listener;
  private final HostScheduler scheduler;
  private final RobotsCache robots;
  private final PageEmitter emitter;
  private final Map<String, Duration> hostDelays = new ConcurrentHashMap<>();
  private final TripContext context;
  private final ExecutorService refusals =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("akhbar-crawler-refusals").daemon().factory());

  public Crawler(
      HttpFetcher fetcher,
      RobotsCache robots,
      SeenStore seen,
      PageEmitter emitter,
      CrawlSettings settings,
      CrawlListener listener) {
    this.settings = settings;
    this.listener = listener;
    this.robots = robots;
    this.emitter = emitter;
    this.scheduler = new HostScheduler(settings.workers(), "akhbar-crawler", listener::waited);
    this.context =
        new TripContext(
            fetcher,
            robots,
            new FetchPolicy(settings),
            listener,
            scheduler,
            hostDelays,
            seen,
            emitter);
  }

  /**
   * Fetches a page unless it was seen (and its marker is not newer), and emits it as a raw page.
   * When {@code max-queue} URLs wait already, the page is dead-lettered at once.
   */
  public CompletableFuture<PageOutcome> submitPage(PageRequest request) {
    CompletableFuture<PageOutcome> result = new CompletableFuture<>();
    if (scheduler.depth() >= settings.maxQueue()) {
      listener.outcome(request.url().host(), "queue_full");
      String reason = "Crawler queue full (" + settings.maxQueue() + " URLs waiting)";
      refusals.execute(
          () -> {
            emitter.deadLetter(request.request(), reason, null);
            result.complete(PageOutcome.DEAD_LETTERED);
          });
      return result;
    }
    context.submit(request.url(), new PageTrip(context, request, result));
    return result;
  }

  /**
   * Fetches a feed, sitemap or other resource through the same politeness, robots.txt and retry
   * rules. Completes with a 2xx or 304 response, or exceptionally with the {@link FetchException}
   * given up on (which also went to the dead-letter topic).
   */
  public CompletableFuture<FetchResponse> submitResource(ResourceRequest request) {
    CompletableFuture<FetchResponse> result = new CompletableFuture<>();
    context.submit(request.url(), new ResourceTrip(context, request, result));
    return result;
  }

  /** The robots.txt rules of the URL's host, fetched in the host's slot when not cached. */
  public CompletableFuture<BaseRobotRules> robotsFor(Url url) {
    CompletableFuture<BaseRobotRules> result = new CompletableFuture<>();
    context.submit(
        url,
        new HostScheduler.Task() {
          @Override
          public Turn run() {
            var cached = robots.cached(url);
            if (cached.isPresent()) {
              result.complete(cached.get());
              return Turn.done(Duration.ZERO);
            }
            FetchException refused = context.fetchRobots(url);
            if (refused != null) {
              result.completeExceptionally(refused);
            } else {
              result.complete(robots.cached(url).orElseThrow());
            }
            return Turn.done(context.pause(url, Duration.ZERO));
          }

          @Override
          public void cancel() {
            result.cancel(false);
          }
        });
    return result;
  }

  /** A per-host rate: the minimum delay between requests to the URL's host (a source's rate). */
  public void setMinDelay(Url url, Duration minDelay) {
    hostDelays.put(url.hostKey(), minDelay);
  }

  /** URLs waiting in host queues. */
  public int queueDepth() {
    return scheduler.depth();
  }

  /** Stops dispatching, waits for requests in flight, cancels what was still queued. */
  @Override
  public void close() {
    scheduler.close(Duration.ofSeconds(60));
    refusals.shutdown();
  }
}
