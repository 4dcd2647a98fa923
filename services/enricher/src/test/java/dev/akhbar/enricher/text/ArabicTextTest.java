package dev.akhbar.enricher.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTextTest {
  @Test
  void latinWordsAreLowerCasedWithoutTheCache() {
    assertThat(ArabicText.normalize("Moscow")).isEqualTo("moscow");
    assertThat(ArabicText.normalize("İSTANBUL"))
        .isEqualTo("İSTANBUL".toLowerCase(java.util.Locale.ROOT));
    assertThat(ArabicText.normalize("Ünïté")).isEqualTo("ünïté");
    assertThat(ArabicText.normalize("Москва")).isEqualTo("москва");
  }

  @Test
  void apostrophesAndArabicFormsAreNormalised() {
    assertThat(ArabicText.normalize("O’Brien")).isEqualTo("o'brien");
    assertThat(ArabicText.normalize("O'Brien")).isEqualTo("o'brien");
    assertThat(ArabicText.normalize("أحمد")).isEqualTo("احمد");
    assertThat(ArabicText.normalize("مدرسة")).isEqualTo("مدرسه");
    assertThat(ArabicText.normalize("کابل")).isEqualTo("كابل");
  }
}
