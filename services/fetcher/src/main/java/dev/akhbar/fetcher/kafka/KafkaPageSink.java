package dev.akhbar.fetcher.kafka;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.CloudEvents;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.Channels;
import dev.akhbar.fetcher.emit.PageSink;
import dev.akhbar.support.kafka.KeyedMessages;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Writes raw pages (key = article id, CloudEvents binary headers from {@link EventMetadata}) and
 * dead letters to Kafka; a failed write completes with a {@link
 * dev.akhbar.fetcher.durable.WriteFailure} ({@link KafkaFailures}).
 */
@ApplicationScoped
public class KafkaPageSink implements PageSink {
  @Inject
  @Channel(Channels.RAW_PAGES)
  MutinyEmitter<String> pages;

  @Inject
  @Channel(Channels.FETCH_DLQ)
  MutinyEmitter<String> deadLetters;

  @Override
  public CompletionStage<Void> page(RawPage page) {
    EventMetadata event = EventMetadata.of(EventType.RAW_PAGE, page.id(), page.fetchedAt());
    return send(pages, EventCodec.write(page), page.id(), KafkaHeaders.of(event));
  }

  /**
   * The request as value, keyed by its article id, with the CloudEvents attributes of a fetch
   * request sent by the fetcher (subject: the article id, or the URL as given when it is none) and
   * the {@code dead-letter-*} headers.
   */
  @Override
  public CompletionStage<Void> deadLetter(FetchRequest request, String reason, Throwable cause) {
    String key = keyOf(request.url());
    EventMetadata event =
        EventMetadata.builder(EventType.FETCH_REQUEST)
            .source(CloudEvents.SOURCE_FETCHER)
            .subject(key != null ? key : request.url())
            .time(Instant.now())
            .build();
    return send(
        deadLetters, EventCodec.write(request), key, KafkaHeaders.deadLetter(event, reason, cause));
  }

  private static CompletionStage<Void> send(
      MutinyEmitter<String> emitter, String value, String key, Headers headers) {
    return emitter
        .sendMessage(KeyedMessages.of(value, key, headers))
        .onFailure()
        .transform(KafkaFailures::classify)
        .subscribeAsCompletionStage();
  }

  private static String keyOf(String url) {
    try {
      return ArticleId.of(url);
    } catch (IllegalArgumentException e) {
      return null; // not a URL at all: no article id; the value still says what was asked
    }
  }
}
