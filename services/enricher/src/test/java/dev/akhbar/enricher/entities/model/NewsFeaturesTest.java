package dev.akhbar.enricher.entities.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.enricher.entities.Gazetteer;
import dev.akhbar.enricher.entities.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsFeaturesTest {
  static final WordClasses CLASSES =
      new WordClasses(Map.of("moscow", new String[] {"50:3", "200:17", "800:301", "cap4"}));

  static List<String> features(boolean arabic, String[] tokens, int i) {
    NewsFeatures f = new NewsFeatures(arabic, CLASSES, null, Lexicon.shared(), Gazetteer.shared());
    List<String> out = new ArrayList<>();
    f.createFeatures(out, tokens, i, new String[i]);
    return out;
  }

  @Test
  void shapesCollapseRuns() {
    assertThat(NewsFeatures.shape("Moscow")).isEqualTo("Xx");
    assertThat(NewsFeatures.shape("NATO")).isEqualTo("X");
    assertThat(NewsFeatures.shape("U")).isEqualTo("X1");
    assertThat(NewsFeatures.shape("1996-08-22")).isEqualTo("d-d-d");
    assertThat(NewsFeatures.shape("وموسكو")).isEqualTo("A");
  }

  @Test
  void englishWordsCarryContextShapeClassesAndGazetteer() {
    List<String> f = features(false, new String[] {"Talks", "in", "Moscow", "ended"}, 2);
    assertThat(f)
        .contains(
            "w=moscow",
            "w-1=in",
            "w+1=ended",
            "s=Xx",
            "suf3=cow",
            "wc=800:301",
            "wc=cap4",
            "gz=B-LOCATION",
            "lx-1=location-preposition");
  }

  @Test
  void arabicWordsAreSeenWithoutTheirClitics() {
    List<String> f = features(true, new String[] {"وصل", "الوفد", "الى", "وموسكو"}, 3);
    assertThat(f).contains("st=موسكو", "pfx=و", "core=موسكو", "gz=B-LOCATION", "wc=unk");
  }
}
