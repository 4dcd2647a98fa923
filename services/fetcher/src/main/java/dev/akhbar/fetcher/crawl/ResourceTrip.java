package dev.akhbar.fetcher.crawl;

import dev.akhbar.fetcher.crawl.HostScheduler.Turn;
import dev.akhbar.fetcher.fetch.Conditional;
import dev.akhbar.fetcher.fetch.FetchException;
import dev.akhbar.fetcher.fetch.FetchKind;
import dev.akhbar.fetcher.fetch.FetchResponse;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/** A feed's or sitemap's trip: the response goes back to the caller (the source poller). */
final class ResourceTrip extends Trip {
  private final ResourceRequest request;
  private final CompletableFuture<FetchResponse> result;

  ResourceTrip(TripContext ctx, ResourceRequest request, CompletableFuture<FetchResponse> result) {
    super(ctx, request.url());
    this.request = request;
    this.result = result;
  }

  @Override
  Turn beforeRequest() {
    return null;
  }

  @Override
  FetchKind kind() {
    return request.kind();
  }

  @Override
  Conditional conditional() {
    return request.conditional();
  }

  @Override
  void answered(FetchResponse response) {
    ctx.listener().outcome(url.host(), response.notModified() ? "not_modified" : "ok");
    result.complete(response);
  }

  @Override
  void giveUp(String reason, Throwable cause) {
    ctx.emitter().deadLetter(request.asFetchRequest(), reason, cause);
    result.completeExceptionally(
        cause instanceof FetchException e ? e : FetchException.permanent(reason));
  }

  @Override
  public void cancel() {
    result.completeExceptionally(new CancellationException("Crawler closed"));
  }
}
