package dev.akhbar.enricher.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words (letters with their combining marks, tatweel, inner apostrophes and
 * hyphens), numbers (digits of any script with inner separators) and single punctuation marks,
 * keeping offsets.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isWordChar(c)) {
        while (i < n
            && (isWordChar(text.charAt(i))
                || (isInnerJoiner(text.charAt(i))
                    && i + 1 < n
                    && isWordChar(text.charAt(i + 1))
                    && !isPossessive(text, i)))) {
          i++;
        }
        add(tokens, text, start, i, Token.Kind.WORD);
      } else if (Character.isDigit(c)) {
        while (i < n
            && (Character.isDigit(text.charAt(i))
                || (isNumberJoiner(text.charAt(i))
                    && i + 1 < n
                    && Character.isDigit(text.charAt(i + 1))))) {
          i++;
        }
        add(tokens, text, start, i, Token.Kind.NUMBER);
      } else {
        i += Character.charCount(text.codePointAt(i));
        add(tokens, text, start, i, Token.Kind.PUNCT);
      }
    }
    return tokens;
  }

  private static void add(List<Token> tokens, String text, int start, int end, Token.Kind kind) {
    String surface = text.substring(start, end);
    tokens.add(new Token(surface, start, end, ArabicText.normalize(surface), kind, tokens.size()));
  }

  static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || c == 'ـ';
  }

  /** "'s" at the end of a word stays a token of its own, so "Putin's" yields "Putin". */
  private static boolean isPossessive(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '’')
        && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= text.length() || !isWordChar(text.charAt(i + 2)));
  }

  private static boolean isInnerJoiner(char c) {
    return c == '\'' || c == '’' || c == '-' || c == '‑';
  }

  private static boolean isNumberJoiner(char c) {
    return c == '.' || c == ',' || c == '٫' || c == '٬';
  }
}
