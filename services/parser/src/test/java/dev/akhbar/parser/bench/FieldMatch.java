package dev.akhbar.parser.bench;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the harness compares title, authors and date with the annotation. Written down once so that
 * every extractor is scored by the same rules.
 *
 * <ul>
 *   <li>title: equal after Unicode NFKC, collapsing whitespace and writing typographic quotes and
 *       apostrophes as ASCII ones; case and every other character count;
 *   <li>authors: the same set of names, each name compared as its set of words (lowercase, without
 *       accents); names are split on commas, semicolons, "&amp;", "and", "|" and "/"; credentials
 *       after a name (an item after the first without a lowercase letter such as "MS, RD", or
 *       "Ph.D.") are not names;
 *   <li>date: the calendar day of the publication time, in the offset the page gave, equals the
 *       annotated day (or falls in the annotated month when only a month is given).
 * </ul>
 */
public final class FieldMatch {
  private FieldMatch() {}

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NAME_SPLIT =
      Pattern.compile("\\s*(?:[,;|/&]|\\band\\b|\\bund\\b|\\bet\\b|،|و(?=\\s))\\s*");
  private static final Pattern CREDENTIAL =
      Pattern.compile("(?i)(?:ph\\.?\\s?d\\.?|m\\.?d\\.?|jr\\.?|sr\\.?|esq\\.?|m\\.?s\\.?)");

  public static String normalizeTitle(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    n = n.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"');
    n = n.replace('\u201d', '"').replace('\u00a0', ' ');
    return SPACES.matcher(n).replaceAll(" ").strip();
  }

  public static boolean sameTitle(String expected, String got) {
    return got != null && normalizeTitle(expected).equals(normalizeTitle(got));
  }

  /** The names of an author string, each as its set of words. */
  static List<Set<String>> names(String s) {
    List<Set<String>> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String item : NAME_SPLIT.split(s.strip())) {
      String t = item.strip();
      if (t.isEmpty() || !out.isEmpty() && credential(t)) {
        continue;
      }
      Set<String> words = new HashSet<>(ShingleMetric.tokens(fold(t)));
      words.remove("by");
      if (!words.isEmpty() && !out.contains(words)) {
        out.add(words);
      }
    }
    return out;
  }

  /** "MS", "RD", "E-RYT 200", "Ph.D.": no lowercase letter and short words, or a degree. */
  private static boolean credential(String t) {
    if (CREDENTIAL.matcher(t).matches()) {
      return true;
    }
    if (!t.equals(t.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (String w : t.split("[^\\p{L}]+")) {
      if (w.length() > 4) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    return d.replaceAll("\\p{M}+", "");
  }

  public static boolean sameAuthors(String expected, List<String> got) {
    List<Set<String>> want = names(expected);
    List<Set<String>> have = new ArrayList<>();
    for (String g : got) {
      for (Set<String> n : names(g)) {
        if (!have.contains(n)) {
          have.add(n);
        }
      }
    }
    return !want.isEmpty() && new HashSet<>(want).equals(new HashSet<>(have));
  }

  public static boolean sameDate(String expected, OffsetDateTime got) {
    // "2015-11": an annotation of the month only matches any day of it.
    return got != null && got.toLocalDate().toString().startsWith(expected.strip());
  }
}
