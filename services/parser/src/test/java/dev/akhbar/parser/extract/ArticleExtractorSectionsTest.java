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
  private static final Instant FETCHED = RiverParkStory.FETCHED;
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String P1 = RiverParkStory.P1;
  private static final String P2 = RiverParkStory.P2;
  private static final String P3 = RiverParkStory.P3;
  private static final String PROMO = RiverParkStory.PROMO;

  private Extraction extract(String html) {
    return extractor.extract(html, RiverParkStory.URL, FETCHED);
  }

  private static String section(String cls, String text) {
    return "<div class=\"" + cls + "\"><p>" + text + "</p></div>";
  }

  @Test
  void anArticleInAlikeSectionsNamedForTheSidebarIsKeptWhole() {
    String html =
        RiverParkStory.HEAD
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
        RiverParkStory.HEAD
            + "<div class=\"page\"><h1>Council approves river park plan</h1><div class=\"txt\">"
            + RiverParkStory.STORY
            + "</div><div class=\"col\">"
            + section("content-sidebar", PROMO)
            + section("content-sidebar", PROMO.replace("Saturday", "Sunday"))
            + "</div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
  }
}
