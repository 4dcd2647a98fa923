package dev.akhbar.fetcher.discovery;

import crawlercommons.filters.basic.BasicURLNormalizer;

/**
 * URL normalisation of discovered links (crawler-commons): scheme and host lowercased, default
 * port, fragment and dot segments removed, percent-encoding of the path normalised; the query is
 * kept as it is (news sites put article ids there, and ArticleId keeps it too). Two spellings of
 * one article then share one seen-set entry and one article id.
 */
public final class Urls {
  private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();

  private Urls() {}

  /** The normalised URL, or null when it is not a usable URL. */
  public static String normalize(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String s = url.strip();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    // The query is kept as published: BasicURLNormalizer 1.5 reorders parameters and, after
    // unescaping a path (%7E -> ~), cuts the query short ("?id=7" -> "?i").
    int q = s.indexOf('?');
    String base = q >= 0 ? s.substring(0, q) : s;
    String query = q >= 0 ? s.substring(q) : "";
    String normalized = NORMALIZER.filter(base);
    return normalized == null ? null : normalized + query;
  }
}
