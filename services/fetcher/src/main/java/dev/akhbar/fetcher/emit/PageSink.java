package dev.akhbar.fetcher.emit;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.durable.WriteFailure;
import java.util.concurrent.CompletionStage;

/**
 * Where the fetcher's output goes: raw pages and dead letters. The Kafka implementation writes to
 * akhbar.pages.raw.v1 and akhbar.fetch.dlq.v1; tests collect in memory. A write that fails
 * completes exceptionally with a {@link WriteFailure} that says whether it may succeed later.
 */
public interface PageSink {
  /** Completes when the page is durably written. */
  CompletionStage<Void> page(RawPage page);

  /**
   * A URL or file the fetcher gave up on.
   *
   * @param request what was asked for (for files: their file: URL)
   * @param reason the reason a human needs
   * @param cause the exception behind it, or null
   */
  CompletionStage<Void> deadLetter(FetchRequest request, String reason, Throwable cause);
}
