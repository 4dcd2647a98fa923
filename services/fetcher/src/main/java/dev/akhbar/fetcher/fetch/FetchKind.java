package dev.akhbar.fetcher.fetch;

import java.util.Locale;
import java.util.Set;

/** What is being fetched, and so which content types are accepted. */
public enum FetchKind {
  PAGE(Set.of("text/html", "application/xhtml+xml")),
  FEED(
      Set.of(
          "application/rss+xml",
          "application/atom+xml",
          "application/xml",
          "text/xml",
          "application/feed+json",
          "application/json",
          "text/plain",
          "application/rdf+xml")),
  SITEMAP(
      Set.of(
          "application/xml",
          "text/xml",
          "text/plain",
          "application/gzip",
          "application/x-gzip",
          "application/octet-stream")),
  ROBOTS(Set.of());

  private final Set<String> contentTypes;

  FetchKind(Set<String> contentTypes) {
    this.contentTypes = contentTypes;
  }

  /**
   * Whether a response of this media type (without parameters) is accepted; robots.txt takes any.
   */
  public boolean accepts(String mediaType) {
    if (contentTypes.isEmpty()) {
      return true;
    }
    if (mediaType == null || mediaType.isBlank()) {
      return this != PAGE;
    }
    return contentTypes.contains(mediaType.toLowerCase(Locale.ROOT));
  }
}
