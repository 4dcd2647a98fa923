package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.ArabicText;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** Trigger words (lexicon.txt) and stop words (Lucene's Arabic and English stop sets). */
public final class Lexicon {
  private final Map<String, Set<String>> sections = new HashMap<>();
  private final Map<String, Integer> longest = new HashMap<>();
  private final Set<String> stopwords = new HashSet<>();

  public static Lexicon load() {
    return shared();
  }

  /** One lexicon per JVM for the name finders' features (read-only once loaded). */
  public static Lexicon shared() {
    return Shared.LEXICON;
  }

  private static final class Shared {
    static final Lexicon LEXICON = new Lexicon();
  }

  private Lexicon() {
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = null;
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          section = line.substring(1, line.length() - 1);
          continue;
        }
        String key = key(line);
        sections.computeIfAbsent(section, s -> new HashSet<>()).add(key);
        longest.merge(section, key.split(" ").length, Math::max);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Object w : ArabicAnalyzer.getDefaultStopSet()) {
      stopwords.add(ArabicText.normalize(new String((char[]) w)));
    }
    for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      stopwords.add(new String((char[]) w));
    }
    stopwords.addAll(
        List.of(
            "he", "she", "his", "her", "its", "we", "our", "you", "i", "has", "had", "have", "was",
            "were", "been", "said", "also", "after", "before", "while", "would", "could", "should",
            "will", "may", "can", "from", "about", "over", "than", "more", "most", "who", "which",
            "what", "when", "where", "new", "last", "first", "this", "those", "these", "one", "two",
            "أن", "إن", "ان", "انه", "انها", "الذي", "التي", "الذين", "عن", "على", "علي", "الي",
            "في", "من", "مع", "بعد", "قبل", "حتى", "منذ", "خلال", "بين", "لكن", "او", "ثم", "قد",
            "لم", "لن", "ما", "هذا", "هذه", "ذلك", "تلك", "هناك", "كما", "ايضا", "نحو", "يوم",
            "عام", "حول", "عند", "غير", "كل", "بعض", "اي", "وقد", "فقد", "لقد", "وكان", "كان",
            "كانت"));
  }

  /** The normalised lookup key of a phrase: its tokens' normal forms joined by spaces. */
  public static String key(String phrase) {
    return Tokenizer.tokenize(phrase).stream().map(Token::norm).collect(Collectors.joining(" "));
  }

  public boolean has(String section, String normKey) {
    Set<String> s = sections.get(section);
    return s != null && s.contains(normKey);
  }

  /** Longest phrase of {@code section} starting at token {@code i} (0 when none). */
  public int match(String section, List<Token> tokens, int i, String firstNorm) {
    int max = longest.getOrDefault(section, 0);
    for (int len = Math.min(max, tokens.size() - i); len >= 1; len--) {
      StringBuilder sb = new StringBuilder(firstNorm);
      for (int k = i + 1; k < i + len; k++) {
        sb.append(' ').append(tokens.get(k).norm());
      }
      if (has(section, sb.toString())) {
        return len;
      }
    }
    return 0;
  }

  public boolean isStopword(String norm) {
    return stopwords.contains(norm);
  }

  public Set<String> stopwords() {
    return stopwords;
  }
}
