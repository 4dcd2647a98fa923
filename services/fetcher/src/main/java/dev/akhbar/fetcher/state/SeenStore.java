package dev.akhbar.fetcher.state;

import java.time.Instant;
import java.util.Optional;

/**
 * The fetcher's memory: which canonical URLs were fetched (with their change marker) and the
 * conditional-GET state of each feed and sitemap. Pods keep no state of their own: the Kafka
 * implementation lives in the compacted topic akhbar.fetch.seen.v1.
 */
public interface SeenStore extends AutoCloseable {

  /**
   * A page already fetched.
   *
   * @param url canonical URL
   * @param fetchedAt when
   * @param marker the change marker it was fetched for (sitemap lastmod, feed item date), or null
   */
  record Page(String url, Instant fetchedAt, Instant marker) {}

  /**
   * Conditional-GET state of a feed or sitemap.
   *
   * @param url the feed or sitemap URL
   * @param etag last ETag, or null
   * @param lastModified last Last-Modified header, or null
   * @param checkedAt when it was last fully processed
   */
  record Feed(String url, String etag, String lastModified, Instant checkedAt) {}

  Optional<Page> page(String url);

  /** Remembers a fetched page; durable when the returned call returns. */
  void markPage(String url, Instant fetchedAt, Instant marker);

  Optional<Feed> feed(String url);

  void saveFeed(Feed feed);

  /**
   * Whether a page should be fetched: never seen, or its change marker is newer than the one it was
   * fetched for.
   */
  default boolean isNewOrChanged(String url, Instant marker) {
    Optional<Page> seen = page(url);
    if (seen.isEmpty()) {
      return true;
    }
    Instant old = seen.get().marker();
    return marker != null
        && (old == null ? marker.isAfter(seen.get().fetchedAt()) : marker.isAfter(old));
  }

  @Override
  default void close() {}
}
