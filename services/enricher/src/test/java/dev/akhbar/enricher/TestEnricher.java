package dev.akhbar.enricher;

import dev.akhbar.enricher.stories.StoryIndex;
import java.time.Duration;
import java.util.List;

/** One enricher per test JVM: the language models load once. */
public final class TestEnricher {
  public static final List<String> LANGUAGES =
      List.of("ar", "en", "fr", "es", "de", "tr", "fa", "ur", "ru", "zh");

  private static Enricher shared;

  private TestEnricher() {}

  public static synchronized Enricher get() {
    if (shared == null) {
      shared = create(new StoryIndex(0.45, Duration.ofDays(14)));
    }
    return shared;
  }

  public static Enricher create(StoryIndex stories) {
    return Enricher.create(LANGUAGES, true, stories);
  }
}
