package dev.akhbar.fetcher.crawl;

import dev.akhbar.fetcher.fetch.FetchException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Parses request URLs: absolute http(s) with a host, or a permanent failure with the reason. */
final class HttpFetcherUris {
  private HttpFetcherUris() {}

  static URI parse(String url) throws FetchException {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw FetchException.permanent(
            "Scheme not allowed: " + (scheme.isEmpty() ? "(none)" : scheme) + " in " + url);
      }
      if (uri.getHost() == null) {
        throw FetchException.permanent("URL has no host: " + url);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw FetchException.permanent("Not a valid URL: " + url + " (" + e.getReason() + ")");
    }
  }
}
