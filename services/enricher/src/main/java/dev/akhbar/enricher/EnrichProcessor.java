package dev.akhbar.enricher;

import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.ParsedArticle;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Thin adapter: parsed article JSON in, enriched article JSON out, keyed by article id with the
 * CloudEvents metadata. Whatever throws here is nacked and goes to the dead-letter topic with the
 * exception message as reason.
 */
@ApplicationScoped
public class EnrichProcessor {
  @Inject Enricher enricher;

  @Incoming(Channels.PARSED)
  @Outgoing(Channels.ENRICHED)
  public Message<String> process(String payload) {
    ParsedArticle article = EventCodec.read(payload, ParsedArticle.class);
    EnrichedArticle enriched = new EnrichedArticle(article, enricher.enrich(article));
    return Message.of(
        EventCodec.write(enriched),
        Metadata.of(
            OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build(),
            OutgoingCloudEventMetadata.builder()
                .withId(UUID.randomUUID().toString())
                .withSubject(article.id())
                .withTimestamp(ZonedDateTime.now(ZoneOffset.UTC))
                .build()));
  }
}
