package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {
  private static final String BODY =
      "<p>The council approved the new budget on Tuesday after a long debate about schools, roads"
          + " and the cost of running the city's buses through the winter months.</p><p>Members"
          + " said the plan keeps taxes flat while adding money for repairs that were put off"
          + " for years, and the mayor is expected to sign it this week.</p>";

  private static List<String> authors(String head, String byline) {
    String html =
        "<html><head><title>Budget passes</title>"
            + head
            + "</head><body><article><h1>Budget passes</h1>"
            + byline
            + BODY
            + "</article><aside class=\"related\"><p class=\"author\">By Someone Else</p></aside>"
            + "</body></html>";
    return new ArticleExtractor()
        .extract(html, "https://news.example/2025/03/04/budget", Instant.EPOCH)
        .authors();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<p>By Jane Doe and John Roe</p>                         | Jane Doe; John Roe",
        "<p class=byline>By <a href=/a/jd>Jane Doe</a>, Senior Editor</p> | Jane Doe",
        "<p>Par Claire Dubois, publié le 21 août 2025</p>          | Claire Dubois",
        "<p>كتب: محمد علي</p>                                      | محمد علي",
        "<p>بقلم أحمد سعيد</p>                                     | أحمد سعيد",
        "<p>إعداد: سارة يوسف</p>                                   | سارة يوسف",
        "<p>تحرير: ليلى حسن</p>                                    | ليلى حسن",
        "<div class=author><span>Written by</span></div><div>Ann Lee</div> | Ann Lee",
        "<span class=author-name>Ann Lee</span> <span class=author-name>Bo Kim</span> | Ann Lee; Bo Kim",
        "<p>By Jane Doe Updated March 3, 2025</p>                  | Jane Doe",
      })
  void readsTheBylineTheReaderSees(String byline, String expected) {
    assertThat(authors("", byline)).containsExactly(expected.split("; "));
  }

  @Test
  void aReviewerIsNotTheAuthor() {
    assertThat(authors("", "<p>Medically reviewed by Dr. Amy Stone</p><p>By Jane Doe</p>"))
        .containsExactly("Jane Doe");
  }

  @Test
  void jsonLdPersonArraysGiveEveryAuthor() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget"
            + " passes\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
            + "{\"@type\":\"Person\",\"name\":\"John Roe\"}]}</script>";
    assertThat(authors(ld, "")).containsExactly("Jane Doe", "John Roe");
  }

  @Test
  void anOrganisationSigningThePageIsTheAuthorWhenNoPersonIs() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget"
            + " passes\",\"author\":{\"@type\":\"Organization\",\"name\":\"City Council Press"
            + " Office\"}}</script>";
    assertThat(authors(ld, "")).containsExactly("City Council Press Office");
    assertThat(authors(ld, "<p>By Jane Doe</p>")).containsExactly("Jane Doe");
  }

  @Test
  void entitiesInMetaAuthorsAreDecoded() {
    assertThat(authors("<meta name=\"author\" content=\"Maria &amp;amp; Katerina\">", ""))
        .containsExactly("Maria", "Katerina");
  }
}
