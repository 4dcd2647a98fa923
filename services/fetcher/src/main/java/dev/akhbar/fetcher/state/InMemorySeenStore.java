package dev.akhbar.fetcher.state;

import dev.akhbar.events.ArticleId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A seen-set that lives as long as the process (unit tests, {@code
 * akhbar.fetcher.seen.store=memory}).
 */
public class InMemorySeenStore implements SeenStore {
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, Feed> feeds = new ConcurrentHashMap<>();

  @Override
  public Optional<Page> page(String url) {
    return Optional.ofNullable(pages.get(ArticleId.of(url)));
  }

  @Override
  public void markPage(String url, Instant fetchedAt, Instant marker) {
    pages.put(ArticleId.of(url), new Page(ArticleId.canonicalUrl(url), fetchedAt, marker));
  }

  @Override
  public Optional<Feed> feed(String url) {
    return Optional.ofNullable(feeds.get(ArticleId.of(url)));
  }

  @Override
  public void saveFeed(Feed feed) {
    feeds.put(ArticleId.of(feed.url()), feed);
  }
}
