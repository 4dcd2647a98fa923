package dev.akhbar.enricher;

/** Channel names of the enricher; they map to topics only in application.properties. */
public final class Channels {
  /** Incoming parsed articles (akhbar.articles.parsed.v1). */
  public static final String PARSED = "parsed-articles";

  /** Outgoing enriched articles (akhbar.articles.enriched.v1). */
  public static final String ENRICHED = "enriched-articles";

  private Channels() {}
}
