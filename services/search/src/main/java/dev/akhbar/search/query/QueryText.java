package dev.akhbar.search.query;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What the reader typed, made safe to hand to Elasticsearch's {@code simple_query_string}: Unicode
 * compatibility forms folded (Arabic presentation forms become letters), invisible format and
 * control characters dropped, the quotation marks readers use for phrases («», “”) read as {@code
 * "}, and an unbalanced quote dropped instead of failing the query.
 *
 * @param text the query for {@code simple_query_string} (phrases in {@code "}, {@code -word},
 *     {@code a | b})
 * @param plain the words alone, for the phrase boost
 */
public record QueryText(String text, String plain) {
  private static final Pattern QUOTES = Pattern.compile("[«»“”„‟″〝〞＂]");
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");
  private static final Pattern OPERATORS = Pattern.compile("[\"+|()]|(?<=^|\\s)-");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}]+");
  private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

  /**
   * @return the query, or null when the text has no letter or digit (nothing to search for)
   * @throws BadQueryException when the text is too long or has too many words
   */
  public static QueryText parse(String raw, Limits limits) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > limits.maxQueryLength()) {
      throw new BadQueryException(
          "q",
          "q is "
              + raw.length()
              + " characters long; at most "
              + limits.maxQueryLength()
              + " are allowed");
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = CONTROL.matcher(s).replaceAll(" ");
    s = QUOTES.matcher(s).replaceAll("\"");
    s = balanceQuotes(s);
    s = SPACES.matcher(s).replaceAll(" ").strip();
    String plain = SPACES.matcher(OPERATORS.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    if (!HAS_WORD.matcher(plain).find()) {
      return null;
    }
    long words =
        WORD_SEPARATORS.splitAsStream(plain).filter(w -> HAS_WORD.matcher(w).find()).count();
    if (words > limits.maxTerms()) {
      throw new BadQueryException(
          "q", "q has " + words + " words; at most " + limits.maxTerms() + " are allowed");
    }
    return new QueryText(s, plain);
  }

  /** An odd number of {@code "}: the last one opens no phrase and is dropped. */
  private static String balanceQuotes(String s) {
    long quotes = s.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 0) {
      return s;
    }
    int last = s.lastIndexOf('"');
    return s.substring(0, last) + " " + s.substring(last + 1);
  }
}
