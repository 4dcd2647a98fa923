package dev.akhbar.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

class KafkaHeadersTest {
  static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

  @Test
  void anEventsRecordHeadersReadBackAsItsMetadata() {
    EventMetadata sent = EventMetadata.of(EventType.PARSED_ARTICLE, "a1b2", AT);
    Headers headers = KafkaHeaders.of(sent);

    EventMetadata read = KafkaHeaders.metadata(headers);

    assertThat(read).isEqualTo(sent);
    assertThat(EventSchemas.schemaText(EventType.PARSED_ARTICLE))
        .contains("\"$id\": \"" + read.dataSchema() + "\"");
    assertThat(KafkaHeaders.last(headers, CloudEvents.HEADER_CONTENT_TYPE))
        .isEqualTo("application/json");
  }

  @Test
  void aDeadLetterKeepsItsEventsAttributesAndSaysWhy() {
    EventMetadata event =
        EventMetadata.builder(EventType.FETCH_REQUEST)
            .source(CloudEvents.SOURCE_FETCHER)
            .subject("a1b2")
            .time(AT)
            .build();
    Headers headers =
        KafkaHeaders.deadLetter(
            event, "gave up", new IllegalStateException("x", new IOException("refused")));

    assertThat(KafkaHeaders.metadata(headers)).isEqualTo(event);
    assertThat(KafkaHeaders.last(headers, DeadLetter.HEADER_REASON)).isEqualTo("gave up");
    assertThat(KafkaHeaders.last(headers, DeadLetter.HEADER_EXCEPTION_CLASS))
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(KafkaHeaders.last(headers, DeadLetter.HEADER_CAUSE)).isEqualTo("refused");
    assertThat(KafkaHeaders.last(headers, "absent")).isNull();
  }
}
