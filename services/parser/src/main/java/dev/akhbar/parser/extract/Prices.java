package dev.akhbar.parser.extract;

import java.util.regex.Pattern;

/**
 * Prices written in a text ("$ 1,299.00", "12,50 €"), counted by {@link #PRICE}. The regex tries
 * its second alternative at every digit of the text; a scan around the currency signs and codes
 * first tells whether any price can be there at all (most texts, even with a "$", have none).
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

  /** The prices of {@code text}, at most 100: the count of {@link #PRICE}'s matches. */
  static int count(String text) {
    if (!mayHavePrice(text)) {
      return 0;
    }
    int n = 0;
    var m = PRICE.matcher(text);
    while (m.find() && n < MAX) {
      n++;
    }
    return n;
  }

  /**
   * What every match of PRICE holds: a currency sign before a digit (maybe one space between), or
   * "[.,]" and two digits before a currency mark or code (maybe one space between).
   */
  static boolean mayHavePrice(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹') && digitAfter(text, i + 1)) {
        return true;
      }
    }
    for (String mark : AFTER) {
      for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
        if (centsBefore(text, i)) {
          return true;
        }
      }
    }
    return false;
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
