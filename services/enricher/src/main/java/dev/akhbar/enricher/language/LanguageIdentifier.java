package dev.akhbar.enricher.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.akhbar.events.Enrichment;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Language identification with Lingua, restricted to a configured set of languages. The models are
 * loaded once, when the identifier is built; one instance is shared by all threads.
 */
public final class LanguageIdentifier {
  /** Lingua is accurate well before this; longer texts only cost time. */
  private static final int MAX_CHARS = 1_500;

  private final LanguageDetector detector;

  /**
   * @param isoCodes ISO 639-1 codes of the candidate languages ("ar", "en"...)
   * @param lowAccuracy trigram models only: a fraction of the memory, fine for article-length text
   */
  public LanguageIdentifier(Collection<String> isoCodes, boolean lowAccuracy) {
    if (isoCodes.size() < 2) {
      throw new IllegalArgumentException("Lingua needs at least two candidate languages");
    }
    IsoCode639_1[] codes =
        isoCodes.stream()
            .map(c -> IsoCode639_1.valueOf(c.strip().toUpperCase(Locale.ROOT)))
            .toArray(IsoCode639_1[]::new);
    LanguageDetectorBuilder builder =
        LanguageDetectorBuilder.fromIsoCodes639_1(codes).withPreloadedLanguageModels();
    if (lowAccuracy) {
      builder = builder.withLowAccuracyMode();
    }
    this.detector = builder.build();
  }

  /** The most likely language of {@code text} with its confidence, script and direction. */
  public Enrichment.Language identify(String text) {
    String sample =
        text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Scripts.Dominant script = Scripts.dominant(sample);
    if (script.letters() == 0) {
      return new Enrichment.Language("und", 0.0, script.code(), script.direction());
    }
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
    if (values.isEmpty()) {
      return new Enrichment.Language("und", 0.0, script.code(), script.direction());
    }
    Map.Entry<Language, Double> best = null;
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      if (best == null || e.getValue() > best.getValue()) {
        best = e;
      }
    }
    String code = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    double confidence = Math.round(best.getValue() * 1000) / 1000.0;
    return new Enrichment.Language(code, confidence, script.code(), script.direction());
  }
}
