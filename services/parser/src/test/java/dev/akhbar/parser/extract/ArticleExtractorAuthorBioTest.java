package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The author's biography that an author-box plugin writes at the end of the article's element,
 * under neutral class names, is not body text (issue 16, body round 2).
 */
class ArticleExtractorAuthorBioTest {
  private static final Instant FETCHED = RiverParkStory.FETCHED;
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String P1 = RiverParkStory.P1;
  private static final String P2 = RiverParkStory.P2;
  private static final String P3 = RiverParkStory.P3;

  private Extraction extract(String last) {
    String html =
        "<html lang=\"en\"><head><title>Council approves river park plan</title>"
            + "<meta name=\"author\" content=\"Karina Cohen\"></head><body>"
            + "<div class=\"wrap\"><h1>Council approves river park plan</h1>"
            + "<div class=\"txt\">"
            + RiverParkStory.STORY
            + "<div class=\"box\"><p>"
            + last
            + "</p><p>When she is not at the town hall, she walks the river path with her dog.</p>"
            + "</div></div></div></body></html>";
    return extractor.extract(html, RiverParkStory.URL, FETCHED);
  }

  @Test
  void theAuthorsBiographyAfterTheArticleIsLeftOut() {
    Extraction x =
        extract(
            "Karina Cohen is the city reporter of the Town Gazette and has covered the council"
                + " since 2019, after ten years at regional papers.");

    assertThat(x.authors()).containsExactly("Karina Cohen");
    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
  }

  /** A bio by the first name (body round 3), and one after the author box's label. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Karina is the city reporter of the Town Gazette and has covered the council since 2019.",
        "About the author: Karina Cohen is the city reporter of the Town Gazette since 2019."
      })
  void otherFormsOfTheBiographyAreLeftOut(String bio) {
    assertThat(extract(bio).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aClosingParagraphAboutSomeoneElseStays() {
    String mayor =
        "Maria Lopez, the mayor, said the first section would be open to walkers by the end of the"
            + " summer.";

    Extraction x = extract(mayor);

    assertThat(x.paragraphs()).contains(P1, P2, P3, mayor).hasSize(5);
  }
}
