package dev.akhbar.fetcher.sources;

import java.time.Duration;
import java.util.List;

/**
 * One news site from the sources file.
 *
 * @param id stable id, carried on every event as sourceId
 * @param name display name
 * @param homepage the site's home page; its host's robots.txt is read for Sitemap: lines
 * @param language language hint (ISO 639-1) for pages whose feed does not say
 * @param feeds RSS, Atom or JSON Feed URLs
 * @param sitemaps sitemap or Google News sitemap URLs (sitemap indexes are followed)
 * @param discoverSitemaps also use the Sitemap: lines of the homepage's robots.txt
 * @param pollInterval how often feeds and sitemaps are polled
 * @param minDelay minimum delay between two requests to this source's hosts (its rate), or null for
 *     the global default
 */
public record Source(
    String id,
    String name,
    String homepage,
    String language,
    List<String> feeds,
    List<String> sitemaps,
    boolean discoverSitemaps,
    Duration pollInterval,
    Duration minDelay) {
  public Source {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A source needs an id");
    }
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
    pollInterval = pollInterval == null ? Duration.ofMinutes(10) : pollInterval;
  }
}
