package dev.akhbar.enricher.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalisation used for matching names and counting words: Lucene's Arabic normaliser (alef forms,
 * teh marbuta, alef maksura, diacritics and tatweel) plus lowercasing for Latin script.
 */
public final class ArabicText {
  /** Lucene's ArabicNormalizationFilter over the whole string (components reused per thread). */
  private static final Analyzer NORMALIZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          KeywordTokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, new ArabicNormalizationFilter(source));
        }
      };

  private ArabicText() {}

  /**
   * Words seen recently and their normal form: running Lucene's filter costs a token stream per
   * word, and news repeats its words. Bounded; cleared when full.
   */
  private static final int CACHE_SIZE = 50_000;

  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

  public static String normalize(String s) {
    if (belowArabic(s)) {
      return s.toLowerCase(Locale.ROOT);
    }
    if (s.length() > 32) {
      return compute(s);
    }
    String cached = CACHE.get(s);
    if (cached != null) {
      return cached;
    }
    String normalized = compute(s);
    if (CACHE.size() >= CACHE_SIZE) {
      CACHE.clear();
    }
    CACHE.put(s, normalized);
    return normalized;
  }

  /**
   * Whether every character of {@code s} comes before the Arabic block and none is an apostrophe:
   * then its normal form is its lower case (nothing else below U+0600 changes, and lower-casing
   * keeps it there), with no cache look-up. Most words of Latin-script news are such.
   */
  private static boolean belowArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' || c == '\'') {
        return false;
      }
    }
    return true;
  }

  private static String compute(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    String normalized = lower;
    if (isArabic(lower)) {
      try (TokenStream ts = NORMALIZER.tokenStream("t", lower)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        normalized = ts.incrementToken() ? term.toString() : "";
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    StringBuilder sb = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == '’' || c == '\'') {
        c = '\'';
      }
      // Persian/Urdu letter forms that Arabic news also uses.
      if (c == 'ی' || c == 'ې') {
        c = 'ي';
      } else if (c == 'ک') {
        c = 'ك';
      } else if (c == 'ڤ') {
        c = 'ف';
      } else if (c == 'گ') {
        c = 'ج';
      }
      sb.append(c);
    }
    return sb.toString();
  }

  public static boolean isArabicLetter(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC
        && Character.isLetter(cp);
  }

  public static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isArabicLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
