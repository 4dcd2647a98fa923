package dev.akhbar.indexer;

/** Channel names; they map to topics only in application.properties. */
public final class Channels {
  /** Enriched articles in ({@code akhbar.articles.enriched.v1}). */
  public static final String ENRICHED = "enriched-articles";

  private Channels() {}
}
