package dev.akhbar.enricher.entities.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.text.ArabicText;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownWordsTest {
  static final KnownWords SMALL =
      new KnownWords(
          Set.of("ذهب", "ذهبه", "ذهبها", "الذهب", "وذهب", "تويوتا", "حكومه", "حكومتها"),
          Set.of("ه", "ها"),
          Set.of("ال", "و"));

  @Test
  void aWordIsClassedByHowManyAffixedFormsTheListHoldsOfIt() {
    assertThat(SMALL.forms("ذهب")).isEqualTo(4);
    assertThat(SMALL.forms("تويوتا")).isZero();
    assertThat(SMALL.forms("فولكسفاغن")).isEqualTo(-1);
    assertThat(SMALL.classOf("ذهب")).isEqualTo("3");
    assertThat(SMALL.classOf("تويوتا")).isEqualTo("0");
    assertThat(SMALL.classOf("حكومه")).isEqualTo("0");
    assertThat(SMALL.classOf("فولكسفاغن")).isEqualTo("unk");
  }

  @Test
  void theBestReadingWithoutProcliticsOrArticleCounts() {
    assertThat(SMALL.classOf("وتويوتا")).isEqualTo("0");
    assertThat(SMALL.classOf("بالذهب")).isEqualTo("3");
    assertThat(SMALL.classOf("لفولكسفاغن")).isEqualTo("unk");
  }

  @Test
  void theShippedListKnowsCommonWordsAndTheirForms() {
    KnownWords words = KnownWords.shared();
    assertThat(words.contains(ArabicText.normalize("حكومة"))).isTrue();
    assertThat(words.classOf(ArabicText.normalize("والحكومة"))).isEqualTo("6");
    assertThat(words.classOf(ArabicText.normalize("فولكسفاغنز"))).isEqualTo("unk");
  }

  @Test
  void theAffixesComeFromTheLexicon() {
    assertThat(Lexicon.shared().section("word-suffix")).contains("ها", "ات");
    assertThat(Lexicon.shared().section("word-prefix")).contains("ال", "و", "لل");
  }
}
