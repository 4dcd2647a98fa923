package dev.akhbar.parser.extract;

import static dev.akhbar.parser.extract.RiverParkStory.FETCHED;
import static dev.akhbar.parser.extract.RiverParkStory.HEAD;
import static dev.akhbar.parser.extract.RiverParkStory.P1;
import static dev.akhbar.parser.extract.RiverParkStory.P2;
import static dev.akhbar.parser.extract.RiverParkStory.P3;
import static dev.akhbar.parser.extract.RiverParkStory.STORY;
import static dev.akhbar.parser.extract.RiverParkStory.URL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Layouts of page builders and newsletter platforms (issue 16, body round 3), with neutral class
 * names otherwise: the article's own headings and blocks named for the builder, not for furniture.
 */
class ArticleExtractorBuilderLayoutsTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private Extraction extract(String html) {
    return extractor.extract(html, URL, FETCHED);
  }

  @Test
  void headingsWhoseClassSaysHeaderStayInTheBody() {
    String html =
        HEAD
            + "<div class=\"page\"><h1>Council approves river park plan</h1><div class=\"txt\">"
            + "<p>"
            + P1
            + "</p><h2 class=\"header-anchor-post\">What the first section costs</h2><p>"
            + P2
            + "</p><h2 class=\"module_header\">Reports every six months</h2><p>"
            + P3
            + "</p></div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs())
        .containsExactly(P1, "What the first section costs", P2, "Reports every six months", P3);
  }

  @Test
  void aPopupOfProseAfterTheArticleStaysOut() {
    assertThat(extract(articleThenBox("exit-intent-popup fixed")).paragraphs())
        .containsExactly(P1, P2, P3);
  }

  @Test
  void aPromoOfProseAfterTheArticleStaysOut() {
    assertThat(extract(articleThenBox("promo-card")).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aListOfArticleSourcesAfterTheArticleStaysOut() {
    String html =
        HEAD
            + "<div class=\"page\"><h1>Council approves river park plan</h1><div class=\"txt\">"
            + STORY
            + "<div class=\"refs\"><h2>Article Sources</h2><ol>"
            + "<li>Town council. \"Minutes of the meeting of 12 January 2026.\" Retrieved 14 January"
            + " 2026.</li><li>Regional fund for green spaces. \"Annual report 2025.\" Retrieved 10"
            + " January 2026.</li></ol></div></div></div></body></html>";

    assertThat(extract(html).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aMarkdownCopyOfTheWholeArticleIsLeftOut() {
    String p4 =
        "Residents who spoke at the last hearing welcomed the plan but asked the council to keep"
            + " the old boathouse, which the first drawings had replaced with a car park.";
    String p5 =
        "The parks department said the boathouse would stay and be repaired, and that the car"
            + " park would move to the site of the former bus depot on the north side.";
    String p6 =
        "A second vote on the budget for the later sections is expected in the autumn, once the"
            + " regional fund has confirmed how much it will pay for the work next year.";
    String markdown =
        "# Council approves river park plan\n\n"
            + String.join("\n\n", P1, P2, "## The boathouse", P3, p4, p5, p6)
            + "\n\n*Filed under: town news*";
    String html =
        HEAD
            + "<div class=\"page\"><h1>Council approves river park plan</h1><div class=\"txt\">"
            + STORY
            + "<p>"
            + String.join("</p><p>", p4, p5, p6)
            + "</p><pre class=\"raw\">"
            + markdown
            + "</pre></div></div></body></html>";

    assertThat(extract(html).paragraphs()).containsExactly(P1, P2, P3, p4, p5, p6);
  }

  @Test
  void theMessagesOfAWebflowFormStayOut() {
    String html =
        HEAD
            + "<div class=\"page\"><h1>Council approves river park plan</h1><div class=\"txt\">"
            + STORY
            + "<div class=\"w-form\"><form><input type=\"email\" name=\"email\"></form>"
            + "<div class=\"w-form-done\"><div>Thank you! Your submission has been received!</div>"
            + "</div><div class=\"w-form-fail\"><div>Oops! Something went wrong while submitting the"
            + " form.</div></div></div></div></div></body></html>";

    assertThat(extract(html).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aRailUnderABoldLineThatSaysSoStaysOut() {
    String bold = "<p class=\"text-lg font-bold\">Popular posts</p>";
    assertThat(extract(articleThenRail(bold)).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aFurnitureHeadingEndingInAnEllipsisOpensFurniture() {
    String heading = "<h3>You might also like…</h3>";
    assertThat(extract(articleThenRail(heading)).paragraphs()).containsExactly(P1, P2, P3);
  }

  /** The story, then in the same element a rail of summaries under {@code heading}. */
  private static String articleThenRail(String heading) {
    return HEAD
        + "<div class=\"page\"><h1>Council approves river park plan</h1><div class=\"txt\">"
        + STORY
        + "<div class=\"rail\">"
        + heading
        + "<p>The old bridge will close for two weeks in March while its railings are painted.</p>"
        + "<p>A new bakery opened on Mill Street, the first shop there since the flood of 2021.</p>"
        + "</div></div></div></body></html>";
  }

  /** The story, then a box of two paragraphs of prose (an offer) of class {@code cls}. */
  private static String articleThenBox(String cls) {
    String offer =
        "Thanks for visiting the Town Gazette. Before you go, sign up for our free weekly letter"
            + " and get a printed map of every walking path along the river, sent to your home.";
    String terms =
        "We send one letter every Friday with the week's council news, and you can leave the"
            + " list whenever you like by clicking the link at the bottom of any letter.";
    return HEAD
        + "<div class=\"page\"><h1>Council approves river park plan</h1><div class=\"txt\">"
        + STORY
        + "</div></div><div class=\""
        + cls
        + "\"><p>"
        + offer
        + "</p><p>"
        + terms
        + "</p></div></body></html>";
  }
}
