package dev.akhbar.enricher.text;

/**
 * A word, number or punctuation mark of the body.
 *
 * @param text surface form
 * @param start offset in the body (inclusive)
 * @param end offset in the body (exclusive)
 * @param norm normalised form ({@link ArabicText#normalize})
 * @param kind word, number or punctuation
 * @param index position in the token list
 */
public record Token(String text, int start, int end, String norm, Kind kind, int index) {
  public enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isPunct() {
    return kind == Kind.PUNCT;
  }

  public boolean is(String punct) {
    return kind == Kind.PUNCT && text.equals(punct);
  }

  /** Upper-case initial (Latin script). */
  public boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isArabic() {
    return kind == Kind.WORD && ArabicText.isArabicLetter(text.codePointAt(0));
  }
}
