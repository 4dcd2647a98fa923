package dev.akhbar.fetcher.crawl;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.fetch.Conditional;
import dev.akhbar.fetcher.fetch.FetchKind;

/**
 * A feed, sitemap or other resource for the crawler to fetch (not emitted as a page).
 *
 * @param url its URL, parsed once
 * @param sourceId the source it belongs to, or null (carried on a dead letter)
 * @param kind what it is, and so which content types are accepted
 * @param conditional validators of the last fetch, or {@link Conditional#NONE}
 */
public record ResourceRequest(Url url, String sourceId, FetchKind kind, Conditional conditional) {
  public ResourceRequest {
    conditional = conditional == null ? Conditional.NONE : conditional;
  }

  FetchRequest asFetchRequest() {
    return new FetchRequest(url.toString(), sourceId, null);
  }
}
