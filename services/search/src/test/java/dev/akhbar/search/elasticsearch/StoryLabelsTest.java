package dev.akhbar.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryLabelsTest {
  private final StoryLabels labels = new StoryLabels();
  private final List<List<String>> lookups = new ArrayList<>();

  private Map<String, String> lookUp(List<String> ids) {
    lookups.add(ids);
    return Map.of("a", "Title of a", "b", "Title of b");
  }

  @Test
  void looksUpOnlyTheStoriesItDoesNotKnowInOneCall() throws Exception {
    assertThat(labels.of(List.of("a", "c"), this::lookUp))
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "Title of a"));
    assertThat(labels.of(List.of("a", "b", "c"), this::lookUp))
        .as("c has no label: remembered as such, not looked up again")
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "Title of a", "b", "Title of b"));
    assertThat(lookups).containsExactly(List.of("a", "c"), List.of("b"));
    labels.of(List.of("b", "a", "c"), this::lookUp);
    assertThat(lookups).hasSize(2);
  }
}
