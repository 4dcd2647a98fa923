package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Lists whose items are nothing but a link to another site (the tools of a "must-have" list, the
 * merged changes of a progress report) are the article; link lines to the page's own site stay out
 * (issue 16, body round 2). Neutral class names.
 */
class ArticleExtractorLinkItemsTest {
  private static final Instant FETCHED = Instant.parse("2026-01-10T12:00:00Z");
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String P1 =
      "Every electrician needs a small set of tools that work every day, on every job, from the"
          + " first wire pulled in a new house to the last socket tested before the inspection.";
  private static final String P2 =
      "We asked twelve working electricians which tools they would buy again, and which ones"
          + " they replaced after a year because they broke, wore out or were simply too heavy.";
  private static final String P3 =
      "Prices change often, so check the seller before you buy, and keep the receipt: most of"
          + " these makers replace a tool that fails in its first year without any questions.";

  private Extraction extract(String html) {
    return extractor.extract(html, "https://fieldtools.example/blog/must-have-tools", FETCHED);
  }

  @Test
  void linkItemsLeadingToAnotherSiteAreKept() {
    String html =
        "<html lang=\"en\"><head><title>Must-have electrician tools</title></head><body>"
            + "<div class=\"page\"><div class=\"txt\"><h1>Must-have electrician tools</h1>"
            + "<p>"
            + P1
            + "</p><h2>1. Multimeters</h2><p>"
            + P2
            + "</p><ul>"
            + "<li><h2><a href=\"https://shop.example/fluke-117\">Fluke 117</a></h2></li>"
            + "<li><h2><a href=\"https://shop.example/klein-mm400\">Klein Tools MM400</a></h2></li>"
            + "</ul><h2>2. Pliers</h2><ul>"
            + "<li><p><a href=\"https://store.example/p/lineman\">Knipex lineman pliers</a></p></li>"
            + "<li><p><a href=\"https://store.example/p/long-nose\">Channellock long nose"
            + " pliers</a></p></li></ul><p>"
            + P3
            + "</p><ul>"
            + "<li><a href=\"/blog/solar-basics\">Solar basics</a></li>"
            + "<li><a href=\"https://fieldtools.example/blog/panel-upgrades\">Panel upgrades</a></li>"
            + "</ul></div></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs())
        .contains(
            P1,
            P2,
            P3,
            "Fluke 117",
            "Klein Tools MM400",
            "Knipex lineman pliers",
            "Channellock long nose pliers")
        .doesNotContain("Solar basics", "Panel upgrades");
  }
}
