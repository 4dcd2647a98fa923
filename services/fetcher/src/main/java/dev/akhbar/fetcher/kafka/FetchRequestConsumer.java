package dev.akhbar.fetcher.kafka;

import dev.akhbar.events.EventCodec;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.fetcher.Channels;
import dev.akhbar.fetcher.api.FetchRequests;
import dev.akhbar.fetcher.crawl.Crawler;
import dev.akhbar.fetcher.crawl.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads akhbar.fetch.requests.v1 and queues each URL behind the crawler's politeness rules.
 *
 * <p>A request that is not a valid FetchRequest with an http(s) URL is nacked, and the channel's
 * dead-letter-queue strategy forwards it to akhbar.fetch.dlq.v1 with the reason. A valid one is
 * acknowledged only once its page was written or dead-lettered by the crawler, so its offset is
 * committed only then (throttled commit strategy): a request still queued when the fetcher stops is
 * read again after the restart, and the seen-set skips what was already done.
 */
@ApplicationScoped
public class FetchRequestConsumer {
  @Inject Crawler crawler;

  @Incoming(Channels.FETCH_REQUESTS)
  public CompletionStage<Void> onRequest(Message<String> message) {
    PageRequest request;
    try {
      request = FetchRequests.validated(EventCodec.read(message.getPayload(), FetchRequest.class));
    } catch (RuntimeException e) {
      return message.nack(e);
    }
    crawler
        .submitPage(request)
        .whenComplete(
            (outcome, error) -> {
              if (error == null) {
                message.ack();
              }
              // cancelled by a shutdown: left unacknowledged, so it is redelivered on restart
            });
    return CompletableFuture.completedFuture(null);
  }
}
