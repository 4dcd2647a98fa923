package dev.akhbar.enricher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.events.CloudEvents;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.testing.EventSchemas;
import dev.akhbar.testsupport.InMemoryChannels;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = InMemoryChannels.class,
    restrictToAnnotatedClass = true,
    initArgs = {
      @ResourceArg(name = InMemoryChannels.INCOMING, value = Channels.PARSED),
      @ResourceArg(name = InMemoryChannels.OUTGOING, value = Channels.ENRICHED),
      @ResourceArg(name = "akhbar.enricher.stories.replay", value = "false")
    })
class EnrichProcessorTest {
  @Inject @Any InMemoryConnector connector;

  InMemorySource<Message<String>> parsed;
  InMemorySink<String> enriched;

  @BeforeEach
  void channels() {
    parsed = connector.source(Channels.PARSED);
    enriched = connector.sink(Channels.ENRICHED);
    enriched.clear();
  }

  @Test
  void enrichesAParsedArticleKeyedByIdWithCloudEventMetadata() {
    ParsedArticle article = DemoTexts.arabicArticle();
    CompletableFuture<Void> acked = new CompletableFuture<>();
    parsed.send(
        Message.of(EventCodec.write(article))
            .withAck(
                () -> {
                  acked.complete(null);
                  return CompletableFuture.completedFuture(null);
                }));

    await().atMost(Duration.ofSeconds(30)).until(() -> enriched.received().size() == 1);
    Message<String> out = enriched.received().get(0);
    EnrichedArticle result = EventCodec.read(out.getPayload(), EnrichedArticle.class);
    EventSchemas.assertValid(result);
    assertThat(result.id()).isEqualTo(article.id());
    assertThat(result.enrichment().language().code()).isEqualTo("ar");
    OutgoingKafkaRecordMetadata<?> kafka =
        out.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
    assertThat(kafka.getKey()).isEqualTo(article.id());
    EventMetadata ce = KafkaHeaders.metadata(kafka.getHeaders());
    assertThat(ce.subject()).isEqualTo(article.id());
    assertThat(ce.type()).isEqualTo(CloudEvents.TYPE_ARTICLE_ENRICHED);
    assertThat(ce.time()).isEqualTo(result.enrichment().enrichedAt());
    assertThat(ce.dataSchema()).isEqualTo(EventType.ENRICHED_ARTICLE.schemaId());
    assertThat(ce.dataContentType()).isEqualTo(CloudEvents.CONTENT_TYPE_JSON);
    await().atMost(Duration.ofSeconds(10)).until(acked::isDone);
  }

  @Test
  void nacksAMalformedPayloadWithAReasonAndGoesOn() {
    AtomicReference<Throwable> reason = new AtomicReference<>();
    parsed.send(
        Message.of("{\"id\": \"x\", \"title\": ")
            .withNack(
                e -> {
                  reason.set(e);
                  return CompletableFuture.completedFuture(null);
                }));
    await().atMost(Duration.ofSeconds(10)).until(() -> reason.get() != null);
    assertThat(reason.get()).hasMessageContaining("Not a valid ParsedArticle");

    parsed.send(
        Message.of(
            EventCodec.write(
                DemoTexts.article(
                    "Port strike ends", java.util.List.of(DemoTexts.ENGLISH.get(0))))));
    await().atMost(Duration.ofSeconds(30)).until(() -> enriched.received().size() == 1);
    assertThat(
            EventCodec.read(enriched.received().get(0).getPayload(), EnrichedArticle.class)
                .enrichment()
                .language()
                .code())
        .isEqualTo("en");
  }
}
