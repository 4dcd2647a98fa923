package dev.akhbar.fetcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void spellingsOfOneUrlNormaliseToOne() {
    assertThat(Urls.normalize("HTTP://News.Example:80/a/../2025/x.html#comments"))
        .isEqualTo("http://news.example/2025/x.html");
    assertThat(Urls.normalize("https://news.example/%7Eeditor/p?id=7"))
        .isEqualTo("https://news.example/~editor/p?id=7");
  }

  @Test
  void theQueryIsKeptAsPublished() {
    assertThat(Urls.normalize("https://news.example/p?sid=abc&q=1&id=7"))
        .isEqualTo("https://news.example/p?sid=abc&q=1&id=7");
  }

  @Test
  void somethingThatIsNotAUrlIsDropped() {
    assertThat(Urls.normalize("not a url")).isNull();
    assertThat(Urls.normalize(" ")).isNull();
  }
}
