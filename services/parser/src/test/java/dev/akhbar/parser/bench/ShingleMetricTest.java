package dev.akhbar.parser.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  @Test
  void identicalTextsScorePerfectlyWhateverTheCaseAndPunctuation() {
    ShingleMetric.PageScore s =
        ShingleMetric.page("The cat sat on the mat today.", "the CAT sat, on the mat -- today");

    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.tp()).isEqualTo(4);
  }

  @Test
  void extraTextCostsPrecisionAndMissingTextCostsRecall() {
    // truth shingles: a b c d / b c d e ; prediction: b c d e / c d e f
    ShingleMetric.PageScore s = ShingleMetric.page("a b c d e", "b c d e f");

    assertThat(s.tp()).isEqualTo(1);
    assertThat(s.fp()).isEqualTo(1);
    assertThat(s.fn()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
  }

  @Test
  void tokensAreUnicodeWords() {
    ShingleMetric.PageScore s =
        ShingleMetric.page("قال سيرجي ريابكوف، نائب وزير", "قال سيرجي ريابكوف نائب");

    assertThat(s.tp()).isEqualTo(1);
    assertThat(s.fn()).isEqualTo(1);
    assertThat(s.fp()).isZero();
  }

  @Test
  void emptySetsFollowTheDocumentedRules() {
    assertThat(ShingleMetric.page("", ""))
        .extracting("precision", "recall")
        .containsExactly(1.0, 1.0);
    assertThat(ShingleMetric.page("some text here", ""))
        .extracting("precision", "recall")
        .containsExactly(0.0, 0.0);
    assertThat(ShingleMetric.page("", "some text"))
        .extracting("precision", "recall")
        .containsExactly(0.0, 1.0);
    assertThat(ShingleMetric.page("two words", "two words").tp()).isEqualTo(1);
  }

  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecallAveragedOverPages() {
    Map<String, String> truth = Map.of("p1", "a b c d e", "p2", "w x y z");
    Map<String, String> pred = Map.of("p1", "b c d e f");

    ShingleMetric.Score s = ShingleMetric.score(truth, pred);

    assertThat(s.precision()).isCloseTo(0.25, within(1e-9));
    assertThat(s.recall()).isCloseTo(0.25, within(1e-9));
    assertThat(s.f1()).isCloseTo(0.25, within(1e-9));
  }
}
