package dev.akhbar.parser.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.akhbar.parser.extract.ArticleExtractor;
import dev.akhbar.parser.extract.Extraction;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on the public extraction benchmark (../shared/bench/extraction-scrapinghub,
 * beside the repository): F1 must stay at or above 0.95. {@code make bench-extract} prints the full
 * comparison.
 */
class ExtractionQualityTest {
  @Test
  void f1OnTheExtractionBenchmarkStaysAtLeast095AndNearlyEveryPageIsAnArticle() throws Exception {
    assumeTrue(
        Files.isDirectory(BenchmarkData.DEFAULT_DIR.resolve("html")),
        "benchmark not found at "
            + BenchmarkData.DEFAULT_DIR.toAbsolutePath().normalize()
            + " (shared/ is expected beside the repository); skipping the quality guard");
    BenchmarkData data = BenchmarkData.load(BenchmarkData.DEFAULT_DIR);
    ArticleExtractor extractor = new ArticleExtractor();
    Map<String, String> predicted = new HashMap<>();
    int articles = 0;
    for (BenchmarkData.Page p : data.pages) {
      Extraction x = extractor.extract(p.html(), p.url(), Instant.parse("2020-01-01T00:00:00Z"));
      predicted.put(p.id(), x.body());
      if (x.article()) {
        articles++;
      }
    }

    ShingleMetric.Score score = ShingleMetric.score(data.expected(), predicted);

    assertThat(data.pages).hasSize(181);
    assertThat(score.f1()).as("F1 on the benchmark (%s)", score).isGreaterThanOrEqualTo(0.95);
    // PageClassifier is held to a recall of .95 on sites it was not trained on; here (trained on)
    // it keeps all but one (a "dev blog" page that reads like a listing): allow 1%.
    assertThat(articles)
        .as("pages recognised as articles")
        .isGreaterThanOrEqualTo((int) Math.ceil(0.99 * data.pages.size()));
  }
}
