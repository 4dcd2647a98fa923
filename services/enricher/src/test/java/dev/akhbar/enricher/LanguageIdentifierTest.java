package dev.akhbar.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.enricher.language.LanguageIdentifier;
import dev.akhbar.events.Enrichment;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  static LanguageIdentifier identifier;

  @BeforeAll
  static void loadModels() {
    identifier =
        new LanguageIdentifier(
            List.of("ar", "en", "fr", "es", "de", "tr", "fa", "ur", "ru", "zh"), true);
  }

  @Test
  void identifiesTheArabicSampleArticleAsArabicRightToLeft() {
    Enrichment.Language lang = identifier.identify(String.join("\n", DemoTexts.arabicParagraphs()));
    assertThat(lang.code()).isEqualTo("ar");
    assertThat(lang.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
    assertThat(lang.script()).isEqualTo("Arab");
    assertThat(lang.direction()).isEqualTo("rtl");
  }

  @Test
  void identifiesEnglishAndFrenchAsLatinLeftToRight() {
    Enrichment.Language en = identifier.identify(String.join("\n", DemoTexts.ENGLISH));
    Enrichment.Language fr = identifier.identify(String.join("\n", DemoTexts.FRENCH));
    assertThat(en.code()).isEqualTo("en");
    assertThat(fr.code()).isEqualTo("fr");
    assertThat(List.of(en.script(), fr.script())).containsOnly("Latn");
    assertThat(List.of(en.direction(), fr.direction())).containsOnly("ltr");
  }

  @Test
  void tellsPersianFromArabicAndRussianByItsOwnWords() {
    assertThat(
            identifier
                .identify("وزیر امور خارجه ایران روز دوشنبه گفت که مذاکرات ادامه خواهد یافت")
                .code())
        .isEqualTo("fa");
    assertThat(
            identifier
                .identify("Министр иностранных дел заявил, что переговоры продолжатся")
                .code())
        .isEqualTo("ru");
  }

  @Test
  void textWithoutLettersIsUndetermined() {
    Enrichment.Language lang = identifier.identify("12 345 — 67%");
    assertThat(lang.code()).isEqualTo("und");
    assertThat(lang.confidence()).isZero();
  }
}
