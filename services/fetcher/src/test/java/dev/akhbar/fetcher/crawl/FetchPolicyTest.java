package dev.akhbar.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.fetch.FetchException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {
  private static final Url PAGE = Url.parse("https://news.example/2025/a.html");
  private final CrawlSettings settings =
      new CrawlSettings(
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          4,
          Duration.ofSeconds(2),
          Duration.ofMinutes(2),
          Duration.ofMinutes(10),
          8,
          true,
          1000);
  private final FetchPolicy policy = new FetchPolicy(settings);

  private static Optional<BaseRobotRules> robots(String txt) {
    return Optional.of(
        new SimpleRobotRulesParser()
            .parseContent(
                "https://news.example/robots.txt",
                txt.getBytes(StandardCharsets.UTF_8),
                "text/plain",
                List.of("akhbarbot")));
  }

  @Test
  void robotsTxtComesFirstThenItsRulesDecide() {
    assertThat(policy.beforeRequest(PAGE, Optional.empty()))
        .isInstanceOf(FetchPolicy.FetchRobots.class);
    assertThat(policy.beforeRequest(PAGE, robots("User-agent: *\nAllow: /\n")))
        .isInstanceOf(FetchPolicy.Fetch.class);
    assertThat(policy.beforeRequest(PAGE, robots("User-agent: akhbarbot\nDisallow: /2025/\n")))
        .isEqualTo(new FetchPolicy.GiveUp("Disallowed by robots.txt", "disallowed"));
  }

  @Test
  void withRobotsOffEveryUrlIsFetched() {
    FetchPolicy ignoring =
        new FetchPolicy(
            new CrawlSettings(
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                4,
                Duration.ofSeconds(2),
                Duration.ofMinutes(2),
                Duration.ofMinutes(10),
                8,
                false,
                1000));

    assertThat(ignoring.beforeRequest(PAGE, Optional.empty()))
        .isInstanceOf(FetchPolicy.Fetch.class);
    assertThat(ignoring.mayFollow(PAGE, robots("User-agent: *\nDisallow: /\n"))).isTrue();
  }

  @Test
  void transientFailuresAreRetriedWithDoublingBackoffThenGivenUpOn() {
    FetchException timeout = new FetchException("Timeout: read", true, 0, null);

    assertThat(policy.afterFailure(1, timeout))
        .isEqualTo(new FetchPolicy.Retry(Duration.ofSeconds(2)));
    assertThat(policy.afterFailure(2, timeout))
        .isEqualTo(new FetchPolicy.Retry(Duration.ofSeconds(4)));
    assertThat(policy.afterFailure(3, timeout))
        .isEqualTo(new FetchPolicy.Retry(Duration.ofSeconds(8)));
    assertThat(policy.afterFailure(4, timeout))
        .isEqualTo(new FetchPolicy.GiveUp("Timeout: read (after 4 attempts)", "failed"));
  }

  @Test
  void permanentFailuresAreGivenUpOnAtOnce() {
    assertThat(policy.afterFailure(1, new FetchException("HTTP 404", false, 404, null)))
        .isEqualTo(new FetchPolicy.GiveUp("HTTP 404", "failed"));
  }

  @Test
  void retryAfterIsHonouredUpToItsCap() {
    FetchException slowDown =
        new FetchException(
            "HTTP 429 Too Many Requests", true, true, Duration.ofSeconds(1), 429, null);
    FetchException longer =
        new FetchException(
            "HTTP 503 Service Unavailable", true, true, Duration.ofSeconds(90), 503, null);
    FetchException tooLong =
        new FetchException(
            "HTTP 503 Service Unavailable", true, true, Duration.ofHours(1), 503, null);

    assertThat(policy.afterFailure(1, slowDown))
        .isEqualTo(new FetchPolicy.Retry(Duration.ofSeconds(1)));
    assertThat(policy.afterFailure(1, longer))
        .isEqualTo(new FetchPolicy.Retry(Duration.ofSeconds(90)));
    assertThat(policy.afterFailure(1, tooLong))
        .isEqualTo(
            new FetchPolicy.GiveUp(
                "HTTP 503 Service Unavailable with Retry-After 3600s, above the 600s cap",
                "failed"));
  }

  @Test
  void aHostRestsForItsRateOrItsCrawlDelayCappedOrTheBackoff() {
    assertThat(policy.pauseAfterRequest(null, Optional.empty(), Duration.ZERO))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.pauseAfterRequest(Duration.ofSeconds(5), Optional.empty(), Duration.ZERO))
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(
            policy.pauseAfterRequest(
                null, robots("User-agent: *\nCrawl-delay: 7\n"), Duration.ZERO))
        .isEqualTo(Duration.ofSeconds(7));
    assertThat(
            policy.pauseAfterRequest(
                null, robots("User-agent: *\nCrawl-delay: 120\n"), Duration.ZERO))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.pauseAfterRequest(null, Optional.empty(), Duration.ofSeconds(20)))
        .isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void aRobotsTxtThatCannotBeAskedForRefusesTheHostWhileErrorsAreCachedAsRules() {
    assertThat(
            policy.hostRefused(
                new FetchException("Refused to connect to x (10.0.0.1)", false, 0, null)))
        .isTrue();
    assertThat(policy.hostRefused(new FetchException("HTTP 404", false, 404, null))).isFalse();
    assertThat(policy.hostRefused(new FetchException("Timeout", true, 0, null))).isFalse();
    assertThat(FetchPolicy.robotsFailureOutcome(new FetchException("HTTP 404", false, 404, null)))
        .isEqualTo("robots_missing");
    assertThat(FetchPolicy.robotsFailureOutcome(new FetchException("HTTP 500", true, 500, null)))
        .isEqualTo("robots_error");
  }
}
