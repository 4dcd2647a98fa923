package dev.akhbar.fetcher.api;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.InvalidEventException;
import dev.akhbar.fetcher.crawl.Crawler;
import dev.akhbar.fetcher.crawl.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Ad-hoc URL requests: queued behind the same politeness, robots.txt and network guard as every
 * other URL. The page goes to Kafka, never back to the caller: this is not a proxy.
 */
@Path("/fetch")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ApiKeyRequired
public class FetchResource {

  /**
   * @param url http(s) URL
   * @param sourceId source id carried on the event, or null
   * @param force fetch even when the URL was already fetched
   */
  public record FetchCall(String url, String sourceId, boolean force) {}

  /** Accepted: the URL is queued; its page (or dead letter) follows on Kafka. */
  public record Accepted(String url, int queueDepth) {}

  @Inject Crawler crawler;

  @POST
  @Operation(
      summary = "Queue a URL for fetching",
      description =
          "202 when queued; the raw page or the dead letter follows on Kafka. Needs the API key"
              + " (header X-Api-Key) in the prod profile.")
  public Response fetch(FetchCall call) {
    PageRequest request;
    try {
      request =
          FetchRequests.validated(
              call == null ? null : new FetchRequest(call.url(), call.sourceId(), null));
    } catch (InvalidEventException e) {
      throw ImportResource.error(400, e.getMessage());
    }
    crawler.submitPage(request.forced(call.force()));
    return Response.accepted(new Accepted(request.url().toString(), crawler.queueDepth())).build();
  }
}
