package dev.akhbar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

  @Test
  void isStableAndThirtyTwoHexDigits() {
    String id = ArticleId.of("https://akhbar-demo.example/2025/02/16/moscow-us-meeting/");
    assertThat(id).matches("[0-9a-f]{32}").isEqualTo("a4a806c2f848edc704c0d43727742015");
  }

  @Test
  void ignoresCaseOfSchemeAndHostDefaultPortAndFragment() {
    assertThat(ArticleId.of("HTTPS://Example.COM:443/a/B?x=1#comments"))
        .isEqualTo(ArticleId.of("https://example.com/a/B?x=1"));
    assertThat(ArticleId.of("http://example.com")).isEqualTo(ArticleId.of("http://example.com/"));
  }

  @Test
  void keepsPathCaseAndQuery() {
    assertThat(ArticleId.of("https://example.com/a/b"))
        .isNotEqualTo(ArticleId.of("https://example.com/a/B"));
    assertThat(ArticleId.of("https://example.com/n?id=1"))
        .isNotEqualTo(ArticleId.of("https://example.com/n?id=2"));
  }

  @Test
  void rejectsMissingOrRelativeUrls() {
    assertThatThrownBy(() -> ArticleId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleId.of("/relative/path"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no scheme");
  }
}
