package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An article cut into alike sections whose class names their grid column with a furniture word
 * ({@code content-sidebar}): no section alone holds half of the body, all together do (issue 16,
 * body round 2). Neutral class names otherwise.
 */
class ArticleExtractorSectionsTest {
  private static final Instant FETCHED = Instant.parse("2026-01-10T12:00:00Z");
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String P1 =
      "The city council approved a new plan for the river park on Monday, after two years of"
          + " hearings in which residents asked for more shade, benches and a safer cycle path.";
  private static final String P2 =
      "Work on the first section is to start in the spring and will cost about four million, most"
          + " of it paid by a regional fund for green spaces in towns of this size.";
  private static final String P3 =
      "The council also asked the parks department to report every six months on the cost and the"
          + " progress of the work, and to hold a public meeting before each new section starts.";
  private static final String PROMO =
      "Join our walking club this spring: every Saturday morning we meet at the old bridge and"
          + " walk for two hours along the river, whatever the weather.";

  private Extraction extract(String html) {
    return extractor.extract(html, "https://town.example/news/2026/01/river-park", FETCHED);
  }

  private static String section(String cls, String text) {
    return "<div class=\"" + cls + "\"><p>" + text + "</p></div>";
  }

  @Test
  void anArticleInAlikeSectionsNamedForTheSidebarIsKeptWhole() {
    String html =
        "<html lang=\"en\"><head><title>Council approves river park plan</title></head><body>"
            + "<div class=\"page\"><h1>Council approves river park plan</h1><div class=\"grid\">"
            + section("content-sidebar", P1)
            + section("content-sidebar", P2)
            + section("content-sidebar", P3)
            + "</div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void alikeBoxesBesideTheArticleStayOut() {
    String html =
        "<html lang=\"en\"><head><title>Council approves river park plan</title></head><body>"
            + "<div class=\"page\"><h1>Council approves river park plan</h1><div class=\"txt\">"
            + "<p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div><div class=\"col\">"
            + section("content-sidebar", PROMO)
            + section("content-sidebar", PROMO.replace("Saturday", "Sunday"))
            + "</div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
  }
}
