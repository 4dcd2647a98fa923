package dev.akhbar.events;

/**
 * The article id: the first 128 bits of SHA-256 over the canonical URL, as 32 lowercase hex digits.
 * It is the Kafka key of every event and the Elasticsearch document id. The canonical form and the
 * rule are {@link Url}'s (documented in docs/events.md, "URL identity"); parse a {@link Url} once
 * where the URL is used for more than its id.
 */
public final class ArticleId {
  private ArticleId() {}

  /** The id of a URL; throws {@link Url.InvalidUrlException} (an IllegalArgumentException). */
  public static String of(String url) {
    return Url.parse(url).articleId();
  }

  /** The canonical form the id is computed from; throws IllegalArgumentException on a bad URL. */
  public static String canonicalUrl(String url) {
    return Url.parse(url).canonical();
  }
}
