package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TitleChooserTest {
  private static final String BODY =
      "<p>The council approved the new budget on Tuesday after a long debate about schools, roads"
          + " and the cost of running the city's buses through the winter months.</p><p>Members"
          + " said the plan keeps taxes flat while adding money for repairs that were put off"
          + " for years, and the mayor is expected to sign it this week.</p>";

  private static String title(String head, String beforeBody) {
    String html =
        "<html><head>"
            + head
            + "</head><body><header><a href=/>City News</a></header><main>"
            + beforeBody
            + BODY
            + "</main></body></html>";
    return new ArticleExtractor()
        .extract(html, "https://www.citynews.example/2025/03/04/budget", Instant.EPOCH)
        .title();
  }

  @Test
  void entitiesEscapedTwiceInMetaTagsAreDecoded() {
    assertThat(
            title(
                "<meta property=\"og:title\" content=\"Council&amp;#8217;s budget &amp;mdash;"
                    + " &amp;#8216;a fair deal&amp;#8217;\">",
                ""))
        .isEqualTo("Council’s budget — ‘a fair deal’");
  }

  @Test
  void theVisibleHeadlineWinsWhenTheTitleTagRepeatsItWithTheSiteName() {
    assertThat(
            title(
                "<title>Council passes budget | City News</title>"
                    + "<meta property=\"og:title\" content=\"Budget passes after long debate\">",
                "<h1>Council passes budget</h1>"))
        .isEqualTo("Council passes budget");
  }

  @Test
  void aSiteLogoInAHeadingIsNotTheHeadline() {
    assertThat(
            title(
                "<title>Council passes budget - City News</title>"
                    + "<meta property=\"og:site_name\" content=\"City News\">",
                "<h1>City News</h1>"))
        .isEqualTo("Council passes budget");
  }

  @Test
  void aHeadlineNoDeclaredTitleRepeatsIsStillTheHeadlineWhenItOpensTheArticle() {
    assertThat(
            title(
                "<meta property=\"og:title\" content=\"Budget 2025: what changes for you\">",
                "<h1>Council approves a budget that keeps taxes flat</h1>"))
        .isEqualTo("Council approves a budget that keeps taxes flat");
  }

  @Test
  void declaredTitlesAgreeWithoutTheSiteName() {
    assertThat(
            title(
                "<title>Budget passes | City News</title>"
                    + "<meta property=\"og:title\" content=\"Budget passes\">",
                ""))
        .isEqualTo("Budget passes");
  }

  @Test
  void utf8ReadAsLatin1IsRepaired() {
    // wcxb-dev 4656: the page's og:title holds the bytes of "’" read one by one.
    assertThat(TitleChooser.clean("A DIY Investor\u00e2\u0080\u0099s Guide"))
        .isEqualTo("A DIY Investor\u2019s Guide");
    assertThat(TitleChooser.clean("Caf\u00c3\u00a9 culture")).isEqualTo("Caf\u00e9 culture");
    assertThat(TitleChooser.clean("Café, Âge d'or, Ãrvore")).isEqualTo("Café, Âge d'or, Ãrvore");
  }

  @Test
  void theSiteNameAtTheEndOfTheVisibleHeadlineIsCut() {
    assertThat(
            title(
                "<meta property=\"og:site_name\" content=\"Artlyst\">"
                    + "<meta property=\"og:title\" content=\"Best UK Art Exhibitions 2025 – Artlyst"
                    + " - Artlyst\">",
                "<h1>Best UK Art Exhibitions 2025 – Artlyst</h1>"))
        .isEqualTo("Best UK Art Exhibitions 2025");
  }

  private static String page(String head, String header, String main) {
    String html =
        "<html><head>"
            + head
            + "</head><body><header>"
            + header
            + "</header><main>"
            + main
            + "</main></body></html>";
    return new ArticleExtractor()
        .extract(html, "https://www.citynews.example/2025/03/04/budget", Instant.EPOCH)
        .title();
  }

  @Test
  void headingsOfTheStorysSectionsOnAPageWhoseLogoIsTheHeadingAreNotTheHeadline() {
    // wcxb-dev 0398, 0441: the blog's name is the page's first <h1>; the post's sections are
    // <h1>s too, and the post's own title is only declared.
    String head =
        "<title>City News: Notes from the budget week</title>"
            + "<meta property=\"og:title\" content=\"Notes from the budget week\">";
    String sections =
        "<h1>Monday at the council</h1>" + BODY + "<h1>Tuesday at the council</h1>" + BODY;
    assertThat(page(head, "<h1><a href=/>City News</a></h1>", sections))
        .isEqualTo("Notes from the budget week");
    // Without the logo heading, or with one heading only, the shown headings keep winning.
    assertThat(page(head, "<a href=/>City News</a>", sections))
        .isNotEqualTo("Notes from the budget week");
    assertThat(
            page(head, "<h1><a href=/>City News</a></h1>", "<h1>Monday at the council</h1>" + BODY))
        .isEqualTo("Monday at the council");
  }

  @Test
  void theSitesHostBeforeTheDeclaredTitleWithoutASeparatorIsCut() {
    // wcxb-dev 0452: "davidbau.com Vibe Coding", the host also shown as the logo heading.
    assertThat(
            page(
                "<title>citynews.example Budget passes the council</title>",
                "<h1><a href=/>citynews.example</a></h1>",
                BODY))
        .isEqualTo("Budget passes the council");
    // A word with a dot that is not the site's host stays.
    assertThat(
            page(
                "<title>Node.js budget tools compared</title>",
                "<h1><a href=/>citynews.example</a></h1>",
                BODY))
        .isEqualTo("Node.js budget tools compared");
  }

  @Test
  void aParagraphSetAsTheHeadingIsNotTheHeadline() {
    String teaser =
        "Learn which repairs the council will fund first this year? Get the list of every road,"
            + " school and bus depot in the plan, with the cost of each and the date work starts."
            + " We'll help you find what changes in your street and when the crews will arrive.";
    assertThat(
            title(
                "<meta property=\"og:title\" content=\"The 10 repairs the budget pays for\">",
                "<h1>" + teaser + "</h1>"))
        .isEqualTo("The 10 repairs the budget pays for");
  }

  @Test
  void aOneWordLabelBeforeTheDeclaredTitleIsNotPartOfTheHeadline() {
    // wcxb-dev 3036: "Blog: Best Social Media Advertising Agencies ..." shown, the rest declared.
    String head =
        "<title>Budget passes after a long debate | City News</title>"
            + "<meta property=\"og:site_name\" content=\"City News\">";
    assertThat(title(head, "<h1>News: Budget passes after a long debate</h1>"))
        .isEqualTo("Budget passes after a long debate");
    // A longer opening before the colon is the headline's own.
    assertThat(title(head, "<h1>City budget 2025: Budget passes after a long debate</h1>"))
        .isEqualTo("City budget 2025: Budget passes after a long debate");
  }

  @Test
  void aHeadingInTwoLinesTakesTheDeclaredTitlesWording() {
    // wcxb-dev 2976, 4715: a second line set apart inside the <h1> (a span shown as a block, a
    // kicker) that no declared title repeats: the declared title is the headline.
    String head =
        "<title>Budget passes: what changes in 2025 | City News</title>"
            + "<meta property=\"og:title\" content=\"Budget passes: what changes in 2025\">";
    assertThat(
            title(
                head,
                "<h1>The budget passes<span class=\"block text-sm\">What changes for you</span></h1>"))
        .isEqualTo("Budget passes: what changes in 2025");
    // Without a line set apart the shown heading stays the headline.
    assertThat(
            title(head, "<h1>The budget passes<span class=\"em\"> after a long debate</span></h1>"))
        .isEqualTo("The budget passes after a long debate");
  }

  @Test
  void aHeadingInTwoLinesThatTheDeclaredTitleRepeatsTakesItsSeparator() {
    // wcxb-dev 0137: the two lines are the declared title's two parts; its separator joins them.
    assertThat(
            title(
                "<meta property=\"og:title\" content=\"The budget passes. - What changes for you\">",
                "<h1><span>The budget passes.</span> <span class=\"entry-subtitle\">What changes"
                    + " for you</span></h1>"))
        .isEqualTo("The budget passes. - What changes for you");
  }

  private static final String ARTICLE_TYPE = "<meta property=\"og:type\" content=\"article\">";

  @Test
  void aSectionNameAsHeadingGivesWayToTheTitleTheDeclaredTitlesAgreeOn() {
    String declared =
        "<title>Index Funds: How to Invest | City News</title>"
            + "<meta property=\"og:title\" content=\"Index Funds: How to Invest\">";
    assertThat(title(ARTICLE_TYPE + declared, "<h1>Index funds</h1>"))
        .isEqualTo("Index Funds: How to Invest");
    // A longer heading is the headline the page shows.
    assertThat(title(ARTICLE_TYPE + declared, "<h1>What an index fund is and how to buy one</h1>"))
        .isEqualTo("What an index fund is and how to buy one");
    // One declared title is no agreement; a page that does not declare an article keeps its
    // heading (a category or product page names itself in it).
    assertThat(
            title(
                ARTICLE_TYPE
                    + "<meta property=\"og:title\" content=\"Index Funds: How to Invest\">",
                "<h1>Index funds</h1>"))
        .isEqualTo("Index funds");
    assertThat(title(declared, "<h1>Index funds</h1>")).isEqualTo("Index funds");
  }

  @Test
  void aTwoWordHeadingGivesWayWhenThreeDeclaredTitlesAgreeOnAnother() {
    // wcxb-dev 4506, 4861: no article declared, but <title>, og:title and twitter:title agree.
    String declared =
        "<title>Index Funds: How to Invest | City News</title>"
            + "<meta property=\"og:title\" content=\"Index Funds: How to Invest\">"
            + "<meta name=\"twitter:title\" content=\"Index Funds: How to Invest\">";
    assertThat(title(declared, "<h1>Index funds</h1>")).isEqualTo("Index Funds: How to Invest");
    assertThat(title(declared, "<h1>Our index funds</h1>")).isEqualTo("Our index funds");
  }

  @Test
  void aHeadingOpeningWithASmallLetterTakesTheCapitalTheDeclaredTitleGivesIt() {
    // wcxb-dev 4043: "history of coffee" shown (capitalised by CSS), "History of coffee | ..."
    // declared.
    String head = "<title>History of coffee | Origins, Spread, Facts | City News</title>";
    assertThat(title(head, "<h1>history of coffee</h1>")).isEqualTo("History of coffee");
    // A name that opens with a small letter stays as the page declares it.
    assertThat(
            title(
                "<title>iPhone sales in the city | City News</title>",
                "<h1>iPhone sales in the city</h1>"))
        .isEqualTo("iPhone sales in the city");
  }

  @Test
  void theHeadingsLinkToThePageItselfIsTheHeadlineWithoutTheSourceAndCountAfterIt() {
    // wcxb-dev 0396: "<a href=permalink>Headline</a> <a>(latimes.com)</a> 87" in the <h1>.
    String heading =
        "<h1><a href=\"//www.citynews.example/2025/03/04/budget\">Council passes the budget</a>"
            + " <a href=\"https://other.example/story\">(other.example)</a> <span>87</span></h1>";
    assertThat(title("<title>Council passes the budget - City News</title>", heading))
        .isEqualTo("Council passes the budget");
    // A link to another page (a section) that opens the heading is part of it.
    assertThat(title("", "<h1><a href=\"/council/\">Council</a> passes the budget</h1>"))
        .isEqualTo("Council passes the budget");
  }

  @Test
  void characterslostAsQuestionMarksInTheHeadingAreTakenFromTheDeclaredTitle() {
    // wcxb-dev 0048: "Event Planning? Beginner? Guide" shown, "Event Planning: Beginner's Guide"
    // declared.
    assertThat(
            title(
                "<meta property=\"og:title\" content=\"Budget Basics: The Council's Guide\">",
                "<h1>Budget Basics? The Council? Guide</h1>"))
        .isEqualTo("Budget Basics: The Council's Guide");
    assertThat(TitleChooser.lostCharacters("Why? Budgets matter", "Why budgets matter")).isFalse();
    assertThat(TitleChooser.lostCharacters("What is a budget?", "What is a budget!")).isFalse();
  }
}
