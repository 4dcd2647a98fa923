package dev.akhbar.search.query;

/** A request the search cannot run as asked; the message says why, for the caller (HTTP 400). */
public final class BadQueryException extends RuntimeException {
  private final String parameter;

  public BadQueryException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The request parameter at fault. */
  public String parameter() {
    return parameter;
  }
}
