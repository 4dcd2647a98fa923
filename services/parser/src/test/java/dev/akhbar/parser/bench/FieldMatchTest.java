package dev.akhbar.parser.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMatchTest {
  @Test
  void titlesMatchWhateverTheQuotesAndSpacesButNotTheWords() {
    assertThat(FieldMatch.sameTitle("Don’t  panic", "Don't panic")).isTrue();
    assertThat(FieldMatch.sameTitle("Don't panic", "Don't panic - Site")).isFalse();
    assertThat(FieldMatch.sameTitle("Don't panic", "don't panic")).isFalse();
    assertThat(FieldMatch.sameTitle("Don't panic", null)).isFalse();
  }

  @Test
  void authorsMatchAsSetsOfNamesWithoutCredentials() {
    assertThat(FieldMatch.sameAuthors("Dylan Bailey, MS, RD, FAND", List.of("Dylan Bailey")))
        .isTrue();
    assertThat(FieldMatch.sameAuthors("Genevieve Carlton, Ph.D.", List.of("Genevieve Carlton")))
        .isTrue();
    assertThat(FieldMatch.sameAuthors("LEONARDO GARCIA", List.of("Leonardo Garcia"))).isTrue();
    assertThat(
            FieldMatch.sameAuthors(
                "Danielle DeSiato, Donna Enzmann, and Natalie Nguyen",
                List.of("Natalie Nguyen", "Donna Enzmann", "Danielle DeSiato")))
        .isTrue();
    assertThat(FieldMatch.sameAuthors("Maria & Katerina", List.of("Maria and Katerina"))).isTrue();
    assertThat(FieldMatch.sameAuthors("José Pérez", List.of("By Jose Perez"))).isTrue();
    assertThat(FieldMatch.sameAuthors("Kristin", List.of("Kristin Smith"))).isFalse();
    assertThat(FieldMatch.sameAuthors("Nina Pineda", List.of("Nina Pineda", "WABC"))).isFalse();
    assertThat(FieldMatch.sameAuthors("Nina Pineda", List.of())).isFalse();
  }

  @Test
  void datesMatchOnTheDayInTheOffsetThePageGave() {
    assertThat(FieldMatch.sameDate("2025-09-04", OffsetDateTime.parse("2025-09-04T23:30:00-05:00")))
        .isTrue();
    assertThat(FieldMatch.sameDate("2025-09-04", OffsetDateTime.parse("2025-09-05T01:00:00Z")))
        .isFalse();
    assertThat(FieldMatch.sameDate("2025-09-04", null)).isFalse();
  }

  @Test
  void wordMetricIsABagOfLowercaseWords() {
    WordMetric.PageScore s = WordMetric.page("The cat sat on the mat", "the mat, the CAT sat");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(WordMetric.page("a b", "").f1()).isZero();
    assertThat(WordMetric.page("", "").f1()).isEqualTo(1.0);
    assertThat(WordMetric.page("", "x").f1()).isZero();
  }
}
