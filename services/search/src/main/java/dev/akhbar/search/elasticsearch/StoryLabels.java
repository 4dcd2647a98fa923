package dev.akhbar.search.elasticsearch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of stories (the title of each story's first article), remembered: a story's first
 * article rarely changes once the story has two, and the same stories top the facets of many
 * searches. A label is kept {@link #TTL} (a story that gains an earlier article shows the new label
 * after that) and at most {@link #SIZE} of them, the least used going first.
 */
final class StoryLabels {
  static final int SIZE = 20_000;
  static final Duration TTL = Duration.ofMinutes(10);

  /** Looks up the labels of stories not remembered: story id to label, none for a story without. */
  @FunctionalInterface
  interface Lookup {
    Map<String, String> labels(List<String> storyIds) throws IOException;
  }

  /** A story without a label (its first title is longer than the keyword field keeps). */
  private static final Optional<String> NONE = Optional.empty();

  private final Cache<String, Optional<String>> labels =
      Caffeine.newBuilder().maximumSize(SIZE).expireAfterWrite(TTL).build();

  /** The labels of {@code storyIds}, looking up those not remembered in one call. */
  Map<String, String> of(List<String> storyIds, Lookup lookup) throws IOException {
    Map<String, String> out = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String id : storyIds) {
      Optional<String> label = labels.getIfPresent(id);
      if (label == null) {
        missing.add(id);
      } else {
        label.ifPresent(l -> out.put(id, l));
      }
    }
    if (!missing.isEmpty()) {
      Map<String, String> found = lookup.labels(missing);
      for (String id : missing) {
        String label = found.get(id);
        labels.put(id, label == null ? NONE : Optional.of(label));
        if (label != null) {
          out.put(id, label);
        }
      }
    }
    return out;
  }
}
