package dev.akhbar.fetcher.crawl;

import java.time.Duration;

/**
 * Politeness and retry policy.
 *
 * @param minDelay minimum time between two requests to one host
 * @param maxCrawlDelay largest robots.txt Crawl-delay honoured as is (longer ones are capped)
 * @param maxAttempts attempts per URL before it goes to the dead-letter topic
 * @param initialBackoff first retry delay; doubles per attempt
 * @param maxBackoff cap of the exponential backoff
 * @param maxRetryAfter a Retry-After longer than this gives up instead of waiting
 * @param workers hosts fetched at the same time
 * @param obeyRobots whether robots.txt is fetched and obeyed
 * @param maxQueue URLs waiting in all host queues beyond which new ones are dead-lettered
 */
public record CrawlSettings(
    Duration minDelay,
    Duration maxCrawlDelay,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    int workers,
    boolean obeyRobots,
    int maxQueue) {

  public static CrawlSettings defaults() {
    return new CrawlSettings(
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        4,
        Duration.ofSeconds(2),
        Duration.ofMinutes(2),
        Duration.ofMinutes(10),
        8,
        true,
        100_000);
  }

  /**
   * Delay before attempt {@code attempt + 1} after {@code attempt} failed ones: exponential,
   * capped.
   */
  public Duration backoff(int attempt) {
    long factor = 1L << Math.min(20, Math.max(0, attempt - 1));
    Duration d = initialBackoff.multipliedBy(factor);
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }
}
