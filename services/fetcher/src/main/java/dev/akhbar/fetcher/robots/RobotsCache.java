package dev.akhbar.fetcher.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.fetch.FetchResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per host ({@link Url#hostKey()}: scheme, host and port), parsed with
 * crawler-commons and cached for a while. Fetching them is the crawler's job: it happens in the
 * host's politeness slot like any other request. A missing robots.txt (4xx) allows everything; a
 * server error or an unreachable robots.txt disallows the host until the shorter error TTL passes
 * (RFC 9309).
 */
public class RobotsCache {
  private record Entry(BaseRobotRules rules, Instant expires) {}

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final List<String> agentNames;
  private final Duration ttl;
  private final Duration errorTtl;
  private final Clock clock;

  public RobotsCache(String agentName, Duration ttl, Duration errorTtl, Clock clock) {
    this.agentNames = List.of(agentName.toLowerCase(Locale.ROOT));
    this.ttl = ttl;
    this.errorTtl = errorTtl;
    this.clock = clock;
  }

  public static String robotsUrl(Url url) {
    return url.hostKey() + "/robots.txt";
  }

  public Optional<BaseRobotRules> cached(Url url) {
    Entry e = cache.get(url.hostKey());
    if (e == null || e.expires().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(e.rules());
  }

  /** Stores the rules of a fetched robots.txt. */
  public BaseRobotRules parsed(Url url, FetchResponse response) {
    BaseRobotRules rules =
        parser.parseContent(
            robotsUrl(url),
            response.body(),
            response.mediaType() == null ? "text/plain" : response.mediaType(),
            agentNames);
    cache.put(url.hostKey(), new Entry(rules, clock.instant().plus(ttl)));
    return rules;
  }

  /** Stores the rules for a robots.txt that could not be fetched (status 0 = no response). */
  public BaseRobotRules failed(Url url, int status) {
    BaseRobotRules rules = parser.failedFetch(status == 0 ? 503 : status);
    boolean serverError = status == 0 || status >= 500 || status == 429;
    cache.put(url.hostKey(), new Entry(rules, clock.instant().plus(serverError ? errorTtl : ttl)));
    return rules;
  }

  /** The crawl-delay robots.txt asks for, or null. */
  public static Duration crawlDelay(BaseRobotRules rules) {
    long ms = rules.getCrawlDelay();
    return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? null : Duration.ofMillis(ms);
  }
}
