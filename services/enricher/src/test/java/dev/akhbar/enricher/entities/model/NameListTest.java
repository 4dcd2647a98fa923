package dev.akhbar.enricher.entities.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NameListTest {
  static final Map<String, String> NAMES =
      Map.of(
          "new york", "LOC",
          "new york times", "ORG",
          "york", "LOC",
          "times", "MISC",
          "موسكو", "LOC",
          "البنك الدولي", "ORG",
          "bank of new york mellon", "ORG",
          "bank", "ORG",
          "وبنك", "ORG",
          "بنك مصر", "ORG");

  @Test
  void longestListedNameCoversItsTokens() {
    String[] tags =
        new NameList(NAMES).tags(new String[] {"the", "new", "york", "times", "said"}, null);
    assertThat(tags).containsExactly(null, "B-ORG", "I-ORG", "I-ORG", null);
  }

  @Test
  void arabicNameMayStartWithAClitic() {
    String[] norms = {"وموسكو", "والبنك", "الدولي"};
    String[] stripped = {"موسكو", "البنك", "الدولي"};
    assertThat(new NameList(NAMES).tags(norms, stripped))
        .containsExactly("B-LOC", "B-ORG", "I-ORG");
  }

  @Test
  void firstWordShortcutTagsAsTheFullSearchDoes() {
    NameList fast = new NameList(NAMES);
    NameList full =
        new NameList(NAMES) {
          @Override
          protected String type(String key) {
            return super.type(key);
          }
        };
    String[][] sentences = {
      {"new", "york", "times"},
      {"new", "york"},
      {"york", "times", "new"},
      {"a", "new", "new", "york", "times", "times"},
      {"والبنك", "الدولي", "وموسكو", "new"},
      {"bank", "of", "new", "york", "mellon", "said"},
      {"bank", "of", "new", "york", "times"},
      {"the", "bank", "of", "new"},
      {"وبنك", "مصر", "بنك", "مصر", "وبنك"},
    };
    for (String[] s : sentences) {
      String[] stripped = s.clone();
      for (int i = 0; i < s.length; i++) {
        stripped[i] = s[i].startsWith("و") ? s[i].substring(1) : s[i];
      }
      assertThat(fast.tags(s, null)).isEqualTo(full.tags(s, null));
      assertThat(fast.tags(s, stripped)).isEqualTo(full.tags(s, stripped));
    }
  }
}
