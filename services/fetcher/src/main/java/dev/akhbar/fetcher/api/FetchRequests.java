package dev.akhbar.fetcher.api;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.InvalidEventException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks a fetch request before it is queued: an absolute http(s) URL with a host. */
public final class FetchRequests {
  private FetchRequests() {}

  public static FetchRequest validated(FetchRequest request) {
    if (request == null) {
      throw new InvalidEventException("FetchRequest is missing");
    }
    String url = request.url().strip();
    URI uri;
    try {
      ArticleId.canonicalUrl(url);
      uri = new URI(url);
    } catch (IllegalArgumentException | URISyntaxException e) {
      throw new InvalidEventException("Not a valid URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidEventException("Only http and https URLs can be fetched: " + url);
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new InvalidEventException("URL has no host: " + url);
    }
    return url.equals(request.url())
        ? request
        : new FetchRequest(url, request.sourceId(), request.hints());
  }
}
