package dev.akhbar.support.text;

/**
 * The services' one digit folding: every decimal digit of the Basic Multilingual Plane (Unicode
 * category Nd: Arabic-Indic ٠-٩, Extended Arabic-Indic/Persian ۰-۹, Devanagari, full-width...) as
 * its ASCII digit, by the JDK's {@link Character#digit(char, int)}. One char for one, so offsets
 * into the folded text are offsets into the original (the enricher's mentions rely on that); digits
 * outside the BMP (surrogate pairs) are left as they are for the same reason.
 */
public final class Digits {
  private Digits() {}

  /** {@code s} with its decimal digits as ASCII digits; {@code s} itself when it has none. */
  public static String ascii(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // every Nd character but ASCII's lies at or above U+0660 (Arabic-Indic zero)
      if (c >= '\u0660' && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return b == null ? s : b.toString();
  }
}
