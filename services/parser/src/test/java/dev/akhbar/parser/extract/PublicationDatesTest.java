package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
  private static final String BODY =
      "<p>The council approved the new budget on Tuesday after a long debate about schools, roads"
          + " and the cost of running the city's buses through the winter months.</p><p>Members"
          + " said the plan keeps taxes flat while adding money for repairs that were put off"
          + " for years, and the mayor is expected to sign it this week.</p>";

  private static OffsetDateTime published(String lang, String head, String byline) {
    return publishedIn(lang, head, byline + BODY, "");
  }

  /** The date of a page of {@code lang}: {@code head}, the article, what follows the article. */
  private static OffsetDateTime publishedIn(
      String lang, String head, String article, String afterArticle) {
    String html =
        "<html lang=\""
            + lang
            + "\"><head><title>Budget passes</title>"
            + head
            + "</head><body><article><h1>Budget passes</h1>"
            + article
            + "</article>"
            + afterArticle
            + "</body></html>";
    return new ArticleExtractor()
        .extract(html, "https://news.example/budget", Instant.parse("2026-03-15T00:00:00Z"))
        .publishedAt();
  }

  @Test
  void theBylineDateIsReadWhenThePageDeclaresNone() {
    assertThat(published("en", "", "<p>By Jane Doe</p><p>December 17, 2025</p>"))
        .isEqualTo("2025-12-17T00:00Z");
  }

  @Test
  void anEarlierBylineDateWinsOverADeclaredLastChange() {
    String head = "<meta property=\"article:published_time\" content=\"2025-11-20T10:00:00Z\">";
    assertThat(published("en", head, "<p>Published May 14, 2025</p>"))
        .isEqualTo("2025-05-14T00:00Z");
    assertThat(published("en", head, "<p>November 20, 2025</p>")).isEqualTo("2025-11-20T10:00Z");
  }

  /** The date of an English page: {@code above} the headline, {@code below} it, then the body. */
  private static OffsetDateTime aroundHeadline(String above, String below) {
    String html =
        "<html lang=\"en\"><head><title>Budget passes</title></head><body>"
            + above
            + "<article><h1>Budget passes</h1>"
            + below
            + BODY
            + "</article></body></html>";
    return new ArticleExtractor()
        .extract(html, "https://news.example/budget", Instant.parse("2026-03-15T00:00:00Z"))
        .publishedAt();
  }

  @Test
  void theDateUnderTheHeadlineWinsOverDatesAboveIt() {
    String header =
        "<header><p>Friday, December 19, 2025</p><ul><li>Council</li><li>Schools</li></ul>"
            + "</header>";
    assertThat(aroundHeadline(header, "<p>By Jane Doe</p><p>December 12, 2025</p>"))
        .isEqualTo("2025-12-12T00:00Z");
    // A date above the headline is still read when none follows it (a kicker line).
    assertThat(aroundHeadline("<p>October 13, 2025</p>", "<p>By Jane Doe</p>"))
        .isEqualTo("2025-10-13T00:00Z");
  }

  @Test
  void anUpdateLineIsNotThePublicationDate() {
    assertThat(
            published(
                "en", "", "<p>Published Dec 2, 2025</p><p>Updated Dec 12, 2025 at 3:00 pm</p>"))
        .isEqualTo("2025-12-02T00:00Z");
    assertThat(published("en", "", "<p>Published Dec 2, 2025 · Updated Dec 12, 2025</p>"))
        .isEqualTo("2025-12-02T00:00Z");
  }

  @Test
  void numericDatesFollowThePageLocale() {
    assertThat(published("en-US", "", "<p>3/4/2025</p>")).isEqualTo("2025-03-04T00:00Z");
    assertThat(published("en-GB", "", "<p>3/4/2025</p>")).isEqualTo("2025-04-03T00:00Z");
    assertThat(published("fr", "", "<p>3/4/2025</p>")).isEqualTo("2025-04-03T00:00Z");
  }

  @Test
  void anArabicBylineDate() {
    assertThat(published("ar", "", "<p>كتب: محمد علي</p><p>الأحد 16 فبراير 2025 - 10:30 ص</p>"))
        .isEqualTo("2025-02-16T10:30Z");
  }

  @Test
  void aPublishedLineElsewhereWinsWhenThePageDeclaresItsLastChangeAsItsPublication() {
    String same =
        "<meta property=\"article:published_time\" content=\"2025-11-29T12:28:31-05:00\">"
            + "<meta property=\"article:modified_time\" content=\"2025-11-29T12:28:31-05:00\">";
    // After a long story: beyond the byline area and the lines read after the lead.
    String story =
        "<p>By Jane Doe</p>"
            + BODY
            + ("<p>"
                    + "More of the story, paragraph after paragraph, as it goes on. ".repeat(3)
                    + "</p>")
                .repeat(10);
    String after = "<div><p>Published August 13, 2025</p></div>";
    assertThat(publishedIn("en", same, story, after)).isEqualTo("2025-08-13T00:00Z");
    // A page whose publication and last change differ keeps its declared publication.
    String apart =
        "<meta property=\"article:published_time\" content=\"2025-11-29T12:28:31-05:00\">"
            + "<meta property=\"article:modified_time\" content=\"2025-12-02T08:00:00-05:00\">";
    assertThat(publishedIn("en", apart, story, after)).isEqualTo("2025-11-29T12:28:31-05:00");
  }

  @Test
  void aHijriDateAloneIsABylineDate() {
    assertThat(published("ar", "", "<p>كتب: محمد علي</p><p>الأحد 17 شعبان 1446 هـ</p>"))
        .isEqualTo("2025-02-16T00:00Z");
  }

  @Test
  void arabicDateLabelsAreReadWithDiacriticsAndHamzaForms() {
    // "نُشر" (with a damma) gives the publication, though "آخر تحديث" comes first on the line.
    assertThat(
            published(
                "ar",
                "",
                "<p>كتب: محمد علي</p><p>آخر تحديث: 17 فبراير 2025 | نُشر: 16 فبراير 2025</p>"))
        .isEqualTo("2025-02-16T00:00Z");
  }

  @Test
  void aShownDateThePageDeclaresAsItsLastChangeIsTheDateReadersSee() {
    String head =
        "<meta property=\"article:published_time\" content=\"2024-09-06T13:12:36Z\">"
            + "<meta property=\"article:modified_time\" content=\"2025-11-14T06:49:57Z\">";
    assertThat(published("en", head, "<p>By Jane Doe</p><p>November 14, 2025</p>"))
        .isEqualTo("2025-11-14T00:00Z");
    // An "Updated" line stays an update; a shown date the page does not declare is no evidence.
    assertThat(published("en", head, "<p>Updated November 14, 2025</p>"))
        .isEqualTo("2024-09-06T13:12:36Z");
    assertThat(published("en", head, "<p>November 15, 2025</p>")).isEqualTo("2024-09-06T13:12:36Z");
  }

  @Test
  void aShownDateOneDayAfterTheDeclaredOneIsThePagesZone() {
    String head =
        "<meta property=\"article:published_time\" content=\"2025-12-02T23:00:55Z\">"
            + "<meta property=\"article:modified_time\" content=\"2025-12-03T08:00:00Z\">";
    assertThat(published("en", head, "<p>Published: 03 Dec 2025</p>"))
        .isEqualTo("2025-12-02T23:00:55Z");
  }

  @Test
  void aBylinePlacedAfterTheLeadIsStillRead() {
    // Four paragraphs of lead: the date line comes after the first blocks of the body.
    String lead =
        ("<p>" + "A lead paragraph that sets out what the story is about. ".repeat(4) + "</p>")
            .repeat(4);
    assertThat(published("en", "", lead + "<p>Jane Doe • November 4th, 2025</p>"))
        .isEqualTo("2025-11-04T00:00Z");
    // Numeric dates in the body are table cells and lists more often than bylines.
    assertThat(published("en", "", lead + "<p>1/1/2013 +13.1%</p>")).isNull();
  }

  @Test
  void wordsRunTogetherByInlineElementsAreReadApart() {
    assertThat(
            published(
                "en",
                "",
                "<p><a href=/c>Mental Health</a><span>DECEMBER 22, 2022</span>"
                    + "<span>Updated: JANUARY 02, 2026</span></p>"))
        .isEqualTo("2022-12-22T00:00Z");
    assertThat(DateLines.unglue("By Jane DoeMar 5, 2025")).isEqualTo("By Jane Doe Mar 5, 2025");
  }

  private static OffsetDateTime publishedAfter(String lang, String head, String after) {
    // Past the byline area: a long story, the line at its end.
    return publishedIn(
        lang, head, BODY.repeat(8) + after, "<footer><p>Subscribe to our newsletter</p></footer>");
  }

  @Test
  void aPublicationLineAfterTheStoryIsReadWhenNothingElseGivesADate() {
    assertThat(publishedAfter("en", "", "<div>Posted on the 15/12/2025 at 19:00 by Jane</div>"))
        .isEqualTo("2025-12-15T19:00Z");
    assertThat(publishedAfter("en", "", "<div>Post time: 01-04-2024</div>"))
        .isEqualTo("2024-01-04T00:00Z");
    // A publication line wins over an update line, wherever each stands.
    assertThat(
            publishedAfter(
                "en", "", "<p>Last updated: November 13, 2025</p><p>Posted on April 13, 2023</p>"))
        .isEqualTo("2023-04-13T00:00Z");
    // What the page declares still comes first.
    assertThat(
            publishedAfter(
                "en",
                "<meta property=\"article:published_time\" content=\"2025-06-01T08:00:00Z\">",
                "<div>Posted on April 13, 2023</div>"))
        .isEqualTo("2025-06-01T08:00Z");
  }

  @Test
  void anUpdateLineOrADateAloneAfterTheStoryIsTheLastResort() {
    assertThat(publishedAfter("en", "", "<p>Last updated: November 13, 2025</p>"))
        .isEqualTo("2025-11-13T00:00Z");
    assertThat(publishedAfter("en", "", "<p>October 16, 2020 · 8 min read</p>"))
        .isEqualTo("2020-10-16T00:00Z");
    // A sentence that holds a date is no date line.
    assertThat(publishedAfter("en", "", "<p>The plan runs until May 3, 2025 at the latest.</p>"))
        .isNull();
  }

  @Test
  void aNumericDateReadEitherWayIsSettledByTheOtherDatesOfThePage() {
    String head = "<meta property=\"article:published_time\" content=\"2025-12-02T10:00:00Z\">";
    // An English page: month first would make it February 12, earlier than the declared date.
    assertThat(published("en", head, "<p>02-12-2025</p>")).isEqualTo("2025-12-02T10:00Z");
    assertThat(
            published(
                "en",
                "<meta itemprop=\"datePublished\" content=\"02-12-2025\">"
                    + "<meta name=\"date\" content=\"2025-12-02\">",
                ""))
        .isEqualTo("2025-12-02T00:00Z");
    assertThat(PublicationDates.readsAs("02-12-2025", OffsetDateTime.parse("2025-02-12T00:00Z")))
        .isTrue();
    assertThat(PublicationDates.readsAs("02-12-2025", OffsetDateTime.parse("2025-12-03T00:00Z")))
        .isFalse();
  }
}
