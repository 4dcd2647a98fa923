package dev.akhbar.parser.extract;

import dev.akhbar.support.text.Digits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Small text helpers shared by the extractors. */
public final class Text {
  private Text() {}

  /**
   * Collapses runs of whitespace (including no-break and other Unicode spaces) to one space, drops
   * zero-width and soft-hyphen characters, and trims. Returns "" for null.
   */
  public static String normalize(CharSequence s) {
    if (s == null) {
      return "";
    }
    // Compacted in place in one array: the text of every block of a page goes through here.
    int n = s.length();
    char[] a = new char[n];
    if (s instanceof String str) {
      str.getChars(0, n, a, 0);
    } else if (s instanceof StringBuilder b) {
      b.getChars(0, n, a, 0);
    } else {
      for (int i = 0; i < n; i++) {
        a[i] = s.charAt(i);
      }
    }
    int len = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (c == '\u200b' || c == '\u00ad' || c == '\ufeff' || c == '\u2060') {
        continue;
      }
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && len > 0) {
        a[len++] = ' ';
      }
      space = false;
      a[len++] = c;
    }
    return new String(a, 0, len);
  }

  /**
   * {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}, without a lookup: the answer is
   * known for ASCII, and above it only U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F,
   * U+205F and U+3000 are spaces (TextTest checks every character against the two lookups, which
   * were the cost of {@link #normalize} on a whole page's text).
   */
  private static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f';
    }
    if (c < '\u2000') {
      return c == '\u00a0' || c == '\u1680';
    }
    return c <= '\u200a'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000';
  }

  /**
   * Decodes HTML entities left in text, also twice-escaped ones ("&amp;#8216;" -> "‘"), as pages
   * put them in meta tags and JSON-LD. Null stays null.
   */
  public static String decodeEntities(String s) {
    String out = s;
    for (int i = 0; i < 3 && out != null && out.indexOf('&') >= 0; i++) {
      String decoded = Parser.unescapeEntities(out, false);
      if (decoded.equals(out)) {
        break;
      }
      out = decoded;
    }
    return out;
  }

  /** True when {@code s} is null or has only whitespace. */
  public static boolean isBlank(String s) {
    return s == null || normalize(s).isEmpty();
  }

  /** Null for blank strings, the normalized string otherwise. */
  public static String clean(String s) {
    String n = normalize(s);
    return n.isEmpty() ? null : n;
  }

  /** Words: maximal runs of letters, digits, marks and connector punctuation (Unicode \w). */
  public static int wordCount(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean w = isWordChar(cp);
      if (w && !inWord) {
        count++;
      }
      inWord = w;
      i += Character.charCount(cp);
    }
    return count;
  }

  public static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK
        || Character.getType(cp) == Character.CONNECTOR_PUNCTUATION;
  }

  /** SHA-256 of the UTF-8 bytes, as 64 lowercase hex digits. */
  public static String sha256Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Share of strongly right-to-left letters (Arabic, Hebrew, Syriac, Thaana...) among letters. */
  public static double rtlShare(String s) {
    int letters = 0;
    int rtl = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        rtl++;
      }
    }
    return letters == 0 ? 0 : (double) rtl / letters;
  }

  /**
   * Decimal digits as ASCII digits (the services' one digit folding, {@link Digits#ascii}), the
   * Arabic comma as ",", the Arabic decimal separator as ".".
   */
  public static String asciiDigits(String s) {
    return Digits.ascii(s).replace('\u060c', ',').replace('\u066b', '.');
  }

  /**
   * Arabic letters that {@link #fold} makes one (hamza forms, ى and ي, ة and ه), by folded form.
   */
  private static final String[] ARABIC_FOLDS = {"اأإآ", "وؤ", "يئى", "هة"};

  /**
   * A regular expression for {@code word} as pages write it: each Arabic letter also in the forms
   * {@link #fold} takes for it (أ, إ, آ for ا; ى, ئ for ي; ة for ه), followed by any diacritics or
   * tatweel ("نشر" finds "نُشر", "اخر" finds "آخر"); spaces as any run of spaces; other characters
   * as written (match case-insensitively for case).
   */
  public static String foldPattern(String word) {
    StringBuilder b = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
        continue;
      }
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && (!b.isEmpty() || !literal.isEmpty())) {
        flush(b, literal).append("\\s+");
      }
      space = false;
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC) {
        literal.append(c);
        continue;
      }
      String forms = String.valueOf(c);
      for (String group : ARABIC_FOLDS) {
        if (group.indexOf(c) >= 0) {
          forms = group;
        }
      }
      flush(b, literal).append('[').append(forms).append("][\\p{M}\\u0640]*");
    }
    return flush(b, literal).toString();
  }

  /** {@code b} with the characters of {@code literal} appended quoted; {@code literal} emptied. */
  private static StringBuilder flush(StringBuilder b, StringBuilder literal) {
    if (!literal.isEmpty()) {
      b.append(Pattern.quote(literal.toString()));
      literal.setLength(0);
    }
    return b;
  }

  /**
   * The form words are looked up in: lowercase, without diacritics (é, ş, ü; Arabic hamza forms,
   * madda and short vowels) and tatweel, with ى as ي, ة as ه, dotless ı as i and typographic
   * apostrophes as '.
   */
  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') {
        continue;
      }
      switch (c) {
        case 'ı' -> b.append('i');
        case 'ى' -> b.append('ي');
        case 'ة' -> b.append('ه');
        case '’', '`' -> b.append('\'');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
