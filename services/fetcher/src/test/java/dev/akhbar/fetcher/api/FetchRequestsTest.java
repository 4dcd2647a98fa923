package dev.akhbar.fetcher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.InvalidEventException;
import dev.akhbar.fetcher.crawl.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchRequestsTest {
  @Test
  void acceptsAnHttpsUrlAndTrimsIt() {
    PageRequest r = FetchRequests.validated(new FetchRequest(" https://a.example/x ", "s", null));

    assertThat(r.request().url()).isEqualTo("https://a.example/x");
    assertThat(r.request().sourceId()).isEqualTo("s");
    assertThat(r.url().articleId()).isEqualTo(ArticleId.of("https://a.example/x"));
    assertThat(r.marker()).isNull();
    assertThat(r.force()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"file:///etc/passwd", "not a url", "mailto:a@b.example", "http:///nohost"})
  void refusesUrlsThatAreNotHttpWithAHost(String url) {
    assertThatThrownBy(() -> FetchRequests.validated(new FetchRequest(url, null, null)))
        .isInstanceOf(InvalidEventException.class);
  }

  @Test
  void aPayloadWithoutUrlFailsDecodingWithTheReason() {
    assertThatThrownBy(() -> EventCodec.read("{\"sourceId\":\"x\"}", FetchRequest.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("url");
  }
}
