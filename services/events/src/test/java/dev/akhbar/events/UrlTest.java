package dev.akhbar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://news.example/a/b?id=7",
        "HTTPS://News.Example:443/a/b?id=7#comments",
        "https://news.example/a/./b?id=7",
        "https://news.example/a/x/../b?id=7",
        "https://news.example/%61/b?id=7",
        "https://news.example/a/b?utm_source=twitter&id=7&utm_medium=social",
        "https://news.example/a/b?id=7&fbclid=IwAR0abc&gclid=xyz",
        "https://news.example./a/b?id=7&",
        "  https://news.example/a/b?id=7  ",
        "https://user:secret@news.example/a/b?id=7",
      })
  void twoSpellingsOfOneUrlGiveOneArticleId(String spelling) {
    Url canonical = Url.parse("https://news.example/a/b?id=7");

    Url other = Url.parse(spelling);

    assertThat(other.canonical()).isEqualTo("https://news.example/a/b?id=7");
    assertThat(other.articleId()).isEqualTo(canonical.articleId());
    assertThat(ArticleId.of(spelling)).isEqualTo(canonical.articleId());
    assertThat(other).isEqualTo(canonical);
  }

  @Test
  void anArabicPathRawOrPercentEncodedInEitherCaseIsOneArticle() {
    String raw = "https://akhbar.example/2025/موسكو-اجتماع";
    String lower =
        "https://akhbar.example/2025/%d9%85%d9%88%d8%b3%d9%83%d9%88-%d8%a7%d8%ac%d8%aa%d9%85%d8%a7%d8%b9";
    String upper = lower.toUpperCase().replace("HTTPS://AKHBAR.EXAMPLE", "https://akhbar.example");

    assertThat(Url.parse(raw).canonical())
        .isEqualTo(
            "https://akhbar.example/2025/%D9%85%D9%88%D8%B3%D9%83%D9%88-%D8%A7%D8%AC%D8%AA%D9%85%D8%A7%D8%B9");
    assertThat(Url.parse(lower).articleId()).isEqualTo(Url.parse(raw).articleId());
    assertThat(Url.parse(upper).articleId()).isEqualTo(Url.parse(raw).articleId());
  }

  @Test
  void anInternationalisedHostIsItsPunycode() {
    Url url = Url.parse("https://مثال.إختبار/خبر");

    assertThat(url.host()).isEqualTo("xn--mgbh0fb.xn--kgbechtv");
    assertThat(url.uri().toString()).startsWith("https://xn--mgbh0fb.xn--kgbechtv/%D8%AE");
    assertThat(url.articleId())
        .isEqualTo(Url.parse("https://xn--mgbh0fb.xn--kgbechtv/خبر").articleId());
  }

  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.com/a/B | https://example.com/a/b",
        "https://example.com/n?id=1 | https://example.com/n?id=2",
        "https://example.com/n?a=1&b=2 | https://example.com/n?b=2&a=1",
        "https://example.com/n/ | https://example.com/n",
        "http://example.com/n | https://example.com/n",
        "https://www.example.com/n | https://example.com/n",
        "https://example.com:8443/n | https://example.com/n",
        "https://example.com/n?utm=1 | https://example.com/n",
      })
  @ParameterizedTest
  void differentPagesKeepDifferentIds(String a, String b) {
    assertThat(Url.parse(a).articleId()).isNotEqualTo(Url.parse(b).articleId());
  }

  @Test
  void theIdsOfUrlsAlreadyInCanonicalFormDidNotChange() {
    // ids computed by the first contract (scheme/host case, port, fragment only) for canonical URLs
    assertThat(ArticleId.of("https://akhbar-demo.example/2025/02/16/moscow-us-meeting/"))
        .isEqualTo("a4a806c2f848edc704c0d43727742015");
  }

  @Test
  void keepsTheParametersThatAreNotTrackingInTheirOrderAndEncoding() {
    assertThat(
            Url.parse("https://example.com/s?q=a+b&UTM_Campaign=x&p=%2f%7e&utm_content&x")
                .canonical())
        .isEqualTo("https://example.com/s?q=a+b&p=%2F~&x");
  }

  @Test
  void encodesWhatBrowsersAcceptButUrisRefuse() {
    Url url = Url.parse("https://example.com/a b/c|d?q=[1]&r=50%#frag#more");

    assertThat(url.uri().toString()).isEqualTo("https://example.com/a%20b/c%7Cd?q=%5B1%5D&r=50%25");
    assertThat(url.canonical()).isEqualTo("https://example.com/a%20b/c%7Cd?q=%5B1%5D&r=50%25");
    assertThat(url.toString()).isEqualTo("https://example.com/a b/c|d?q=[1]&r=50%#frag#more");
  }

  @Test
  void hostKeyIsSchemeHostAndEffectivePort() {
    assertThat(Url.parse("https://Example.org/x").hostKey()).isEqualTo("https://example.org:443");
    assertThat(Url.parse("http://example.org:8080/x").hostKey())
        .isEqualTo("http://example.org:8080");
    assertThat(Url.parse("http://[::1]:81/").hostKey()).isEqualTo("http://[::1]:81");
    assertThat(Url.parse("http://under_score.example/").host()).isEqualTo("under_score.example");
  }

  @Test
  void resolvesLinksAndRedirectTargetsAgainstThePage() {
    Url page = Url.parse("https://example.com/news/2025/item.html?x=1");

    assertThat(page.resolve("../other.html").canonical())
        .isEqualTo("https://example.com/news/other.html");
    assertThat(page.resolve("/a b").canonical()).isEqualTo("https://example.com/a%20b");
    assertThat(page.resolve("//cdn.example/x").canonical()).isEqualTo("https://cdn.example/x");
    assertThat(page.resolve("http://Other.example").canonical()).isEqualTo("http://other.example/");
    assertThat(Url.parse("https://example.com").resolve("a").canonical())
        .isEqualTo("https://example.com/a");
  }

  @Test
  void fileUrlsOfImportedPagesKeepTheirPath() {
    Url file = Url.parse("file:///data/corpus/page.html");

    assertThat(file.canonical()).isEqualTo("file:///data/corpus/page.html");
    assertThat(file.isHttp()).isFalse();
    assertThat(file.host()).isNull();
    assertThatThrownBy(file::requireHttp)
        .isInstanceOf(Url.InvalidUrlException.class)
        .hasMessageContaining("Only http and https");
  }

  @Test
  void refusesWhatIsNotAnAbsoluteUrl() {
    assertThatThrownBy(() -> Url.parse(null)).hasMessageContaining("missing");
    assertThatThrownBy(() -> Url.parse(" ")).hasMessageContaining("missing");
    assertThatThrownBy(() -> Url.parse("/relative/path")).hasMessageContaining("no scheme");
    assertThatThrownBy(() -> Url.parse("https://example.com:99999999/"))
        .hasMessageContaining("port");
    assertThatThrownBy(() -> Url.parseHttp("https:opaque")).hasMessageContaining("no host");
    assertThatThrownBy(() -> Url.parseHttp("ftp://example.com/x"))
        .hasMessageContaining("Only http");
    assertThatThrownBy(() -> Url.parse("http://exa mple.com/"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
