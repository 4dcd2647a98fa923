package dev.akhbar.parser;

/** Channel names of the parser; application.properties maps them to topics. */
public final class Channels {
  /** Raw pages in (akhbar.pages.raw.v1). */
  public static final String RAW_PAGES = "raw-pages";

  /** Parsed articles out (akhbar.articles.parsed.v1). */
  public static final String PARSED = "parsed-articles";

  private Channels() {}
}
