package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The items of a "best of" list set as cards whose headlines link to the site's own pages, between
 * the article's intro and its conclusion, are the article; the same cards after the article's last
 * paragraph are a rail of other stories (issue 16, body round 2). Neutral class names.
 */
class ArticleExtractorCardsInFlowTest {
  private static final Instant FETCHED = Instant.parse("2026-01-10T12:00:00Z");
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String INTRO =
      "Not every room gets the sun, and many plants sulk in a dark corner. We grew twenty of them"
          + " for a year by north windows and in hallways to find the few that stay green there.";
  private static final String MORE =
      "Water them less than you would in a bright room, feed them twice a year, and turn the pots"
          + " every month so that they grow evenly instead of leaning towards the window.";
  private static final String END =
      "Whichever you choose, give it a few weeks to settle in: most plants drop a leaf or two after"
          + " a move, and that is no reason to give up on them or to move them again.";

  private Extraction extract(String html) {
    return extractor.extract(html, "https://plants.example/learn/low-light", FETCHED);
  }

  private static String cards() {
    StringBuilder cards = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      cards
          .append("<div class=\"card\"><h3><a href=\"/plants/plant-")
          .append(i)
          .append("\">Shade plant number ")
          .append(i)
          .append("</a></h3><p>Plant ")
          .append(i)
          .append(" keeps its deep green leaves in a room with a single small window, and it")
          .append(" forgives the odd missed watering.</p></div>");
    }
    return cards.toString();
  }

  private static String page(String body) {
    return "<html lang=\"en\"><head><title>Plants for dark rooms</title></head><body>"
        + "<div class=\"wrap\"><h1>Plants for dark rooms</h1><div class=\"txt\">"
        + body
        + "</div></div></body></html>";
  }

  @Test
  void cardsBetweenTheIntroAndTheConclusionAreTheArticle() {
    Extraction x =
        extract(page("<p>" + INTRO + "</p><p>" + MORE + "</p>" + cards() + "<p>" + END + "</p>"));

    // The items' text; their headlines, links to the site's own pages, are link lines.
    assertThat(x.paragraphs()).contains(INTRO, MORE, END).hasSize(7);
    assertThat(x.paragraphs().get(2)).startsWith("Plant 1 keeps");
  }

  @Test
  void cardsAfterTheLastParagraphStayOut() {
    Extraction x =
        extract(page("<p>" + INTRO + "</p><p>" + MORE + "</p><p>" + END + "</p>" + cards()));

    assertThat(x.paragraphs()).containsExactly(INTRO, MORE, END);
  }
}
