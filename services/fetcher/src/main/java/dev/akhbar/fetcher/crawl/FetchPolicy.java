package dev.akhbar.fetcher.crawl;

import crawlercommons.robots.BaseRobotRules;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.fetch.FetchException;
import dev.akhbar.fetcher.robots.RobotsCache;
import java.time.Duration;
import java.util.Optional;

/**
 * The crawler's rules as pure decisions, without I/O: whether robots.txt must be fetched first,
 * whether it forbids a URL, whether a failure is retried and after how long, when to give up and
 * why, and how long a host rests after a request. Each call returns the next step.
 */
public final class FetchPolicy {

  /** The next step of a URL's trip. */
  public sealed interface Next {}

  /** The host's robots.txt is not known yet: fetch it first (in the host's slot). */
  public record FetchRobots() implements Next {}

  /** Request the URL now. */
  public record Fetch() implements Next {}

  /** Try the request again after {@code delay}. */
  public record Retry(Duration delay) implements Next {}

  /**
   * Give up: the URL goes to the dead-letter topic.
   *
   * @param reason what a human reads in the dead letter
   * @param outcome the metrics outcome ({@code disallowed}, {@code failed})
   */
  public record GiveUp(String reason, String outcome) implements Next {}

  private final CrawlSettings settings;

  public FetchPolicy(CrawlSettings settings) {
    this.settings = settings;
  }

  /**
   * Before a request.
   *
   * @param rules the host's cached robots.txt rules, if known
   */
  public Next beforeRequest(Url url, Optional<BaseRobotRules> rules) {
    if (!settings.obeyRobots()) {
      return new Fetch();
    }
    if (rules.isEmpty()) {
      return new FetchRobots();
    }
    if (!rules.get().isAllowed(url.uri().toString())) {
      return new GiveUp("Disallowed by robots.txt", "disallowed");
    }
    return new Fetch();
  }

  /** Whether a same-host redirect target may be followed (robots.txt, when its rules are known). */
  public boolean mayFollow(Url target, Optional<BaseRobotRules> rules) {
    return !settings.obeyRobots()
        || rules.map(r -> r.isAllowed(target.uri().toString())).orElse(true);
  }

  /**
   * After a failed request.
   *
   * @param attempts requests made for this URL so far, the failed one included
   */
  public Next afterFailure(int attempts, FetchException e) {
    if (e.retryable() && attempts < settings.maxAttempts()) {
      Duration wait = settings.backoff(attempts);
      Duration retryAfter = e.retryAfter();
      if (retryAfter == null || retryAfter.compareTo(settings.maxRetryAfter()) <= 0) {
        if (retryAfter != null && (retryAfter.compareTo(wait) > 0 || e.slowDown())) {
          wait = retryAfter;
        }
        return new Retry(wait);
      }
    }
    return new GiveUp(giveUpReason(attempts, e), "failed");
  }

  private String giveUpReason(int attempts, FetchException e) {
    StringBuilder reason = new StringBuilder(e.getMessage());
    if (e.retryAfter() != null && e.retryAfter().compareTo(settings.maxRetryAfter()) > 0) {
      reason
          .append(" with Retry-After ")
          .append(e.retryAfter().toSeconds())
          .append("s, above the ")
          .append(settings.maxRetryAfter().toSeconds())
          .append("s cap");
    }
    if (attempts > 1) {
      reason.append(" (after ").append(attempts).append(" attempts)");
    }
    return reason.toString();
  }

  /**
   * Whether a failed robots.txt request means the host itself may not be contacted (an address the
   * network guard refuses, a bad URL): the URL is given up on with that reason. Other failures are
   * cached as robots.txt rules (4xx allows all, 5xx and no answer disallow for a while).
   */
  public boolean hostRefused(FetchException robotsFailure) {
    return !robotsFailure.retryable() && robotsFailure.status() == 0;
  }

  /** The metrics outcome of a robots.txt request that failed without refusing the host. */
  public static String robotsFailureOutcome(FetchException e) {
    return e.status() >= 400 && e.status() < 500 ? "robots_missing" : "robots_error";
  }

  /**
   * How long a host rests after a request: its minimum delay (the source's rate or the default), or
   * robots.txt's Crawl-delay when longer (capped), or {@code wait} (a backoff) when longer still.
   */
  public Duration pauseAfterRequest(
      Duration minDelay, Optional<BaseRobotRules> rules, Duration wait) {
    Duration delay = minDelay == null ? settings.minDelay() : minDelay;
    if (settings.obeyRobots()) {
      Duration crawlDelay = rules.map(RobotsCache::crawlDelay).orElse(null);
      if (crawlDelay != null) {
        if (crawlDelay.compareTo(settings.maxCrawlDelay()) > 0) {
          crawlDelay = settings.maxCrawlDelay();
        }
        if (crawlDelay.compareTo(delay) > 0) {
          delay = crawlDelay;
        }
      }
    }
    return wait.compareTo(delay) > 0 ? wait : delay;
  }
}
