package dev.akhbar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventMetadataTest {
  static final String ID = "a4a806c2f848edc704c0d43727742015";
  static final Instant AT = Instant.parse("2025-02-16T08:00:01.250Z");

  @Test
  void producerMetadataTakesTypeSourceAndSchemaFromTheEventType() {
    EventMetadata m = EventMetadata.of(EventType.PARSED_ARTICLE, ID, AT);
    assertThat(m.type()).isEqualTo("dev.akhbar.article.parsed.v1");
    assertThat(m.source()).isEqualTo("/akhbar/parser");
    assertThat(m.dataSchema()).isEqualTo("https://akhbar.dev/schemas/parsed-article.v1.json");
    assertThat(m.dataContentType()).isEqualTo("application/json");
    assertThat(m.subject()).isEqualTo(ID);
    assertThat(m.id()).isNotEqualTo(EventMetadata.of(EventType.PARSED_ARTICLE, ID, AT).id());
  }

  @Test
  void headersAreTheBinaryModeCloudEventsHeadersInAStableOrder() {
    Map<String, String> h = EventMetadata.of(EventType.RAW_PAGE, ID, AT).toHeaders();
    assertThat(h.keySet())
        .containsExactly(
            "ce_specversion",
            "ce_id",
            "ce_type",
            "ce_source",
            "ce_time",
            "ce_subject",
            "ce_dataschema",
            "content-type");
    assertThat(h)
        .containsEntry("ce_specversion", "1.0")
        .containsEntry("ce_time", "2025-02-16T08:00:01.250Z")
        .containsEntry("ce_source", "/akhbar/fetcher")
        .containsEntry("content-type", "application/json");
  }

  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {"RAW_PAGE", "PARSED_ARTICLE", "ENRICHED_ARTICLE"})
  void headersReadBackToTheSameMetadata(EventType type) {
    EventMetadata m = EventMetadata.of(type, ID, AT);
    assertThat(EventMetadata.fromHeaders(m.toHeaders())).isEqualTo(m);
    assertThat(EventType.ofCloudEventType(m.type())).contains(type);
  }

  @Test
  void fetchRequestsNameTheirOwnSource() {
    assertThatThrownBy(() -> EventMetadata.of(EventType.FETCH_REQUEST, ID, AT))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("source");
    EventMetadata m =
        EventMetadata.builder(EventType.FETCH_REQUEST)
            .source("/newsroom/cms")
            .subject(ID)
            .time(AT)
            .build();
    assertThat(m.toHeaders()).containsEntry("ce_source", "/newsroom/cms");
  }

  @Test
  void deadLettersAreNotCloudEvents() {
    assertThatThrownBy(() -> EventMetadata.builder(EventType.DEAD_LETTER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readingRejectsMissingOrMalformedAttributesWithTheirName() {
    Map<String, String> h = new HashMap<>(EventMetadata.of(EventType.RAW_PAGE, ID, AT).toHeaders());
    h.remove("ce_subject");
    assertThatThrownBy(() -> EventMetadata.fromHeaders(h))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("ce_subject");
    h.put("ce_subject", ID);
    h.put("ce_time", "yesterday");
    assertThatThrownBy(() -> EventMetadata.fromHeaders(h)).hasMessageContaining("ce_time");
    h.put("ce_time", "2025-02-16T11:00:01+03:00");
    assertThat(EventMetadata.fromHeaders(h).time())
        .isEqualTo(Instant.parse("2025-02-16T08:00:01Z"));
    h.put("ce_specversion", "0.3");
    assertThatThrownBy(() -> EventMetadata.fromHeaders(h)).hasMessageContaining("ce_specversion");
  }
}
