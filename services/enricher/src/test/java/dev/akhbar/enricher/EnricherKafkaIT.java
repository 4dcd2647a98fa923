package dev.akhbar.enricher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.events.CloudEvents;
import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.testing.EventSchemas;
import dev.akhbar.testsupport.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** The enricher on the real Kafka broker of deploy/local, with topics of its own. */
@QuarkusTest
@QuarkusTestResource(value = RealKafkaTopics.class, restrictToAnnotatedClass = true)
class EnricherKafkaIT {

  @Test
  void enrichesFromTheBrokerAndDeadLettersAMalformedPayloadWhileTheNextGoesThrough() {
    ParsedArticle arabic = DemoTexts.arabicArticle();
    ParsedArticle english =
        DemoTexts.article(
            "Port strike ends", List.of(DemoTexts.ENGLISH.get(0), DemoTexts.ENGLISH.get(1)));
    String badKey = "bad-" + UUID.randomUUID();

    try (KafkaProducer<String, String> producer = producer()) {
      producer.send(
          new ProducerRecord<>(RealKafkaTopics.PARSED, arabic.id(), EventCodec.write(arabic)));
      producer.send(new ProducerRecord<>(RealKafkaTopics.PARSED, badKey, "{\"id\": 42, \"url\": "));
      producer.send(
          new ProducerRecord<>(RealKafkaTopics.PARSED, english.id(), EventCodec.write(english)));
      producer.flush();
    }

    List<ConsumerRecord<String, String>> enriched = new ArrayList<>();
    List<ConsumerRecord<String, String>> dead = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      consumer.subscribe(List.of(RealKafkaTopics.ENRICHED, RealKafkaTopics.DLQ));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                  (r.topic().equals(RealKafkaTopics.DLQ) ? dead : enriched).add(r);
                }
                return enriched.size() >= 2 && !dead.isEmpty();
              });
    }

    assertThat(enriched).extracting(ConsumerRecord::key).containsExactly(arabic.id(), english.id());
    ConsumerRecord<String, String> first = enriched.get(0);
    EnrichedArticle article = EventCodec.read(first.value(), EnrichedArticle.class);
    EventSchemas.assertValid(article);
    assertThat(article.enrichment().language().code()).isEqualTo("ar");
    assertThat(article.enrichment().storyId()).isEqualTo("s-" + arabic.id().substring(0, 16));
    assertThat(article.enrichment().entities()).isNotEmpty();
    assertThat(header(first, CloudEvents.HEADER_TYPE)).isEqualTo(CloudEvents.TYPE_ARTICLE_ENRICHED);
    assertThat(header(first, CloudEvents.HEADER_SOURCE)).isEqualTo(CloudEvents.SOURCE_ENRICHER);
    assertThat(header(first, CloudEvents.HEADER_SUBJECT)).isEqualTo(arabic.id());
    assertThat(header(first, CloudEvents.HEADER_SPECVERSION)).isEqualTo(CloudEvents.SPEC_VERSION);
    assertThat(header(first, CloudEvents.HEADER_ID)).isNotBlank();
    assertThat(header(first, CloudEvents.HEADER_TIME)).isNotBlank();
    EventMetadata event = KafkaHeaders.metadata(first.headers());
    assertThat(event.type()).isEqualTo(CloudEvents.TYPE_ARTICLE_ENRICHED);
    assertThat(event.time()).isEqualTo(article.enrichment().enrichedAt());
    assertThat(event.dataSchema()).isEqualTo(EventType.ENRICHED_ARTICLE.schemaId());
    assertThat(event.dataContentType()).isEqualTo(CloudEvents.CONTENT_TYPE_JSON);
    assertThat(
            EventCodec.read(enriched.get(1).value(), EnrichedArticle.class)
                .enrichment()
                .language()
                .code())
        .isEqualTo("en");

    DeadLetter letter = DeadLetter.from(dead.get(0));
    assertThat(letter.key()).isEqualTo(badKey);
    assertThat(letter.reason()).contains("ParsedArticle");
    assertThat(letter.sourceTopic()).isEqualTo(RealKafkaTopics.PARSED);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static KafkaProducer<String, String> producer() {
    return TestTopics.producer();
  }

  private static KafkaConsumer<String, String> consumer() {
    return TestTopics.consumer("akhbar-enricher-it-reader-" + RealKafkaTopics.RUN);
  }
}
