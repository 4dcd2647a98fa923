package dev.akhbar.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private final HttpFetcher fetcher =
      new HttpFetcher(
          FetchLimits.defaults("test"),
          NetworkGuard.production(),
          InetAddress::getAllByName,
          Clock.fixed(Instant.parse("2025-02-16T07:30:00Z"), ZoneOffset.UTC));

  @AfterEach
  void close() throws Exception {
    fetcher.close();
  }

  @Test
  void retryAfterReadsSecondsAndHttpDates() {
    assertThat(fetcher.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
    assertThat(fetcher.retryAfter("Sun, 16 Feb 2025 07:30:30 GMT"))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(fetcher.retryAfter("Sun, 16 Feb 2025 07:00:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(fetcher.retryAfter("soon")).isNull();
    assertThat(fetcher.retryAfter(null)).isNull();
  }

  @Test
  void mediaTypeDropsParametersAndCase() {
    assertThat(HttpFetcher.mediaType("Text/HTML; charset=windows-1256")).isEqualTo("text/html");
    assertThat(HttpFetcher.mediaType(null)).isNull();
    assertThat(HttpFetcher.mediaType(" ; charset=utf-8")).isNull();
  }

  @Test
  void pagesAcceptOnlyHtmlWhileFeedsAndSitemapsAcceptXml() {
    assertThat(FetchKind.PAGE.accepts("text/html")).isTrue();
    assertThat(FetchKind.PAGE.accepts("application/xhtml+xml")).isTrue();
    assertThat(FetchKind.PAGE.accepts("application/pdf")).isFalse();
    assertThat(FetchKind.PAGE.accepts(null)).isFalse();
    assertThat(FetchKind.FEED.accepts("application/rss+xml")).isTrue();
    assertThat(FetchKind.SITEMAP.accepts("application/x-gzip")).isTrue();
    assertThat(FetchKind.ROBOTS.accepts("text/html")).isTrue();
  }
}
