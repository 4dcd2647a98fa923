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
   * The facts of one token; {@code listed} and {@code listedStripped}: the names of the {@link
   * NameList} starting with the normalised and the stripped form ({@link NameList#start}; none
   * without a list, or for a stripped form equal to the normalised one).
   */
  record Word(
      String norm,
      String shape,
      String stripped,
      String lex,
      String tokenClass,
      boolean arabic,
      NameList.Start listed,
      NameList.Start listedStripped) {}

  private final Lexicon lexicon;
  private final NameList names;
  private final Map<String, Entry> cache = new HashMap<>();

  /**
   * A word of the cache: its facts, and the decoder's weights of it once looked up (set by {@link
   * SequenceDecoder}, so that a word seen before costs one look-up in all). The features, and so
   * their word facts, serve one decoder: NameTagger pairs them by language.
   */
  static final class Entry {
    final Word word;
    SequenceDecoder.WordWeights weights;

    Entry(Word word) {
      this.word = word;
    }
  }

  WordFacts(Lexicon lexicon) {
    this(lexicon, null);
  }

  WordFacts(Lexicon lexicon, NameList names) {
    this.lexicon = lexicon;
    this.names = names;
  }

  Word of(String token) {
    return entry(token).word;
  }

  Entry entry(String token) {
    Entry e = cache.get(token);
    if (e == null) {
      e = new Entry(compute(token));
      if (cache.size() >= CACHE_WORDS) {
        cache.clear();
      }
      cache.put(token, e);
    }
    return e;
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
        names == null ? NameList.NONE : names.start(norm),
        names == null || stripped.equals(norm) ? NameList.NONE : names.start(stripped));
  }
}
