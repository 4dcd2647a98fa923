package dev.akhbar.parser.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices written in a text ("$ 1,299.00", "12,50 €"), counted by {@link #PRICE}. Over a whole text
 * the regex would try its second alternative at every digit; it is tried only around the currency
 * signs and codes (most texts, even with a "$", have no price).
 */
final class Prices {
  private Prices() {}

  static final Pattern PRICE =
      Pattern.compile(
          "[$€£¥₹]\\s?\\d{1,3}(?:[.,\\s]\\d{3})*(?:[.,]\\d{2})?"
              + "|\\d{1,3}(?:[.,\\s]\\d{3})*[.,]\\d{2}\\s?(?:€|\\$|£|EUR|USD|GBP|ر\\.س|د\\.إ|ج\\.م)");

  /** Marks and codes that may follow an amount (the second alternative of PRICE). */
  private static final String[] AFTER = {"€", "$", "£", "EUR", "USD", "GBP", "ر.س", "د.إ", "ج.م"};

  private static final int MAX = 100;

  /**
   * The prices of {@code text}, at most 100: the count of {@link #PRICE}'s matches. The regex is
   * tried only from the places a match can be: every match holds a candidate (a currency sign
   * before a digit, or a currency mark or code after cents), and starts at its sign, or within the
   * run of digits, separators and spaces before its mark. A candidate's search starts there (or
   * where the last match ended), so the text between candidates is never scanned by the regex, and
   * the matches are those a scan of the whole text finds.
   */
  static int count(String text) {
    int[] candidates = candidates(text);
    int n = 0;
    int from = 0;
    Matcher m = PRICE.matcher(text);
    for (int c : candidates) {
      if (c < from) {
        continue;
      }
      m.region(Math.max(from, runStart(text, c)), text.length());
      if (!m.find()) {
        return n;
      }
      n++;
      from = m.end();
      if (n >= MAX) {
        return n;
      }
    }
    return n;
  }

  /**
   * Where a match of PRICE can be, in text order: a currency sign before a digit (maybe one space
   * between), or a currency mark or code with "[.,]" and two digits before it (maybe one space
   * between).
   */
  private static int[] candidates(String text) {
    int[] out = new int[8];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹') && digitAfter(text, i + 1)) {
        out = n == out.length ? Arrays.copyOf(out, 2 * n) : out;
        out[n++] = i;
      }
    }
    int signs = n;
    for (String mark : AFTER) {
      for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
        if (centsBefore(text, i)) {
          out = n == out.length ? Arrays.copyOf(out, 2 * n) : out;
          out[n++] = i;
        }
      }
    }
    out = Arrays.copyOf(out, n);
    if (n > signs) {
      Arrays.sort(out);
    }
    return out;
  }

  /**
   * Where a match holding the candidate at {@code c} can start: the start of the run of digits,
   * ".", "," and spaces before it (a match's amount is made of those alone).
   */
  private static int runStart(String text, int c) {
    int i = c;
    while (i > 0) {
      char p = text.charAt(i - 1);
      if (!isDigit(p) && p != '.' && p != ',' && !isSpace(p)) {
        break;
      }
      i--;
    }
    return i;
  }

  private static boolean digitAfter(String text, int i) {
    if (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && isDigit(text.charAt(i));
  }

  /** "[.,]\d{2}\s?" just before {@code end}. */
  private static boolean centsBefore(String text, int end) {
    int i = end - 1;
    if (i >= 0 && isSpace(text.charAt(i))) {
      i--;
    }
    return i >= 2
        && isDigit(text.charAt(i))
        && isDigit(text.charAt(i - 1))
        && (text.charAt(i - 2) == '.' || text.charAt(i - 2) == ',');
  }

  /** {@code \s} of a regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
