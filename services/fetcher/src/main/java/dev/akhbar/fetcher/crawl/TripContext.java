package dev.akhbar.fetcher.crawl;

import dev.akhbar.events.Url;
import dev.akhbar.fetcher.emit.PageEmitter;
import dev.akhbar.fetcher.fetch.Conditional;
import dev.akhbar.fetcher.fetch.FetchException;
import dev.akhbar.fetcher.fetch.FetchKind;
import dev.akhbar.fetcher.fetch.FetchResponse;
import dev.akhbar.fetcher.fetch.HttpFetcher;
import dev.akhbar.fetcher.robots.RobotsCache;
import dev.akhbar.fetcher.state.SeenStore;
import java.time.Duration;
import java.util.Map;

/** What a {@link Trip} works with: the crawler's parts, shared by every trip. */
record TripContext(
    HttpFetcher fetcher,
    RobotsCache robots,
    FetchPolicy policy,
    CrawlListener listener,
    HostScheduler scheduler,
    Map<String, Duration> hostDelays,
    SeenStore seen,
    PageEmitter emitter) {

  /** Queues the task in the slot of {@code url}'s host. */
  void submit(Url url, HostScheduler.Task task) {
    scheduler.submit(url.hostKey(), task);
  }

  /** How long the host of {@code ranAt} rests after a request ({@code wait}: a backoff). */
  Duration pause(Url ranAt, Duration wait) {
    return policy.pauseAfterRequest(hostDelays.get(ranAt.hostKey()), robots.cached(ranAt), wait);
  }

  /**
   * Fetches and caches the robots.txt of the URL's host (a request to that host).
   *
   * @return the failure when the host itself may not be contacted (refused address): nothing is
   *     cached then, and the URL is given up on with that reason; else null
   */
  FetchException fetchRobots(Url url) {
    try {
      FetchResponse response =
          fetcher.fetch(
              Url.parse(RobotsCache.robotsUrl(url)), FetchKind.ROBOTS, Conditional.NONE, u -> true);
      listener.outcome(url.host(), "robots");
      robots.parsed(url, response);
    } catch (FetchException e) {
      if (policy.hostRefused(e)) {
        listener.outcome(url.host(), "refused");
        return e;
      }
      listener.outcome(url.host(), FetchPolicy.robotsFailureOutcome(e));
      robots.failed(url, e.status());
    }
    return null;
  }
}
