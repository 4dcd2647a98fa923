package dev.akhbar.fetcher.kafka;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.CloudEvents;
import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.Channels;
import dev.akhbar.fetcher.emit.PageSink;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes raw pages (key = article id, CloudEvents binary headers) and dead letters to Kafka; a
 * failed write completes with a {@link dev.akhbar.fetcher.durable.WriteFailure} ({@link
 * KafkaFailures}).
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
    Message<String> message =
        Message.of(EventCodec.write(page))
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(page.id()).build())
            .addMetadata(
                OutgoingCloudEventMetadata.builder()
                    .withId(UUID.randomUUID().toString())
                    .withType(CloudEvents.TYPE_PAGE_RAW)
                    .withSource(URI.create(CloudEvents.SOURCE_FETCHER))
                    .withSubject(page.id())
                    .withTimestamp(page.fetchedAt().atZone(ZoneOffset.UTC))
                    .build());
    return send(pages, message);
  }

  @Override
  public CompletionStage<Void> deadLetter(FetchRequest request, String reason, Throwable cause) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(DeadLetter.HEADER_REASON, reason.getBytes(StandardCharsets.UTF_8));
    if (cause != null) {
      headers.add(
          DeadLetter.HEADER_EXCEPTION_CLASS,
          cause.getClass().getName().getBytes(StandardCharsets.UTF_8));
      if (cause.getMessage() != null) {
        headers.add(DeadLetter.HEADER_CAUSE, cause.getMessage().getBytes(StandardCharsets.UTF_8));
      }
    }
    Message<String> message =
        Message.of(EventCodec.write(request))
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(keyOf(request.url()))
                    .withHeaders(headers)
                    .build());
    return send(deadLetters, message);
  }

  private static CompletionStage<Void> send(
      MutinyEmitter<String> emitter, Message<String> message) {
    return emitter
        .sendMessage(message)
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
