package dev.akhbar.fetcher.crawl;

/** What became of a page request. */
public enum PageOutcome {
  FETCHED,
  SKIPPED_SEEN,
  NOT_MODIFIED,
  DEAD_LETTERED
}
