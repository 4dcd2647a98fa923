package dev.akhbar.enricher.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Numbers and percentages in one linear pass over the text, without regular expressions: they run
 * on every article body, and a scan looks at each character once whatever the text holds (a list of
 * 40,000 numbers, a megabyte of digits).
 *
 * <p>A number is up to 30 digits, then at most {@value #MAX_GROUPS} separator-and-digits groups
 * ("1,500,000", "3.5", "٣٫٥" once its digits are ASCII). It does not start right after a letter (a
 * model name, "A380") and is not part of a longer run of digits and separators (the middle of a
 * list is not a number of its own). A percentage is a number followed by %, ٪, "percent", "per
 * cent" or "في المائة" and its spellings (after at most one space); letters may come before it.
 */
final class Numbers {
  static final int MAX_GROUPS = 6;
  private static final int MAX_DIGITS = 30;

  private static final Set<String> PERCENT_WORDS = Set.of("percent", "بالمائة", "بالمئة");
  private static final Set<String> PERCENT_PHRASES = Set.of("per cent", "في المائة", "في المئة");
  private static final Set<String> MULTIPLIERS =
      Set.of(
          "ألف",
          "آلاف",
          "مليون",
          "ملايين",
          "مليار",
          "مليارات",
          "thousand",
          "million",
          "billion",
          "bn",
          "m");

  /**
   * One number found.
   *
   * @param start first character
   * @param end after the number, or after its percent sign or multiplier word
   * @param digits the number as written (ASCII digits, its separators)
   * @param multiplier the multiplier word, or null
   * @param percent whether it is a percentage
   */
  record Found(int start, int end, String digits, String multiplier, boolean percent) {}

  private Numbers() {}

  /** Numbers and percentages of {@code text}, whose digits are ASCII, in text order. */
  static List<Found> scan(String text) {
    List<Found> found = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean ok = true;
      int j = digits(text, i);
      ok &= j - i <= MAX_DIGITS;
      int groups = 0;
      while (j + 1 < n && isSeparator(text.charAt(j)) && isDigit(text.charAt(j + 1))) {
        int k = digits(text, j + 1);
        ok &= k - (j + 1) <= MAX_DIGITS;
        groups++;
        j = k;
      }
      i = j; // the whole run is one candidate: nothing inside it starts a number of its own
      if (!ok || groups > MAX_GROUPS) {
        continue;
      }
      char before = start == 0 ? ' ' : text.charAt(start - 1);
      String digits = text.substring(start, j);
      int percentEnd = percentEnd(text, j);
      if (percentEnd > 0) {
        found.add(new Found(start, percentEnd, digits, null, true));
      } else if (!Character.isLetter(before)) {
        int[] word = multiplier(text, j);
        found.add(
            word == null
                ? new Found(start, j, digits, null, false)
                : new Found(start, word[1], digits, text.substring(word[0], word[1]), false));
      }
    }
    return found;
  }

  /** Where a percent sign or word after the number at {@code end} ends, or -1. */
  private static int percentEnd(String text, int end) {
    for (int at : afterOptionalSpace(text, end)) {
      if (at < text.length() && (text.charAt(at) == '%' || text.charAt(at) == '٪')) {
        return at + 1;
      }
      int[] word = word(text, at);
      if (word == null) {
        continue;
      }
      String w = text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
      if (PERCENT_WORDS.contains(w)) {
        return word[1];
      }
      int[] next =
          word[1] < text.length() && text.charAt(word[1]) == ' ' ? word(text, word[1] + 1) : null;
      if (next != null
          && PERCENT_PHRASES.contains(
              w + " " + text.substring(next[0], next[1]).toLowerCase(Locale.ROOT))) {
        return next[1];
      }
    }
    return -1;
  }

  /** The multiplier word after the number at {@code end} ([start, end)), or null. */
  private static int[] multiplier(String text, int end) {
    for (int at : afterOptionalSpace(text, end)) {
      int[] word = word(text, at);
      if (word != null
          && MULTIPLIERS.contains(text.substring(word[0], word[1]).toLowerCase(Locale.ROOT))) {
        return word;
      }
    }
    return null;
  }

  /** {@code end}, and {@code end + 1} when one space follows the number ({@code \\s?}). */
  private static int[] afterOptionalSpace(String text, int end) {
    return end < text.length() && isSpace(text.charAt(end))
        ? new int[] {end + 1, end}
        : new int[] {end};
  }

  /** The letters starting at {@code at}, as [start, end), when they end a word; or null. */
  private static int[] word(String text, int at) {
    int e = at;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    boolean endsWord = e >= text.length() || !isWordChar(text.charAt(e));
    return e > at && endsWord ? new int[] {at, e} : null;
  }

  /**
   * A letter, any number (m², ½ included) or '_': what goes on a word ({@code [\\p{L}\\p{N}_]}).
   */
  private static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER
        || c == '_';
  }

  private static int digits(String text, int from) {
    int j = from;
    while (j < text.length() && isDigit(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == ',' || c == '٫' || c == '٬';
  }

  /** What {@code \s} matches in java.util.regex. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
