package dev.akhbar.parser;

import dev.akhbar.events.EventCodec;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.RawPage;
import dev.akhbar.parser.extract.RawPageParser;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Thin adapter: decodes the raw page, lets {@link RawPageParser} extract the article, and sends it
 * keyed by article id with CloudEvents metadata. Whatever it cannot process throws, and the
 * channel's dead-letter-queue strategy forwards the record to akhbar.parser.dlq.v1 with the reason.
 */
@ApplicationScoped
public class RawPageProcessor {
  private static final Logger LOG = Logger.getLogger(RawPageProcessor.class);

  private final RawPageParser parser = new RawPageParser();

  @Incoming(Channels.RAW_PAGES)
  @Outgoing(Channels.PARSED)
  public Message<String> process(String payload) {
    RawPage page = EventCodec.read(payload, RawPage.class);
    ParsedArticle article = parser.parse(page);
    LOG.debugf("Parsed %s (%d words): %s", article.id(), article.wordCount(), article.url());
    return Message.of(EventCodec.write(article))
        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build())
        .addMetadata(
            OutgoingCloudEventMetadata.builder()
                .withId(UUID.randomUUID().toString())
                .withSubject(article.id())
                .withTimestamp(article.parsedAt().atZone(ZoneOffset.UTC))
                .build());
  }
}
