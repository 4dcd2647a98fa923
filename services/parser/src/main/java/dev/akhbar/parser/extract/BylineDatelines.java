package dev.akhbar.parser.extract;

/**
 * A dateline before an Arabic byline: the city the story was filed from, then a dash, then the
 * byline word ("القاهرة - كتب: محمد علي", "الرياض ـ كتبت: سارة يوسف"). Only lines that open with an
 * Arabic-script letter are read, so other pages cost nothing.
 */
final class BylineDatelines {
  /** A dateline is a city of a word or three: its dash comes this early in the line. */
  private static final int MAX_DATELINE_CHARS = 30;

  private BylineDatelines() {}

  /**
   * {@code line} after its dateline when what follows the dash opens with a byline word; otherwise
   * {@code line} itself (also when the line opens with a byline word already: "كتب - محمد علي").
   */
  static String after(String line) {
    String s = line.strip();
    int dash = dash(s, 0);
    if (dash < 0 || opensByline(s)) {
      return line;
    }
    String rest = s.substring(dash + 1).strip();
    return opensByline(rest) && cityBefore(s, dash) ? rest : line;
  }

  /**
   * Whether {@code text} from {@code start} may open with a dateline: an Arabic-script letter
   * first, and a dash after a space early enough. A cheap test of a text node before its element's
   * text is built.
   */
  static boolean mayOpen(String text, int start) {
    return dash(text, start) >= 0;
  }

  /** Where the dateline of {@code text} from {@code start} ends: its dash, or -1 without one. */
  private static int dash(String text, int start) {
    if (start >= text.length() || !arabicScript(text.charAt(start))) {
      return -1;
    }
    int end = Math.min(text.length(), start + MAX_DATELINE_CHARS);
    for (int i = start + 1; i < end; i++) {
      if (isDash(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean opensByline(String s) {
    return Bylines.PREFIX.matcher(s + " ").find();
  }

  /** Letters and spaces only before the dash: a place name, not a sentence or a date. */
  private static boolean cityBefore(String s, int dash) {
    for (int i = 0; i < dash; i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—' || c == 'ـ';
  }

  private static boolean arabicScript(char c) {
    return c >= '\u0600' && c <= '\u06ff' || c >= '\u0750' && c <= '\u077f';
  }
}
