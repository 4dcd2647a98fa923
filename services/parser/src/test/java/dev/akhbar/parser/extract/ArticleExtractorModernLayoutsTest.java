package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts of 2025–26 pages (issue 16), with neutral class names: collapsed answers, articles
 * shipped twice, lists of items that look like teaser cards.
 */
class ArticleExtractorModernLayoutsTest {
  private static final Instant FETCHED = RiverParkStory.FETCHED;
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String P1 = RiverParkStory.P1;
  private static final String P2 = RiverParkStory.P2;
  private static final String P3 = RiverParkStory.P3;

  private Extraction extract(String html) {
    return extractor.extract(html, RiverParkStory.URL, FETCHED);
  }

  @Test
  void collapsedAnswersOfTheArticleAreKept() {
    String a1 =
        "The first section runs from the old bridge to the rowing club, about one kilometre of"
            + " the east bank, and should be open to walkers by the end of the summer.";
    String a2 =
        "Yes: the council kept the dog area near the playground, and a second one is planned"
            + " for the west bank once the fund has paid for the first two sections.";
    String html =
        RiverParkStory.HEAD
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1><div class=\"txt\">"
            + RiverParkStory.STORY
            + "<h2>Questions</h2><div class=\"qa\"><h3><a href=\"#a1\">Where does it"
            + " start?</a></h3><div id=\"a1\" hidden><p>"
            + a1
            + "</p></div><h3><a href=\"#a2\">Will dogs still be allowed?</a></h3>"
            + "<div id=\"a2\" style=\"display:none\"><p>"
            + a2
            + "</p></div></div></div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).contains(P1, P2, P3, a1, a2);
  }

  @Test
  void hiddenTextDoesNotChooseTheContainer() {
    // A hidden panel of prose elsewhere on the page (a menu's blurbs) is kept only where it lies
    // in the article's container; it does not pull the container out to the page around both.
    StringBuilder panel = new StringBuilder("<div class=\"panel\" hidden>");
    for (int i = 0; i < 2; i++) {
      panel
          .append("<p>Our guide number ")
          .append(i)
          .append(" explains how to plan a family day out in the parks of the region, with maps,")
          .append(" opening hours and the best places to eat along the way.</p>");
    }
    panel.append("</div>");
    String html =
        RiverParkStory.HEAD
            + "<div class=\"top\">"
            + panel
            + "</div><div class=\"wrap\"><h1>Council approves river park plan</h1>"
            + RiverParkStory.STORY
            + "</div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void anArticleShippedTwiceIsWrittenOnce() {
    String copy = RiverParkStory.STORY;
    String html =
        RiverParkStory.HEAD
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1>"
            + "<div class=\"narrow\">"
            + copy
            + "</div><div class=\"wide\">"
            + copy
            + "</div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aQuestionPutToEachGuestIsKeptEachTime() {
    String q = "What did you think of the plan when you first saw it?";
    List<String> answers =
        List.of(
            "I liked it at once, because it gives the children of our street a safe way to school"
                + " along the river instead of the busy main road.",
            "I was worried about the cost at first, but the regional fund pays most of it and the"
                + " town keeps control of the design, which is what matters.",
            "Honestly I wanted more trees, and I still do, but the council promised a second"
                + " round of planting next autumn, so I am willing to wait.");
    StringBuilder body = new StringBuilder("<p>" + P1 + "</p>");
    for (String a : answers) {
      body.append("<h3>A neighbour</h3><p>").append(q).append("</p><p>").append(a).append("</p>");
    }
    String html =
        RiverParkStory.HEAD
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1>"
            + body
            + "</div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs().stream().filter(q::equals).count()).isEqualTo(3);
    assertThat(x.paragraphs()).containsAll(answers);
  }

