package dev.akhbar.events;

import java.time.Instant;
import java.util.Map;

/**
 * A downloaded page, on {@link Topics#PAGES_RAW} (CloudEvents type {@link
 * CloudEvents#TYPE_PAGE_RAW}).
 *
 * @param id article id of {@code url} ({@link ArticleId#of})
 * @param url final URL after redirects
 * @param requestedUrl the URL that was asked for
 * @param sourceId the configured source, or null
 * @param fetchedAt when the response was received; also the event's version downstream
 * @param status HTTP status (200 for pages imported from files or WARC records without one)
 * @param contentType media type of the body, without parameters
 * @param charset the charset the body was decoded with (from header, meta or detection)
 * @param headers selected response headers, lowercase names (etag, last-modified, content-language)
 * @param body the page, decoded to text
 * @param hints what the feed or sitemap said about it, or null
 */
public record RawPage(
    String id,
    String url,
    String requestedUrl,
    String sourceId,
    Instant fetchedAt,
    int status,
    String contentType,
    String charset,
    Map<String, String> headers,
    String body,
    FeedHints hints) {
  public RawPage {
    Require.text(id, "RawPage", "id");
    Require.text(url, "RawPage", "url");
    Require.present(fetchedAt, "RawPage", "fetchedAt");
    Require.present(body, "RawPage", "body");
    headers = Require.map(headers);
  }
}
