package dev.akhbar.events;

/**
 * A request to fetch one URL, from another system (topic {@link Topics#FETCH_REQUESTS}) or from the
 * fetcher's own discovery (feeds, sitemaps). Dead letters of the fetcher carry it as their value.
 *
 * @param url the URL to fetch (http or https)
 * @param sourceId the configured source it belongs to, or null for ad-hoc requests
 * @param hints what a feed or sitemap said about the item, or null
 */
public record FetchRequest(String url, String sourceId, FeedHints hints) {
  public FetchRequest {
    Require.text(url, "FetchRequest", "url");
  }
}
