package dev.akhbar.enricher;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Configuration of the enricher ({@code akhbar.enricher.*}). */
@ConfigMapping(prefix = "akhbar.enricher")
public interface EnricherConfig {
  /** ISO 639-1 codes Lingua chooses from. */
  @WithDefault("ar,en,fr,es,de,tr,fa,ur,ru,zh")
  List<String> languages();

  /**
   * Trigram models only (Lingua's low-accuracy mode): about 10 MB of heap and 2 s to load instead
   * of about 275 MB and 10 s for the ten default languages, and as accurate on article-length text.
   * Set false for very short texts.
   */
  @WithDefault("true")
  boolean languageLowAccuracy();

  /** Near-duplicate story ids. */
  Stories stories();

  interface Stories {
    /**
     * Rebuild the story index from the enriched topic at startup and keep following it (so several
     * instances and restarts share one story state).
     */
    @WithDefault("true")
    boolean replay();

    /** How far back the index goes: older articles no longer attract near-duplicates. */
    @WithDefault("P14D")
    java.time.Duration window();

    /** Estimated Jaccard similarity of the shingle sets above which two articles are one story. */
    @WithDefault("0.45")
    double threshold();
  }
}
