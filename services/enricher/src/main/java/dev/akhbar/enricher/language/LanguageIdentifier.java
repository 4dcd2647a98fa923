package dev.akhbar.enricher.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import dev.akhbar.events.Enrichment;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Language identification with Lingua, restricted to a configured set of languages. The models are
 * loaded once, when the identifier is built; one instance is shared by all threads.
 *
 * <p>Two bounds keep it cheap on long articles (DESIGN.md "Speed"): Lingua reads a sample of the
 * text (the first 400 letters, at most 1,500 characters), and a sample written in one script (at
 * least 90% of its letters) goes to a detector of the candidate languages written in that script
 * (ICU's script of each language: ar, fa, ur → Arab; en, fr, es, de, tr → Latn). Lingua's own rules
 * keep only the languages of the text's main alphabet anyway; the narrower detector skips their
 * cost on the others.
 */
public final class LanguageIdentifier {
  /** Lingua is accurate well before this; longer texts only cost time. */
  private static final int MAX_CHARS = 1_500;

  /**
   * Letters sampled. Against 900 letters, 6 of the project's 2,535 texts change language, all of
   * them tables of names and scores or product lists (DESIGN.md "Speed"); Lingua takes about half
   * the time.
   */
  private static final int MAX_LETTERS = 400;

  /** Share of the sample's letters in one script from which the script's detector answers. */
  private static final double ONE_SCRIPT = 0.9;

  private final LanguageDetector detector;
  private final Map<Integer, LanguageDetector> byScript = new HashMap<>();

  /**
   * @param isoCodes ISO 639-1 codes of the candidate languages ("ar", "en"...)
   * @param lowAccuracy trigram models only: a fraction of the memory, fine for article-length text
   */
  public LanguageIdentifier(Collection<String> isoCodes, boolean lowAccuracy) {
    if (isoCodes.size() < 2) {
      throw new IllegalArgumentException("Lingua needs at least two candidate languages");
    }
    List<IsoCode639_1> codes =
        isoCodes.stream()
            .map(c -> IsoCode639_1.valueOf(c.strip().toUpperCase(Locale.ROOT)))
            .toList();
    this.detector = build(codes, lowAccuracy);
    Map<Integer, Set<IsoCode639_1>> scripts = new HashMap<>();
    for (IsoCode639_1 code : codes) {
      for (int script : UScript.getCode(new ULocale(code.name().toLowerCase(Locale.ROOT)))) {
        scripts.computeIfAbsent(script, s -> new LinkedHashSet<>()).add(code);
      }
    }
    scripts.forEach(
        (script, group) -> {
          if (group.size() >= 2 && group.size() < codes.size()) {
            byScript.put(script, build(List.copyOf(group), lowAccuracy));
          }
        });
  }

  private static LanguageDetector build(List<IsoCode639_1> codes, boolean lowAccuracy) {
    LanguageDetectorBuilder builder =
        LanguageDetectorBuilder.fromIsoCodes639_1(codes.toArray(IsoCode639_1[]::new))
            .withPreloadedLanguageModels();
    if (lowAccuracy) {
      builder = builder.withLowAccuracyMode();
    }
    return builder.build();
  }

  /** The most likely language of {@code text} with its confidence, script and direction. */
  public Enrichment.Language identify(String text) {
    String sample = sample(text == null ? "" : text);
    Scripts.Dominant script = Scripts.dominant(sample);
    if (script.letters() == 0) {
      return new Enrichment.Language("und", 0.0, script.code(), script.direction());
    }
    LanguageDetector chosen =
        script.share() >= ONE_SCRIPT ? byScript.getOrDefault(script.script(), detector) : detector;
    SortedMap<Language, Double> values = chosen.computeLanguageConfidenceValues(sample);
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

  /** The text up to its {@link #MAX_LETTERS}th letter, at most {@link #MAX_CHARS} characters. */
  static String sample(String text) {
    int max = Math.min(text.length(), MAX_CHARS);
    int letters = 0;
    for (int i = 0; i < max; i++) {
      if (Character.isLetter(text.charAt(i)) && ++letters == MAX_LETTERS) {
        return text.substring(0, i + 1);
      }
    }
    return text.substring(0, max);
  }
}
