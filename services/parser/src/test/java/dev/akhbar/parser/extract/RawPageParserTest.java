package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.RawPage;
import dev.akhbar.events.testing.EventSchemas;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawPageParserTest {
  private static final Instant NOW = Instant.parse("2025-02-16T08:00:02Z");
  private final RawPageParser parser =
      new RawPageParser(new ArticleExtractor(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void keepsTheRawPageIdAndHashesTitleAndBody() {
    RawPage page = DemoCorpus.rawPage(DemoCorpus.AR_ARTICLE);

    ParsedArticle a = parser.parse(page);

    assertThat(a.id()).isEqualTo(page.id());
    assertThat(a.url()).isEqualTo(page.url());
    assertThat(a.sourceId()).isEqualTo("demo");
    assertThat(a.fetchedAt()).isEqualTo(page.fetchedAt());
    assertThat(a.parsedAt()).isEqualTo(NOW);
    assertThat(a.contentHash())
        .isEqualTo(Text.sha256Hex(a.title() + "\n" + String.join("\n", a.paragraphs())));
    assertThat(a.wordCount()).isBetween(250, 400);
    assertThat(a.languageHints()).containsExactly("ar");
    assertThat(a.direction()).isEqualTo("rtl");
    assertThat(a.authors()).containsExactly("أحمد منصور");
  }

  @ParameterizedTest
  @ValueSource(strings = {DemoCorpus.AR_ARTICLE, DemoCorpus.EN_ARTICLE, DemoCorpus.FR_ARTICLE})
  void everyParsedDemoArticleMatchesTheSchema(String file) {
    ParsedArticle a = parser.parse(DemoCorpus.rawPage(file));

    EventSchemas.assertValid(a);
  }

  @Test
  void sameContentGivesSameHashAcrossFetches() {
    RawPage first = DemoCorpus.rawPage(DemoCorpus.EN_ARTICLE);
    ParsedArticle a = parser.parse(first);
    RawPage later =
        new RawPage(
            first.id(),
            first.url(),
            first.requestedUrl(),
            null,
            Instant.parse("2025-03-05T00:00:00Z"),
            200,
            "text/html",
            "UTF-8",
            Map.of(),
            first.body() + "<!-- cache 2 -->",
            null);

    assertThat(parser.parse(later).contentHash()).isEqualTo(a.contentHash());
  }

  @Test
  void listingPageIsRejectedWithAReason() {
    assertThatThrownBy(() -> parser.parse(DemoCorpus.rawPage(DemoCorpus.AR_LISTING)))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessageContaining("Not an article")
        .hasMessageContaining("https://akhbar-demo.example/");
  }

  @Test
  void errorStatusIsRejectedWithTheStatus() {
    RawPage ok = DemoCorpus.rawPage(DemoCorpus.EN_ARTICLE);
    RawPage gone =
        new RawPage(
            ok.id(),
            ok.url(),
            ok.url(),
            null,
            ok.fetchedAt(),
            404,
            "text/html",
            "UTF-8",
            Map.of(),
            ok.body(),
            null);

    assertThatThrownBy(() -> parser.parse(gone))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessageContaining("HTTP status 404");
  }

  @Test
  void contentLanguageHeaderAddsALanguageHint() {
    RawPage ok = DemoCorpus.rawPage(DemoCorpus.EN_ARTICLE);
    RawPage page =
        new RawPage(
            ok.id(),
            ok.url(),
            ok.url(),
            null,
            ok.fetchedAt(),
            200,
            "text/html",
            "UTF-8",
            Map.of("content-language", "en-US, cy"),
            ok.body(),
            null);

    assertThat(parser.parse(page).languageHints()).containsExactly("en", "cy");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "\u0000\u0001\u0002 binary \ufffd\ufffd",
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head><body><p>Hi.</p></body></html>"
      })
  void pagesWithoutAnArticleBodyAreRejectedWithAReason(String body) {
    RawPage ok = DemoCorpus.rawPage(DemoCorpus.EN_ARTICLE);
    RawPage page =
        new RawPage(
            ok.id(),
            ok.url(),
            ok.url(),
            null,
            ok.fetchedAt(),
            200,
            "text/html",
            "UTF-8",
            Map.of(),
            body,
            null);

    assertThatThrownBy(() -> parser.parse(page))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessageStartingWith("Not an article");
  }

  @Test
  void nonHtmlContentIsRejectedWithTheContentType() {
    RawPage ok = DemoCorpus.rawPage(DemoCorpus.EN_ARTICLE);
    RawPage pdf =
        new RawPage(
            ok.id(),
            ok.url(),
            ok.url(),
            null,
            ok.fetchedAt(),
            200,
            "application/pdf",
            null,
            Map.of(),
            "%PDF-1.7",
            null);

    assertThatThrownBy(() -> parser.parse(pdf))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessageContaining("application/pdf");
  }

  @Test
  void feedHintsFillInWhatThePageDoesNotSay() {
    String html =
        "<html><head><title>Water prices to rise</title>"
            + "<meta property=\"og:type\" content=\"article\"></head><body><article>"
            + "<h1>Water prices to rise</h1><p>The regional water company said on Friday that"
            + " prices would rise by four percent next year to pay for new pipes and pumps.</p>"
            + "<p>Households will see the change on their bills from April, the company said,"
            + " adding that help remains available for low-income customers.</p>"
            + "</article></body></html>";
    RawPage page =
        new RawPage(
            "0123456789abcdef0123456789abcdef",
            "https://water.example/prices",
            "https://water.example/prices",
            "water",
            Instant.parse("2025-02-16T08:00:00Z"),
            200,
            "text/html",
            "UTF-8",
            Map.of(),
            html,
            new dev.akhbar.events.FeedHints(
                "Water prices to rise",
                Instant.parse("2025-02-14T06:00:00Z"),
                "Up 4 percent",
                "en"));

    ParsedArticle a = parser.parse(page);

    assertThat(a.publishedAt()).isEqualTo(java.time.OffsetDateTime.parse("2025-02-14T06:00Z"));
    assertThat(a.publishedRaw()).isEqualTo("2025-02-14T06:00:00Z");
    assertThat(a.description()).isEqualTo("Up 4 percent");
    assertThat(a.languageHints()).containsExactly("en");
    assertThat(a.direction()).isEqualTo("ltr");
    EventSchemas.assertValid(a);
  }
}
