package dev.akhbar.pipeline.feed;

import dev.akhbar.pipeline.pages.Page;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * How pages enter the pipeline under test: produced straight onto the raw-page topic, or imported
 * through the fetcher. Everything the harness measures is downstream of this one call.
 */
public interface Feeder extends AutoCloseable {
  /** Told about each page as it is handed over. */
  @FunctionalInterface
  interface Listener {
    void fed(Page page, Instant at);
  }

  /**
   * Hands every page over; returns once the pipeline has them all (written to its first topic, or
   * the fetcher's import finished).
   */
  void feed(Stream<Page> pages, Listener listener) throws Exception;

  /** The {@code sourceId} the pages carry, so their documents can be found in the index. */
  String sourceId();

  String describe();

  @Override
  void close();
}
