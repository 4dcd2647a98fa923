package dev.akhbar.fetcher.crawl;

import crawlercommons.robots.BaseRobotRules;
import dev.akhbar.events.ArticleId;
import dev.akhbar.events.FeedHints;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.charset.CharsetDetector;
import dev.akhbar.fetcher.emit.PageSink;
import dev.akhbar.fetcher.fetch.Conditional;
import dev.akhbar.fetcher.fetch.FetchException;
import dev.akhbar.fetcher.fetch.FetchKind;
import dev.akhbar.fetcher.fetch.FetchResponse;
import dev.akhbar.fetcher.fetch.HttpFetcher;
import dev.akhbar.fetcher.fetch.Redirects;
import dev.akhbar.fetcher.robots.RobotsCache;
import dev.akhbar.fetcher.state.SeenStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The polite crawler. Every URL waits in its host's queue; a host runs one request at a time, and
 * the next one starts no earlier than the politeness delay (the larger of the configured minimum
 * and robots.txt's Crawl-delay) or the backoff a 429/503 asked for. robots.txt is fetched in the
 * same slot before the first request to a host. Transient failures are retried with exponential
 * backoff up to a cap; what the crawler gives up on goes to the dead-letter sink with the reason.
 *
 * <p>{@link #close()} stops dispatching, lets the requests in flight finish (their pages written
 * and marked seen) and cancels the rest, which a restarted crawler rediscovers from the feeds.
 */
public class Crawler implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Crawler.class);

  /** What became of a page request. */
  public enum PageOutcome {
    FETCHED,
    SKIPPED_SEEN,
    NOT_MODIFIED,
    DEAD_LETTERED
  }

  private final HttpFetcher fetcher;
  private final RobotsCache robots;
  private final SeenStore seen;
  private final PageSink sink;
  private final CrawlSettings settings;
  private final Clock clock;
  private final MeterRegistry metrics;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();
  private final Map<String, Duration> hostDelays = new ConcurrentHashMap<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final ScheduledExecutorService timer;
  private final ExecutorService workers;
  private final Timer politenessWait;
  private volatile boolean closed;

  public Crawler(
      HttpFetcher fetcher,
      RobotsCache robots,
      SeenStore seen,
      PageSink sink,
      CrawlSettings settings,
      Clock clock,
      MeterRegistry metrics) {
    this.fetcher = fetcher;
    this.robots = robots;
    this.seen = seen;
    this.sink = sink;
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "akhbar-crawler-timer"));
    this.workers =
        Executors.newFixedThreadPool(settings.workers(), r -> daemon(r, "akhbar-crawler-worker"));
    this.politenessWait =
        Timer.builder("akhbar.fetcher.politeness.wait")
            .description("Time a URL waited in its host queue before its request started")
            .register(metrics);
    metrics.gauge("akhbar.fetcher.queue.depth", queued);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * Fetches a page unless it was seen (and its marker is not newer), and emits it as a raw page.
   *
   * @param marker change marker (sitemap lastmod, feed item date), or null
   * @param force fetch even when seen
   */
  public CompletableFuture<PageOutcome> submitPage(
      FetchRequest request, Instant marker, boolean force) {
    CompletableFuture<PageOutcome> result = new CompletableFuture<>();
    URI uri;
    try {
      uri = HttpFetcherUris.parse(request.url());
    } catch (FetchException e) {
      deadLetter(request, e.getMessage(), e);
      result.complete(PageOutcome.DEAD_LETTERED);
      return result;
    }
    if (queued.get() >= settings.maxQueue()) {
      count(uri, "queue_full");
      deadLetter(request, "Crawler queue full (" + settings.maxQueue() + " URLs waiting)", null);
      result.complete(PageOutcome.DEAD_LETTERED);
      return result;
    }
    enqueue(uri, new PageJob(uri, request, marker, force, result));
    return result;
  }

  /**
   * Fetches a feed, sitemap or other resource through the same politeness, robots.txt and retry
   * rules. Completes with a 2xx or 304 response, or exceptionally with the {@link FetchException}
   * given up on (which also went to the dead-letter sink).
   */
  public CompletableFuture<FetchResponse> submitResource(
      String url, String sourceId, FetchKind kind, Conditional conditional) {
    CompletableFuture<FetchResponse> result = new CompletableFuture<>();
    FetchRequest request = new FetchRequest(url, sourceId, null);
    URI uri;
    try {
      uri = HttpFetcherUris.parse(url);
    } catch (FetchException e) {
      deadLetter(request, e.getMessage(), e);
      result.completeExceptionally(e);
      return result;
    }
    enqueue(uri, new ResourceJob(uri, request, kind, conditional, result));
    return result;
  }

  /** The robots.txt rules of the URL's host, fetched in the host's slot when not cached. */
  public CompletableFuture<BaseRobotRules> robotsFor(String url) {
    CompletableFuture<BaseRobotRules> result = new CompletableFuture<>();
    URI uri;
    try {
      uri = HttpFetcherUris.parse(url);
    } catch (FetchException e) {
      result.completeExceptionally(e);
      return result;
    }
    enqueue(uri, new RobotsJob(uri, result));
    return result;
  }

  /** A per-host rate: the minimum delay between requests to the URL's host (a source's rate). */
  public void setMinDelay(String url, Duration minDelay) {
    try {
      hostDelays.put(RobotsCache.hostKey(HttpFetcherUris.parse(url)), minDelay);
    } catch (FetchException e) {
      LOG.warnf("Ignoring the rate of a bad URL: %s", e.getMessage());
    }
  }

  /** URLs waiting in host queues. */
  public int queueDepth() {
    return queued.get();
  }

  // ---------------------------------------------------------------- scheduling

  /** One step of a job in its host's slot. */
  private record Step(boolean requested, Duration delay, boolean again) {
    static final Step DONE_WITHOUT_REQUEST = new Step(false, Duration.ZERO, false);

    static Step done() {
      return new Step(true, Duration.ZERO, false);
    }

    static Step again(boolean requested, Duration wait) {
      return new Step(requested, wait, true);
    }
  }

  private abstract class Job {
    /** Where the job is now: the URL asked for, or the redirect target it was handed to. */
    URI uri;

    int attempts;
    long readySince = System.nanoTime();
    final Redirects chain = new Redirects();

    Job(URI uri) {
      this.uri = uri;
    }

    /** Same-host redirects are followed in this slot; other hosts get the job in their own. */
    Redirects.Decision decide(URI target) {
      if (!RobotsCache.hostKey(target).equals(RobotsCache.hostKey(uri))) {
        return Redirects.Decision.ELSEWHERE;
      }
      return allowed(target) ? Redirects.Decision.FOLLOW : Redirects.Decision.DISALLOWED;
    }

    /** Moves the job to the redirect target's host queue (its politeness and robots.txt). */
    Step handOver(Redirects.ElsewhereException e) {
      uri = e.target();
      readySince = System.nanoTime();
      enqueue(uri, this);
      return Step.done();
    }

    abstract Step step();

    abstract void cancel();
  }

  private final class Host {
    final String key;
    final Deque<Job> jobs = new ArrayDeque<>();
    boolean scheduled;
    long nextAllowedNanos = System.nanoTime();

    Host(String key) {
      this.key = key;
    }
  }

  private void enqueue(URI uri, Job job) {
    if (closed) {
      job.cancel();
      return;
    }
    Host host = hosts.computeIfAbsent(RobotsCache.hostKey(uri), Host::new);
    queued.incrementAndGet();
    synchronized (host) {
      host.jobs.addLast(job);
      if (!host.scheduled) {
        host.scheduled = true;
        schedule(host, Math.max(0, host.nextAllowedNanos - System.nanoTime()));
      }
    }
  }

  private void schedule(Host host, long delayNanos) {
    try {
      timer.schedule(
          () -> {
            try {
              workers.execute(() -> run(host));
            } catch (RejectedExecutionException e) {
              cancelAll(host);
            }
          },
          delayNanos,
          TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      cancelAll(host);
    }
  }

  private void run(Host host) {
    Job job;
    synchronized (host) {
      job = host.jobs.pollFirst();
      if (job == null) {
        host.scheduled = false;
        return;
      }
    }
    queued.decrementAndGet();
    if (closed) {
      job.cancel();
      cancelAll(host);
      return;
    }
    politenessWait.record(System.nanoTime() - job.readySince, TimeUnit.NANOSECONDS);
    URI ranAt = job.uri; // a redirect hand-over moves the job to another host during step()
    Step step;
    try {
      step = job.step();
    } catch (RuntimeException e) {
      LOG.errorf(e, "Crawler job for %s failed", job.uri);
      job.cancel();
      step = Step.done();
    }
    synchronized (host) {
      long wait = step.delay().toNanos();
      if (step.requested()) {
        wait = Math.max(wait, politeDelay(ranAt).toNanos());
      }
      host.nextAllowedNanos = System.nanoTime() + wait;
      if (step.again()) {
        job.readySince = System.nanoTime();
        host.jobs.addFirst(job);
        queued.incrementAndGet();
      }
      if (host.jobs.isEmpty()) {
        host.scheduled = false;
      } else {
        schedule(host, wait);
      }
    }
  }

  private void cancelAll(Host host) {
    synchronized (host) {
      Job j;
      while ((j = host.jobs.pollFirst()) != null) {
        queued.decrementAndGet();
        j.cancel();
      }
      host.scheduled = false;
    }
  }

  /** The delay between two requests to the URL's host: the minimum, or robots.txt's Crawl-delay. */
  private Duration politeDelay(URI uri) {
    Duration delay = hostDelays.getOrDefault(RobotsCache.hostKey(uri), settings.minDelay());
    if (settings.obeyRobots()) {
      Duration crawlDelay = robots.cached(uri).map(RobotsCache::crawlDelay).orElse(null);
      if (crawlDelay != null) {
        if (crawlDelay.compareTo(settings.maxCrawlDelay()) > 0) {
          crawlDelay = settings.maxCrawlDelay();
        }
        if (crawlDelay.compareTo(delay) > 0) {
          delay = crawlDelay;
        }
      }
    }
    return delay;
  }

  // ---------------------------------------------------------------- robots.txt

  /**
   * Fetches and caches the robots.txt of the URL's host (a request to that host). Returns the
   * failure when the host itself may not be contacted (refused address, bad URL): nothing is cached
   * then, and the URL is given up on with that reason.
   */
  private FetchException fetchRobots(URI uri) {
    String robotsUrl = RobotsCache.robotsUrl(uri);
    try {
      FetchResponse response =
          fetcher.fetch(robotsUrl, FetchKind.ROBOTS, Conditional.NONE, u -> true);
      count(uri, "robots");
      robots.parsed(uri, response);
    } catch (FetchException e) {
      if (!e.retryable() && e.status() == 0) {
        count(uri, "refused");
        return e;
      }
      count(uri, e.status() >= 400 && e.status() < 500 ? "robots_missing" : "robots_error");
      robots.failed(uri, e.status());
    }
    return null;
  }

  /** Whether robots.txt must still be fetched before the URL's host is requested. */
  private boolean needsRobots(URI uri) {
    return settings.obeyRobots() && robots.cached(uri).isEmpty();
  }

  private boolean allowed(URI uri) {
    if (!settings.obeyRobots()) {
      return true;
    }
    return robots.cached(uri).map(r -> r.isAllowed(uri.toString())).orElse(true);
  }

  private final class RobotsJob extends Job {
    final CompletableFuture<BaseRobotRules> result;

    RobotsJob(URI uri, CompletableFuture<BaseRobotRules> result) {
      super(uri);
      this.result = result;
    }

    @Override
    Step step() {
      var cached = robots.cached(uri);
      if (cached.isPresent()) {
        result.complete(cached.get());
        return Step.DONE_WITHOUT_REQUEST;
      }
      FetchException refused = fetchRobots(uri);
      if (refused != null) {
        result.completeExceptionally(refused);
      } else {
        result.complete(robots.cached(uri).orElseThrow());
      }
      return Step.done();
    }

    @Override
    void cancel() {
      result.cancel(false);
    }
  }

  // ---------------------------------------------------------------- pages

  private final class PageJob extends Job {
    final FetchRequest request;
    final Instant marker;
    final boolean force;
    final CompletableFuture<PageOutcome> result;

    PageJob(
        URI uri,
        FetchRequest request,
        Instant marker,
        boolean force,
        CompletableFuture<PageOutcome> result) {
      super(uri);
      this.request = request;
      this.marker = marker;
      this.force = force;
      this.result = result;
    }

    @Override
    Step step() {
      if (!force && !seen.isNewOrChanged(request.url(), marker)) {
        count(uri, "skipped_seen");
        result.complete(PageOutcome.SKIPPED_SEEN);
        return Step.DONE_WITHOUT_REQUEST;
      }
      if (needsRobots(uri)) {
        FetchException refused = fetchRobots(uri);
        if (refused != null) {
          giveUp(refused.getMessage(), refused);
          return Step.DONE_WITHOUT_REQUEST;
        }
        return Step.again(true, Duration.ZERO);
      }
      if (!allowed(uri)) {
        count(uri, "disallowed");
        giveUp("Disallowed by robots.txt", null);
        return Step.DONE_WITHOUT_REQUEST;
      }
      attempts++;
      try {
        FetchResponse response =
            fetcher.fetch(uri.toString(), FetchKind.PAGE, Conditional.NONE, this::decide, chain);
        metrics
            .counter("akhbar.fetcher.bytes", "host", uri.getHost())
            .increment(response.wireBytes());
        if (response.notModified()) {
          count(uri, "not_modified");
          result.complete(PageOutcome.NOT_MODIFIED);
          return Step.done();
        }
        emit(response);
        count(uri, "ok");
        result.complete(PageOutcome.FETCHED);
        return Step.done();
      } catch (Redirects.ElsewhereException e) {
        return handOver(e);
      } catch (FetchException e) {
        return failed(e);
      }
    }

    private void emit(FetchResponse response) {
      CharsetDetector.Decoded decoded =
          CharsetDetector.decode(response.body(), response.header("content-type"));
      Map<String, String> selected = new TreeMap<>();
      for (String h : new String[] {"etag", "last-modified", "content-language"}) {
        if (response.header(h) != null) {
          selected.put(h, response.header(h));
        }
      }
      FeedHints hints = request.hints();
      RawPage page =
          new RawPage(
              ArticleId.of(response.finalUrl()),
              response.finalUrl(),
              request.url(),
              request.sourceId(),
              response.fetchedAt(),
              response.status(),
              response.mediaType(),
              decoded.charset().name(),
              selected,
              decoded.text(),
              hints);
      sink.page(page).toCompletableFuture().join();
      seen.markPage(request.url(), page.fetchedAt(), marker);
      if (!ArticleId.canonicalUrl(response.finalUrl())
          .equals(ArticleId.canonicalUrl(request.url()))) {
        seen.markPage(response.finalUrl(), page.fetchedAt(), marker);
      }
    }

    private Step failed(FetchException e) {
      Step retry = retryStep(this, e);
      if (retry != null) {
        count(uri, "retry");
        return retry;
      }
      count(uri, "failed");
      giveUp(giveUpReason(this, e), e);
      return Step.done();
    }

    private void giveUp(String reason, Throwable cause) {
      deadLetter(request, reason, cause);
      result.complete(PageOutcome.DEAD_LETTERED);
    }

    @Override
    void cancel() {
      result.cancel(false);
    }
  }

  /** Why the crawler gave up: the failure, the attempts made, a Retry-After beyond the cap. */
  private String giveUpReason(Job job, FetchException e) {
    StringBuilder reason = new StringBuilder(e.getMessage());
    if (e.retryAfter() != null && e.retryAfter().compareTo(settings.maxRetryAfter()) > 0) {
      reason
          .append(" with Retry-After ")
          .append(e.retryAfter().toSeconds())
          .append("s, above the ")
          .append(settings.maxRetryAfter().toSeconds())
          .append("s cap");
    }
    if (job.attempts > 1) {
      reason.append(" (after ").append(job.attempts).append(" attempts)");
    }
    return reason.toString();
  }

  /** The retry step for a failure, or null when the crawler gives up on it. */
  private Step retryStep(Job job, FetchException e) {
    if (!e.retryable() || job.attempts >= settings.maxAttempts()) {
      return null;
    }
    Duration wait = settings.backoff(job.attempts);
    if (e.retryAfter() != null) {
      if (e.retryAfter().compareTo(settings.maxRetryAfter()) > 0) {
        return null;
      }
      if (e.retryAfter().compareTo(wait) > 0 || e.slowDown()) {
        wait = e.retryAfter();
      }
    }
    LOG.debugf("Retrying %s in %s after: %s", job.uri, wait, e.getMessage());
    return Step.again(true, wait);
  }

  // ---------------------------------------------------------------- feeds, sitemaps

  private final class ResourceJob extends Job {
    final FetchRequest request;
    final FetchKind kind;
    final Conditional conditional;
    final CompletableFuture<FetchResponse> result;

    ResourceJob(
        URI uri,
        FetchRequest request,
        FetchKind kind,
        Conditional conditional,
        CompletableFuture<FetchResponse> result) {
      super(uri);
      this.request = request;
      this.kind = kind;
      this.conditional = conditional;
      this.result = result;
    }

    @Override
    Step step() {
      if (needsRobots(uri)) {
        FetchException refused = fetchRobots(uri);
        if (refused != null) {
          deadLetter(request, refused.getMessage(), refused);
          result.completeExceptionally(refused);
          return Step.DONE_WITHOUT_REQUEST;
        }
        return Step.again(true, Duration.ZERO);
      }
      if (!allowed(uri)) {
        count(uri, "disallowed");
        FetchException e = FetchException.permanent("Disallowed by robots.txt");
        deadLetter(request, e.getMessage(), null);
        result.completeExceptionally(e);
        return Step.DONE_WITHOUT_REQUEST;
      }
      attempts++;
      try {
        FetchResponse response =
            fetcher.fetch(uri.toString(), kind, conditional, this::decide, chain);
        metrics
            .counter("akhbar.fetcher.bytes", "host", uri.getHost())
            .increment(response.wireBytes());
        count(uri, response.notModified() ? "not_modified" : "ok");
        result.complete(response);
        return Step.done();
      } catch (Redirects.ElsewhereException e) {
        return handOver(e);
      } catch (FetchException e) {
        Step retry = retryStep(this, e);
        if (retry != null) {
          count(uri, "retry");
          return retry;
        }
        count(uri, "failed");
        deadLetter(request, giveUpReason(this, e), e);
        result.completeExceptionally(e);
        return Step.done();
      }
    }

    @Override
    void cancel() {
      result.completeExceptionally(new CancellationException("Crawler closed"));
    }
  }

  // ---------------------------------------------------------------- helpers

  private void count(URI uri, String outcome) {
    Counter.builder("akhbar.fetcher.fetches")
        .description("Requests and decisions by host and outcome")
        .tag("host", uri.getHost() == null ? "" : uri.getHost())
        .tag("outcome", outcome)
        .register(metrics)
        .increment();
  }

  private void deadLetter(FetchRequest request, String reason, Throwable cause) {
    LOG.infof("Giving up on %s: %s", request.url(), reason);
    try {
      sink.deadLetter(request, reason, cause).toCompletableFuture().join();
    } catch (RuntimeException e) {
      LOG.errorf(e, "Could not write the dead letter for %s", request.url());
    }
  }

  /** Stops dispatching, waits for requests in flight, cancels what was still queued. */
  @Override
  public void close() {
    closed = true;
    timer.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdownNow();
    }
    hosts.values().forEach(this::cancelAll);
  }
}
