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

  /**
   * Time one article may take; an article over it goes to the dead-letter topic with the reason (a
   * real article takes milliseconds).
   */
  @WithDefault("PT30S")
  java.time.Duration recordBudget();

  /**
   * Workers still stuck past their budget (a runaway article) before liveness asks for a restart.
   */
  @WithDefault("2")
  int maxOverrunningRecords();

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

    /**
     * Most articles the story index keeps (the oldest go first); about 6 KB of heap each. Bounds
     * the memory and the startup replay whatever the volume of the window.
     */
    @WithDefault("20000")
    int maxArticles();

    /** Estimated Jaccard similarity of the shingle sets above which two articles are one story. */
    @WithDefault("0.45")
    double threshold();
  }
}
