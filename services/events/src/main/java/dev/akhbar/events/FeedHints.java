package dev.akhbar.events;

import java.time.Instant;

/**
 * What a feed item or news-sitemap entry said about a page before it was fetched. Every field may
 * be null.
 */
public record FeedHints(String title, Instant publishedAt, String summary, String language) {}
