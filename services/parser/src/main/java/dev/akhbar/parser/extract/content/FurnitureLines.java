package dev.akhbar.parser.extract.content;

import dev.akhbar.parser.extract.LanguageData;
import dev.akhbar.parser.extract.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Page furniture that only its words give away, in the right-to-left languages we read (Arabic,
 * Persian, Urdu): "read also" lines inside the text, calls to share, follow or subscribe, and
 * disclaimers, comment policies and copyright notices at its end. Sites put them inside the
 * article's own element with neutral class names, where structure keeps them. The phrases are
 * language data ({@code furniture-*.txt}); lines are compared folded ({@link #fold}).
 */
final class FurnitureLines {
  private static final Pattern READ_ALSO = load("furniture-read-also.txt", "^\\W*(?:", ")");
  private static final Pattern CALL = load("furniture-calls.txt", "^\\W*(?:", ")\\W*$");
  private static final Pattern NOTICE = load("furniture-notices.txt", "(?:", ")");

  /** A "read also" line carries one headline: longer text is a paragraph that begins alike. */
  static final int MAX_READ_ALSO_CHARS = 250;

  static final int MAX_CALL_CHARS = 160;
  static final int MAX_NOTICE_CHARS = 600;

  private FurnitureLines() {}

  /** A "read also" line or a call, left out wherever it stands. */
  static boolean isLine(String text) {
    if (text.length() > MAX_READ_ALSO_CHARS || !rightToLeft(text)) {
      return false;
    }
    String f = fold(text);
    return READ_ALSO.matcher(f).find() || text.length() <= MAX_CALL_CHARS && CALL.matcher(f).find();
  }

  /** A disclaimer, comment policy or copyright notice: left out at the end of the body. */
  static boolean isNotice(String text) {
    return text.length() <= MAX_NOTICE_CHARS
        && rightToLeft(text)
        && NOTICE.matcher(fold(text)).find();
  }

  /** Whether the line's first letter is of the Arabic script: the only lines these words fit. */
  static boolean rightToLeft(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * {@link Text#fold} with the Persian and Urdu forms of yeh and keheh as the Arabic ones, and the
   * zero-width non-joiner (Persian half-space) as a space: one spelling per word.
   */
  static String fold(String s) {
    String f = Text.fold(s);
    StringBuilder b = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      switch (c) {
        case '\u06cc' -> b.append('ي');
        case '\u06a9' -> b.append('ك');
        case '\u200c' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static Pattern load(String name, String prefix, String suffix) {
    List<String> fragments =
        LanguageData.lines(FurnitureLines.class, name).stream().map(FurnitureLines::fold).toList();
    return Pattern.compile(
        prefix + String.join("|", fragments) + suffix, Pattern.UNICODE_CHARACTER_CLASS);
  }
}
