package dev.akhbar.fetcher.emit;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.RawPage;
import dev.akhbar.events.Url;
import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.durable.WriteFailure;
import dev.akhbar.fetcher.state.SeenStore;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Emits pages so that none is lost: the raw page is written (waiting out an outage), then its URL
 * is marked seen (the requested URL and, when a redirect led elsewhere, the final one). A page the
 * log refuses for good (too large...) goes to the dead-letter topic with the reason instead, and is
 * not marked seen. Dead letters are written the same patient way. Used by the crawler and the
 * importer.
 */
public class PageEmitter {
  private static final Logger LOG = Logger.getLogger(PageEmitter.class);

  /**
   * What became of a page handed to {@link #emit}.
   *
   * @param emitted written and marked seen; else dead-lettered
   * @param reason why it was dead-lettered, or null
   */
  public record Result(boolean emitted, String reason) {
    static final Result EMITTED = new Result(true, null);
  }

  private final PageSink sink;
  private final SeenStore seen;
  private final DurableWrites writes;

  public PageEmitter(PageSink sink, SeenStore seen, DurableWrites writes) {
    this.sink = sink;
    this.seen = seen;
    this.writes = writes;
  }

  /**
   * Writes the page, then marks {@code requested} and {@code finalUrl} seen.
   *
   * @param requested the URL asked for
   * @param finalUrl the page's own URL ({@code page.url()}: where redirects led)
   * @param marker the change marker it was fetched for, or null
   * @throws DurableWrites.Aborted when the service stops while the log is unavailable
   */
  public Result emit(RawPage page, Url requested, Url finalUrl, Instant marker) {
    try {
      writes.write("raw page " + page.id(), () -> sink.page(page));
    } catch (WriteFailure rejected) {
      String reason = "Page not written: " + rejected.getMessage();
      deadLetter(
          new FetchRequest(requested.toString(), page.sourceId(), page.hints()),
          reason,
          rejected.getCause());
      return new Result(false, reason);
    }
    try {
      seen.markPage(requested, page.fetchedAt(), marker);
      if (!finalUrl.equals(requested)) {
        seen.markPage(finalUrl, page.fetchedAt(), marker);
      }
    } catch (WriteFailure refused) {
      // the page is written; without its mark it may be emitted again later (at-least-once)
      LOG.errorf("The seen topic refused the mark of %s: %s", requested, refused.getMessage());
    }
    return Result.EMITTED;
  }

  /**
   * Writes a dead letter, waiting out an outage.
   *
   * @throws DurableWrites.Aborted when the service stops while the log is unavailable
   */
  public void deadLetter(FetchRequest request, String reason, Throwable cause) {
    LOG.infof("Giving up on %s: %s", request.url(), reason);
    try {
      writes.write(
          "dead letter for " + request.url(), () -> sink.deadLetter(request, reason, cause));
    } catch (WriteFailure rejected) {
      LOG.errorf(
          "The dead-letter topic refused the dead letter for %s (%s): %s",
          request.url(), reason, rejected.getMessage());
    }
  }
}
