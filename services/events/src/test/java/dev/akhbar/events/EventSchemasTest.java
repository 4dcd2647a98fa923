package dev.akhbar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventSchemasTest {

  @Test
  void readValidatesThenDecodes() throws IOException {
    String json = GoldenSamplesTest.sample(EventType.ENRICHED_ARTICLE);
    EnrichedArticle article = EventSchemas.read(json, EnrichedArticle.class);
    assertThat(article.id()).isEqualTo("a4a806c2f848edc704c0d43727742015");
  }

  @Test
  void readRejectsWhatTheSchemaForbidsWithEveryViolation() {
    // Decodable into the record, but the schema wants a 32-hex id and a non-empty title.
    String json =
        "{\"id\":\"not-an-id\",\"url\":\"https://a.example/x\",\"title\":\"\","
            + "\"paragraphs\":[],\"fetchedAt\":\"2025-02-16T08:00:00Z\",\"wordCount\":0}";
    assertThatThrownBy(() -> EventSchemas.read(json, ParsedArticle.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("title");
    assertThat(EventSchemas.errors(EventType.PARSED_ARTICLE, "not json")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everySchemaIsServedFromTheJarUnderTheUrlPathOfItsId(EventType type) throws IOException {
    // Quarkus serves META-INF/resources of its dependencies: /schemas/<file> on every service.
    String path = "META-INF/resources/schemas/" + type.schemaFile();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(EventSchemas.schemaText(type));
    }
    assertThat(type.schemaId()).endsWith("/schemas/" + type.schemaFile());
    assertThat(EventSchemas.schemaText(type)).contains("\"$id\": \"" + type.schemaId() + "\"");
  }

  @Test
  void deadLetterReadsFromPlainValuesWithoutKafka() {
    Map<String, String> headers =
        Map.of(
            DeadLetter.HEADER_REASON, "Not an article",
            DeadLetter.HEADER_CAUSE, "listing page",
            DeadLetter.HEADER_TOPIC, Topics.PAGES_RAW,
            DeadLetter.HEADER_PARTITION, "2",
            DeadLetter.HEADER_OFFSET, "42");
    DeadLetter dl = DeadLetter.from(Topics.PARSER_DLQ, "k", "{}", Instant.EPOCH, headers::get);
    assertThat(dl.stage()).isEqualTo("parser");
    assertThat(dl.cause()).isEqualTo("listing page");
    assertThat(dl.partition()).isEqualTo(2);
    assertThat(EventType.onTopic(Topics.PARSER_DLQ)).contains(EventType.RAW_PAGE);
  }

  @Test
  void deadLetterHeadersOfAProducerLookLikeSmallRyes() {
    Exception e = new IllegalStateException("gave up", new java.io.IOException("timed out"));
    assertThat(DeadLetter.headers("gave up after 3 tries", e))
        .containsEntry(DeadLetter.HEADER_REASON, "gave up after 3 tries")
        .containsEntry(DeadLetter.HEADER_EXCEPTION_CLASS, "java.lang.IllegalStateException")
        .containsEntry(DeadLetter.HEADER_CAUSE, "timed out");
    assertThat(DeadLetter.headers("robots.txt disallows it", null))
        .containsOnlyKeys(DeadLetter.HEADER_REASON);
  }
}
