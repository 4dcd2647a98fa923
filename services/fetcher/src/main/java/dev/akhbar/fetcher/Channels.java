package dev.akhbar.fetcher;

/** Channel names; they map to topics only in application.properties. */
public final class Channels {
  /** Outgoing raw pages (akhbar.pages.raw.v1). */
  public static final String RAW_PAGES = "raw-pages";

  /** Incoming fetch requests from other systems (akhbar.fetch.requests.v1). */
  public static final String FETCH_REQUESTS = "fetch-requests";

  /** Outgoing dead letters for URLs and files the fetcher gave up on (akhbar.fetch.dlq.v1). */
  public static final String FETCH_DLQ = "fetch-dlq";

  private Channels() {}
}
