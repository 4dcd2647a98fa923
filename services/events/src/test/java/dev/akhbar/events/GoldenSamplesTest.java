package dev.akhbar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.events.testing.EventSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GoldenSamplesTest {

  static String sample(EventType type) throws IOException {
    try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.samplePath())) {
      assertThat(in).as("golden sample %s", type.samplePath()).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void goldenSampleValidatesAgainstItsSchema(EventType type) throws IOException {
    assertThat(EventSchemas.errors(type, sample(type))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void goldenSampleRoundTripsThroughItsRecordUnchanged(EventType type) throws IOException {
    String json = sample(type);
    Object event = EventCodec.read(json, type.recordClass());
    JsonNode original = EventCodec.mapper().readTree(json);
    JsonNode reencoded = EventCodec.mapper().readTree(EventCodec.write(event));
    assertThat(reencoded).isEqualTo(original);
  }

  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {"RAW_PAGE", "PARSED_ARTICLE"})
  void schemaRejectsAnEventWithoutItsId(EventType type) throws IOException {
    ObjectNode node = (ObjectNode) EventCodec.mapper().readTree(sample(type));
    node.remove("id");
    assertThat(EventSchemas.errors(type, node.toString())).anyMatch(e -> e.contains("id"));
    assertThatThrownBy(() -> EventCodec.read(node.toString(), type.recordClass()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining(".id is required");
  }

  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {"RAW_PAGE", "PARSED_ARTICLE"})
  void sampleIdIsTheArticleIdOfItsUrl(EventType type) throws IOException {
    JsonNode node = EventCodec.mapper().readTree(sample(type));
    assertThat(node.get("id").asText()).isEqualTo(ArticleId.of(node.get("url").asText()));
  }
}
