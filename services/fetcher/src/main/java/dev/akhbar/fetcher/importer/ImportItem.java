package dev.akhbar.fetcher.importer;

import dev.akhbar.events.RawPage;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.charset.CharsetDetector;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** One file or WARC record of an import, turned into a page by the worker that takes it. */
interface ImportItem {

  /** A page and its URL, parsed once. */
  record Page(RawPage page, Url url) {
    /** An imported page: requested and final URL are the one URL it was published at. */
    static Page of(
        Url url,
        String sourceId,
        Instant fetchedAt,
        int status,
        String mediaType,
        Map<String, String> headers,
        CharsetDetector.Decoded decoded) {
      return new Page(
          new RawPage(
              url.articleId(),
              url.toString(),
              url.toString(),
              sourceId,
              fetchedAt,
              status,
              mediaType,
              decoded.charset().name(),
              headers,
              decoded.text(),
              null),
          url);
    }
  }

  /** The file or WARC record, for the job's status. */
  String name();

  /** The URL a dead letter carries when no page could be made (the file's file: URL). */
  String fallbackUrl();

  /**
   * Reads and decodes the page.
   *
   * @throws IOException or a RuntimeException when it cannot be made a page: a dead letter
   */
  Page toPage(String sourceId) throws IOException;
}
