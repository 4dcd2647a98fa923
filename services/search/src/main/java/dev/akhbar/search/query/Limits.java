package dev.akhbar.search.query;

/**
 * What one request may ask for: longest query text, most words in it, hits per page, and how deep
 * {@code page} may go before the {@code after} cursor (search_after) must be used.
 */
public record Limits(int maxQueryLength, int maxTerms, int defaultSize, int maxSize, int maxDepth) {
  public static final Limits DEFAULT = new Limits(500, 32, 10, 50, 1000);
}