  private static String cards(String host, String cls) {
    StringBuilder cards = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      cards
          .append("<div class=\"")
          .append(cls)
          .append("\"><h3><a href=\"")
          .append(host)
          .append("/item/")
          .append(i)
          .append("\">A guide to walks number ")
          .append(i)
          .append(" by the river</a></h3><p>Item ")
          .append(i)
          .append(" takes you along the river banks and through the old town, with a stop at the")
          .append(" market and a good view of the bridges at the end of the day.</p></div>");
    }
    return cards.toString();
  }

  @Test
  void itemsOfAListArticleLinkingToOtherSitesAreKept() {
    String html =
        RiverParkStory.HEAD
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1><div class=\"txt\">"
            + "<p>"
            + P1
            + "</p><p>"
            + P2
            + "</p>"
            + cards("https://books.example", "item")
            + "<p>"
            + P3
            + "</p></div></div></body></html>";

    Extraction x = extract(html);

    // Each item with its headline, a link to another site (body round 2).
    assertThat(x.paragraphs()).contains(P1, P2, P3).hasSize(11);
    assertThat(x.paragraphs().get(2)).isEqualTo("A guide to walks number 1 by the river");
    assertThat(x.paragraphs().get(3)).startsWith("Item 1 takes you");
  }

  @Test
  void aFeedOfOtherSitesStoriesAfterTheArticleStaysOut() {
    String html =
        RiverParkStory.HEAD
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1><div class=\"txt\">"
            + RiverParkStory.STORY
            + "</div></div><div class=\"feed\">"
            + cards("https://other.example", "card")
            + "</div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aMainElementWithAFurnitureWordInItsClassIsStillTheArticle() {
    String html =
        RiverParkStory.HEAD
            + "<div class=\"top\"><p>"
            + RiverParkStory.PROMO
            + "</p></div><main class=\"page offset-nav\"><h1>Council approves river park plan</h1>"
            + RiverParkStory.STORY
            + "</main></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).contains(P1, P2, P3);
  }

  @Test
  void aSectionIdMadeFromItsHeadingSaysNothingOfFurniture() {
    String html =
        RiverParkStory.HEAD
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1><p>"
            + P1
            + "</p><div id=\"what-the-new-menu-of-the-park-cafe-offers\"><h2>What the new menu of"
            + " the park cafe offers</h2><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).contains(P1, P2, P3);
  }

  @Test
  void aLayoutWrapperNamedForItsSidebarHoldsTheArticleWhateverTheMenusSay() {
    // The menus' blurbs and a cookie dialog's prose sit in furniture of their own: they do not
    // count against the wrapper that holds the article.
    StringBuilder menu = new StringBuilder("<nav class=\"site\">");
    for (int i = 0; i < 2; i++) {
      menu.append("<div><h3>Course ")
          .append(i)
          .append("</h3><p>Learn the skills employers want in our twelve-week course number ")
          .append(i)
          .append(", taught by people who do the job every day, online or on campus.</p></div>");
    }
    menu.append("</nav>");
    String html =
        RiverParkStory.HEAD
            + menu
            + "<h1>Council approves river park plan</h1><div class=\"with-sidebar-layout\">"
            + RiverParkStory.STORY
            + "<div class=\"sidebar\"><a href=\"/a\">Events</a></div></div>"
            + "<div class=\"cookie-notice\"><p>This website uses cookies to improve your experience"
            + " while you navigate through it; you can change your cookie settings at any time.</p>"
            + "</div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void sectionsOpenedByAFurnitureHeadingAreLeftOut() {
    String bio =
        "Jane Doe has covered the town hall for twelve years and writes about parks, transport and"
            + " the budget; before that she worked for a regional radio station.";
    String promo =
        "Every morning we send the day's most important local stories to your inbox, free of"
            + " charge, and you can stop the emails at any time you like.";
    String html =
        RiverParkStory.HEAD
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1>"
            + RiverParkStory.STORY
            + "<div class=\"box\"><h2>About the author</h2><p>"
            + bio
            + "</p></div><div class=\"box\"><h3>Sign up for our newsletter</h3><p>"
            + promo
            + "</p></div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aFurnitureHeadingInTheFlowOfTheTextLeavesTheTextAfterIt() {
    String html =
        RiverParkStory.HEAD
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><h2>Related</h2><p>"
            + P3
            + "</p></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).contains(P1, P2, P3);
  }

  @Test
  void sectionsOfAScrollSpyLayoutNamedSkipItemAreText() {
    String html =
        RiverParkStory.HEAD
            + "<a class=\"skip-link\" href=\"#main\">Skip to content</a>"
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1>"
            + "<div class=\"skip-item\" id=\"topic1\"><h2>The plan</h2><p>"
            + P1
            + "</p></div><div class=\"skip-item\" id=\"topic2\"><h2>The cost</h2><p>"
            + P2
            + "</p></div><div class=\"skip-item\" id=\"topic3\"><h2>What comes next</h2><p>"
            + P3
            + "</p></div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).contains(P1, P2, P3).doesNotContain("Skip to content");
  }

  @Test
  void aListArticleWhoseItemsOutweighItsIntroIsTheList() {
    String html =
        RiverParkStory.HEAD
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1><div class=\"intro\">"
            + "<p>"
            + P1
            + "</p></div><div class=\"list\">"
            + cards("https://trails.example", "item")
            + "</div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).contains(P1).hasSize(9);
    assertThat(x.paragraphs().get(8)).startsWith("Item 4 takes you");
  }
}
