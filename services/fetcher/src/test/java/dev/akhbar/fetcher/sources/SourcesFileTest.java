package dev.akhbar.fetcher.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesFileTest {
  @Test
  void readsSourcesWithFeedsSitemapsAndRates() throws Exception {
    List<Source> sources =
        SourcesFile.parse(
            """
            sources:
              - id: akhbar-demo
                name: Akhbar demo
                homepage: https://akhbar-demo.example/
                language: ar
                feeds: [https://akhbar-demo.example/feed/]
                sitemaps:
                  - https://akhbar-demo.example/news-sitemap.xml
                pollInterval: 5m
                minDelay: 1500ms
              - id: gazette
                feeds: [https://harbour-gazette.example/rss]
                discoverSitemaps: false
                pollInterval: PT1H
            """);

    assertThat(sources).hasSize(2);
    Source demo = sources.get(0);
    assertThat(demo.feeds()).containsExactly("https://akhbar-demo.example/feed/");
    assertThat(demo.sitemaps()).containsExactly("https://akhbar-demo.example/news-sitemap.xml");
    assertThat(demo.pollInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(demo.minDelay()).isEqualTo(Duration.ofMillis(1500));
    assertThat(demo.discoverSitemaps()).isTrue();
    assertThat(sources.get(1).discoverSitemaps()).isFalse();
    assertThat(sources.get(1).pollInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(sources.get(1).minDelay()).isNull();
  }

  @Test
  void refusesDuplicateIdsAndBadDurations() {
    assertThatThrownBy(() -> SourcesFile.parse("sources: [{id: a}, {id: a}]"))
        .hasMessageContaining("Duplicate source id: a");
    assertThatThrownBy(() -> SourcesFile.parse("sources: [{id: a, pollInterval: soon}]"))
        .hasMessageContaining("pollInterval of a");
  }
}
