package dev.akhbar.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.events.CloudEvents;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.RawPage;
import dev.akhbar.events.testing.EventSchemas;
import dev.akhbar.parser.extract.DemoCorpus;
import dev.akhbar.parser.extract.NotAnArticleException;
import dev.akhbar.testsupport.InMemoryChannels;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = InMemoryChannels.class,
    initArgs = {
      @ResourceArg(name = InMemoryChannels.INCOMING, value = Channels.RAW_PAGES),
      @ResourceArg(name = InMemoryChannels.OUTGOING, value = Channels.PARSED)
    })
class RawPageProcessorTest {
  @Inject @Any InMemoryConnector connector;

  private InMemorySource<Message<byte[]>> in;
  private InMemorySink<String> out;

  @BeforeEach
  void channels() {
    in = connector.source(Channels.RAW_PAGES);
    out = connector.sink(Channels.PARSED);
    out.clear();
  }

  @Test
  void parsedArticleIsKeyedByIdAndCarriesCloudEventsMetadata() {
    RawPage page = DemoCorpus.rawPage(DemoCorpus.AR_ARTICLE);
    CompletableFuture<Void> acked = new CompletableFuture<>();

    in.send(
        Message.of(utf8(EventCodec.write(page)))
            .withAck(
                () -> {
                  acked.complete(null);
                  return CompletableFuture.completedFuture(null);
                }));

    await().atMost(Duration.ofSeconds(10)).until(() -> out.received().size() == 1);
    Message<String> msg = out.received().get(0);
    ParsedArticle article = EventCodec.read(msg.getPayload(), ParsedArticle.class);
    assertThat(article.id()).isEqualTo(page.id());
    assertThat(article.title()).isEqualTo("موسكو: اجتماع روسي أمريكي جديد الأسبوع الجاري");
    EventSchemas.assertValid(article);
    OutgoingKafkaRecordMetadata<?> kafka =
        msg.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
    assertThat(kafka.getKey()).isEqualTo(page.id());
    EventMetadata ce = KafkaHeaders.metadata(kafka.getHeaders());
    assertThat(ce.subject()).isEqualTo(page.id());
    assertThat(ce.type()).isEqualTo(CloudEvents.TYPE_ARTICLE_PARSED);
    assertThat(ce.time()).isEqualTo(article.parsedAt());
    assertThat(ce.dataSchema()).isEqualTo(EventType.PARSED_ARTICLE.schemaId());
    assertThat(ce.dataContentType()).isEqualTo(CloudEvents.CONTENT_TYPE_JSON);

    msg.ack().toCompletableFuture().join();
    await().atMost(Duration.ofSeconds(5)).until(acked::isDone);
  }

  @Test
  void malformedPayloadIsNackedWithTheReason() {
    AtomicReference<Throwable> reason = new AtomicReference<>();

    in.send(nackable("{\"id\": \"x\", \"url\": ", reason));

    await().atMost(Duration.ofSeconds(10)).until(() -> reason.get() != null);
    assertThat(reason.get().getMessage()).contains("RawPage");
    assertThat(out.received()).isEmpty();
  }

  @Test
  void listingPageIsNackedAsNotAnArticle() {
    AtomicReference<Throwable> reason = new AtomicReference<>();

    in.send(nackable(EventCodec.write(DemoCorpus.rawPage(DemoCorpus.AR_LISTING)), reason));

    await().atMost(Duration.ofSeconds(10)).until(() -> reason.get() != null);
    assertThat(reason.get()).isInstanceOf(NotAnArticleException.class);
    assertThat(reason.get().getMessage()).startsWith("Not an article");
    assertThat(out.received()).isEmpty();
  }

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static Message<byte[]> nackable(String payload, AtomicReference<Throwable> reason) {
    return Message.of(utf8(payload))
        .withNack(
            t -> {
              reason.set(t);
              return CompletableFuture.completedFuture(null);
            });
  }
}
