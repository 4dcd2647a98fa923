package dev.akhbar.enricher.entities.model;

import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.text.ArabicClitics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Arabic words known beyond the training corpus: the word list of Tesseract's Arabic model
 * (arabic-words.txt.gz, normalised; source and licence in the enricher's NOTICE.md), and how
 * productive a word is in it. A word of the list that also appears with many of lexicon.txt's
 * {@code word-suffix} and {@code word-prefix} affixes (ذهب: ذهبه، ذهبها، الذهب…) is a common noun,
 * adjective or verb; a word outside the list, or in it with few affixed forms (تويوتا, بنفيكا), is
 * more often a transliterated name. The list holds names too, so the feature is graded, not a
 * yes/no.
 */
final class KnownWords {
  /** The resource, one normalised word a line. */
  static final String RESOURCE = "arabic-words.txt.gz";

  private final Set<String> words;
  private final List<String> suffixes;
  private final List<String> prefixes;

  KnownWords(Set<String> words, Set<String> suffixes, Set<String> prefixes) {
    this.words = words;
    this.suffixes = List.copyOf(suffixes);
    this.prefixes = List.copyOf(prefixes);
  }

  /** One list per JVM (read-only once loaded), read on first use by an Arabic model. */
  static KnownWords shared() {
    return Shared.WORDS;
  }

  private static final class Shared {
    static final KnownWords WORDS = load(Lexicon.shared());
  }

  static KnownWords load(Lexicon lexicon) {
    Set<String> words = new HashSet<>(160_000);
    try (InputStream in = KnownWords.class.getResourceAsStream(RESOURCE);
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty()) {
          words.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KnownWords(words, lexicon.section("word-suffix"), lexicon.section("word-prefix"));
  }

  boolean contains(String norm) {
    return words.contains(norm);
  }

  /**
   * The known-word class of a normalised Arabic word, over its readings without proclitics and its
   * core without the article: "unk" when no reading is listed, else the most affixed forms any
   * listed reading has, bucketed: "0", "1" (1-2), "3" (3-5), "6" (6 or more).
   */
  String classOf(String norm) {
    int best = -1;
    for (ArabicClitics.Reading r : ArabicClitics.readings(norm)) {
      best = Math.max(best, forms(r.norm()));
    }
    best = Math.max(best, forms(ArabicClitics.core(norm)));
    if (best < 0) {
      return "unk";
    }
    return best == 0 ? "0" : best <= 2 ? "1" : best <= 5 ? "3" : "6";
  }

  /** How many affixed forms of {@code w} the list holds; -1 when {@code w} is not listed. */
  int forms(String w) {
    if (!words.contains(w)) {
      return -1;
    }
    int n = 0;
    for (String s : suffixes) {
      if (words.contains(w + s)) {
        n++;
      }
    }
    for (String p : prefixes) {
      if (words.contains(p + w)) {
        n++;
      }
    }
    return n;
  }
}
