package dev.akhbar.fetcher.discovery;

import dev.akhbar.events.FeedHints;
import dev.akhbar.events.Url;
import java.time.Instant;

/**
 * A page URL found in a feed or sitemap.
 *
 * @param url absolute http(s) URL, parsed once
 * @param hints what the feed or news sitemap said about it
 * @param marker change marker: item update date, sitemap lastmod, or null
 */
public record Discovered(Url url, FeedHints hints, Instant marker) {}
