package dev.akhbar.fetcher.discovery;

import dev.akhbar.events.FeedHints;
import java.time.Instant;

/**
 * A page URL found in a feed or sitemap.
 *
 * @param url absolute URL
 * @param hints what the feed or news sitemap said about it
 * @param marker change marker: item update date, sitemap lastmod, or null
 */
public record Discovered(String url, FeedHints hints, Instant marker) {}
