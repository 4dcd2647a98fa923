package dev.akhbar.search.elasticsearch;

/** Elasticsearch cannot answer now (down, overloaded, refused our credentials): HTTP 503. */
public final class SearchUnavailableException extends RuntimeException {
  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
