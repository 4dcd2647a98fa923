package dev.akhbar.fetcher.fetch;

/** Validators for a conditional GET; either may be null. */
public record Conditional(String etag, String lastModified) {
  public static final Conditional NONE = new Conditional(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
