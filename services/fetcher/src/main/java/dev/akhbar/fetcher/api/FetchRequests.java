package dev.akhbar.fetcher.api;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.InvalidEventException;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.crawl.PageRequest;

/** Checks a fetch request before it is queued: an absolute http(s) URL with a host. */
public final class FetchRequests {
  private FetchRequests() {}

  /**
   * The page request for a fetch request, its URL parsed once.
   *
   * @throws InvalidEventException when the request or its URL is not acceptable, with the reason
   */
  public static PageRequest validated(FetchRequest request) {
    if (request == null) {
      throw new InvalidEventException("FetchRequest is missing");
    }
    Url url;
    try {
      url = Url.parseHttp(request.url());
    } catch (Url.InvalidUrlException e) {
      throw new InvalidEventException(e.getMessage(), e);
    }
    String text = url.toString();
    FetchRequest stripped =
        text.equals(request.url())
            ? request
            : new FetchRequest(text, request.sourceId(), request.hints());
    return PageRequest.of(stripped, url);
  }
}
