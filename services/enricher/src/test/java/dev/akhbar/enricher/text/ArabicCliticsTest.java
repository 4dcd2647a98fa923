package dev.akhbar.enricher.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicCliticsTest {
  @Test
  void readsConjunctionPrepositionAndArticle() {
    assertThat(ArabicClitics.readings("وبالعاصمه"))
        .extracting(ArabicClitics.Reading::norm)
        .containsExactly("وبالعاصمه", "بالعاصمه", "العاصمه");
    assertThat(ArabicClitics.stripped("للولايات").norm()).isEqualTo("الولايات");
    assertThat(ArabicClitics.core("والسودان")).isEqualTo("سودان");
    assertThat(ArabicClitics.readings("في")).hasSize(1);
  }

  @Test
  void surfaceOffsetSkipsTheMarksOfStrippedLetters() {
    String surface = "وَموسكو";
    assertThat(surface.substring(ArabicClitics.surfaceOffset(surface, 1))).isEqualTo("موسكو");
  }
}
