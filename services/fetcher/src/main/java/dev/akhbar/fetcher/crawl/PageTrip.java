package dev.akhbar.fetcher.crawl;

import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.charset.CharsetDetector;
import dev.akhbar.fetcher.crawl.HostScheduler.Turn;
import dev.akhbar.fetcher.emit.PageEmitter;
import dev.akhbar.fetcher.fetch.Conditional;
import dev.akhbar.fetcher.fetch.FetchKind;
import dev.akhbar.fetcher.fetch.FetchResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/** A page's trip: skipped when seen (and not changed), else fetched and emitted as a raw page. */
final class PageTrip extends Trip {
  private static final String[] KEPT_HEADERS = {"etag", "last-modified", "content-language"};

  private final PageRequest request;
  private final CompletableFuture<PageOutcome> result;
  private boolean seenChecked;

  PageTrip(TripContext ctx, PageRequest request, CompletableFuture<PageOutcome> result) {
    super(ctx, request.url());
    this.request = request;
    this.result = result;
  }

  @Override
  Turn beforeRequest() {
    if (seenChecked) {
      return null;
    }
    seenChecked = true;
    if (!request.force() && !ctx.seen().isNewOrChanged(request.url(), request.marker())) {
      ctx.listener().outcome(url.host(), "skipped_seen");
      result.complete(PageOutcome.SKIPPED_SEEN);
      return Turn.done(Duration.ZERO);
    }
    return null;
  }

  @Override
  FetchKind kind() {
    return FetchKind.PAGE;
  }

  @Override
  Conditional conditional() {
    return Conditional.NONE;
  }

  @Override
  void answered(FetchResponse response) {
    if (response.notModified()) {
      ctx.listener().outcome(url.host(), "not_modified");
      result.complete(PageOutcome.NOT_MODIFIED);
      return;
    }
    PageEmitter.Result emitted =
        ctx.emitter()
            .emit(rawPage(request, response), request.url(), response.finalUrl(), request.marker());
    boolean ok = emitted.emitted();
    ctx.listener().outcome(url.host(), ok ? "ok" : "rejected");
    result.complete(ok ? PageOutcome.FETCHED : PageOutcome.DEAD_LETTERED);
  }

  @Override
  void giveUp(String reason, Throwable cause) {
    ctx.emitter().deadLetter(request.request(), reason, cause);
    result.complete(PageOutcome.DEAD_LETTERED);
  }

  @Override
  public void cancel() {
    result.cancel(false);
  }

  /** The raw page of a response: the body decoded, selected headers, the request's hints. */
  static RawPage rawPage(PageRequest request, FetchResponse response) {
    CharsetDetector.Decoded decoded =
        CharsetDetector.decode(response.body(), response.header("content-type"));
    Map<String, String> headers = new TreeMap<>();
    for (String h : KEPT_HEADERS) {
      if (response.header(h) != null) {
        headers.put(h, response.header(h));
      }
    }
    return new RawPage(
        response.finalUrl().articleId(),
        response.finalUrl().toString(),
        request.request().url(),
        request.request().sourceId(),
        response.fetchedAt(),
        response.status(),
        response.mediaType(),
        decoded.charset().name(),
        headers,
        decoded.text(),
        request.request().hints());
  }
}
