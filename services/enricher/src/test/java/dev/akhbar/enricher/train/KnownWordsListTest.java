package dev.akhbar.enricher.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownWordsListTest {
  @Test
  void keepsArabicWordsNormalisedOnceAndDropsDebris() {
    assertThat(
            KnownWordsList.words(
                List.of("ذهبيّة", "ذهبية", "أحمد", "ذهب_كويتي", "+صور", "الرئيسية|", "abc", "ب")))
        .containsExactly("احمد", "ذهبيه");
  }
}
