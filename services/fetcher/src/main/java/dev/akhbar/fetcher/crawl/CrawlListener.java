package dev.akhbar.fetcher.crawl;

import java.time.Duration;

/**
 * What the crawler reports as it works, for metrics: the crawler knows nothing of Micrometer; the
 * adapter {@code metrics.CrawlMetrics} implements this (as the indexer's BulkBuffer.Listener).
 */
public interface CrawlListener {

  /**
   * A request or decision about a URL of {@code host}: {@code ok}, {@code not_modified}, {@code
   * retry}, {@code failed}, {@code disallowed}, {@code skipped_seen}, {@code refused}, {@code
   * robots}, {@code robots_missing}, {@code robots_error}, {@code queue_full}.
   */
  void outcome(String host, String outcome);

  /** Bytes read from the network for one response. */
  void bytes(String host, long wireBytes);

  /** How long a URL waited in its host queue before its turn. */
  void waited(Duration wait);

  /** Reports nothing. */
  CrawlListener NONE =
      new CrawlListener() {
        @Override
        public void outcome(String host, String outcome) {}

        @Override
        public void bytes(String host, long wireBytes) {}

        @Override
        public void waited(Duration wait) {}
      };
}
