package dev.akhbar.fetcher.state;

import dev.akhbar.events.Url;
import java.time.Instant;
import java.util.Optional;

/**
 * The fetcher's memory: which pages were fetched (by article id, with the change marker they were
 * fetched for) and the conditional-GET state of each feed and sitemap. Pods keep no state of their
 * own: the Kafka implementation is rebuilt from the compacted topic akhbar.fetch.seen.v1.
 */
public interface SeenStore extends AutoCloseable {

  /**
   * Conditional-GET state of a feed or sitemap.
   *
   * @param etag last ETag, or null
   * @param lastModified last Last-Modified header, or null
   * @param checkedAt when it was last fully processed
   */
  record Feed(String etag, String lastModified, Instant checkedAt) {}

  /** Whether a page of this URL (any spelling of it) was fetched or imported. */
  boolean contains(Url url);

  /**
   * Whether a page should be fetched: never seen, or its change marker is newer than the one it was
   * fetched for (than its fetch time when it was fetched without one).
   */
  boolean isNewOrChanged(Url url, Instant marker);

  /** Remembers a fetched page; durable when it returns. */
  void markPage(Url url, Instant fetchedAt, Instant marker);

  Optional<Feed> feed(Url url);

  /** Remembers a feed's state; durable when it returns. */
  void saveFeed(Url url, Feed feed);

  @Override
  default void close() {}
}
