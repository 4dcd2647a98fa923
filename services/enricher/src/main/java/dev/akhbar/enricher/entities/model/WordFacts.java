package dev.akhbar.enricher.entities.model;

import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.text.ArabicClitics;
import dev.akhbar.enricher.text.ArabicText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * What the name finder's features need about one token's text alone (its normalised form, shape,
 * form without Arabic proclitics, lexicon sections and OpenNLP token class), computed once per
 * distinct word and kept in a bounded cache: a word seen before costs one look-up instead of a
 * normalisation, a shape and two dozen lexicon look-ups. Not thread-safe (one per {@link
 * NewsFeatures}); the facts are a pure function of the token, so caching changes no feature.
 */
final class WordFacts {
  private static final List<String> SECTIONS =
      List.of(
          "person-title",
          "role-head",
          "title-modifier",
          "given-name",
          "org-head",
          "reporting-verb",
          "nationality",
          "location-trigger",
          "location-preposition",
          "geo-head",
          "facility",
          "not-name");

  /** Distinct words kept; the cache is emptied when it is full. */
  static final int CACHE_WORDS = 60_000;

  /**
   * The facts of one token; {@code listed} and {@code listedStripped}: the lengths of the names of
   * the {@link NameList} starting with the normalised and the stripped form ({@link
   * NameList#lengthsFrom}; 0 without a list, or for a stripped form equal to the normalised one).
   */
  record Word(
      String norm,
      String shape,
      String stripped,
      String lex,
      String tokenClass,
      boolean arabic,
      int listed,
      int listedStripped) {}

  private final Lexicon lexicon;
  private final NameList names;
  private final Map<String, Word> cache = new HashMap<>();

  WordFacts(Lexicon lexicon) {
    this(lexicon, null);
  }

  WordFacts(Lexicon lexicon, NameList names) {
    this.lexicon = lexicon;
    this.names = names;
  }

  Word of(String token) {
    Word w = cache.get(token);
    if (w == null) {
      w = compute(token);
      if (cache.size() >= CACHE_WORDS) {
        cache.clear();
      }
      cache.put(token, w);
    }
    return w;
  }

  Word compute(String t) {
    boolean ar = ArabicText.isArabicLetter(t.codePointAt(0));
    String norm = ar ? ArabicText.normalize(t) : t.toLowerCase(Locale.ROOT);
    String stripped = ar ? ArabicClitics.stripped(norm).norm() : norm;
    StringBuilder sb = null;
    for (String section : SECTIONS) {
      if (lexicon.has(section, norm) || lexicon.has(section, stripped)) {
        sb = sb == null ? new StringBuilder(section) : sb.append('+').append(section);
      }
    }
    return new Word(
        norm,
        NewsFeatures.shape(t),
        stripped,
        sb == null ? null : sb.toString(),
        FeatureGeneratorUtil.tokenFeature(t),
        ar,
        names == null ? 0 : names.lengthsFrom(norm),
        names == null || stripped.equals(norm) ? 0 : names.lengthsFrom(stripped));
  }
}
