package dev.akhbar.fetcher.crawl;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.Url;
import java.time.Instant;

/**
 * A page for the crawler to fetch.
 *
 * @param request what was asked for (carried on the raw page and on a dead letter)
 * @param url the request's URL, parsed once (http or https)
 * @param marker the change marker the page is listed with (sitemap lastmod, feed item date), or
 *     null: a page already seen is fetched again only for a newer marker
 * @param force fetch even when the page was seen
 */
public record PageRequest(FetchRequest request, Url url, Instant marker, boolean force) {

  /**
   * A request for the URL of {@code request}.
   *
   * @throws Url.InvalidUrlException when it is not an http(s) URL with a host
   */
  public static PageRequest of(FetchRequest request) {
    return new PageRequest(request, Url.parseHttp(request.url()), null, false);
  }

  /** A request for an already parsed URL. */
  public static PageRequest of(FetchRequest request, Url url) {
    return new PageRequest(request, url.requireHttp(), null, false);
  }

  public PageRequest changedAt(Instant newMarker) {
    return new PageRequest(request, url, newMarker, force);
  }

  public PageRequest forced(boolean newForce) {
    return new PageRequest(request, url, marker, newForce);
  }
}
