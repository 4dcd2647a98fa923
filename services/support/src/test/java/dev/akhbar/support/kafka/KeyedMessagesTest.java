package dev.akhbar.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class KeyedMessagesTest {
  @Test
  void theMessageCarriesItsKeyAndHeaders() {
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_type", "dev.akhbar.article.parsed.v1".getBytes(StandardCharsets.UTF_8));

    Message<String> m = KeyedMessages.of("{\"id\":\"a1\"}", "a1", headers);

    assertThat(m.getPayload()).isEqualTo("{\"id\":\"a1\"}");
    @SuppressWarnings("unchecked")
    OutgoingKafkaRecordMetadata<String> meta =
        m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
    assertThat(meta.getKey()).isEqualTo("a1");
    assertThat(new String(meta.getHeaders().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
        .isEqualTo("dev.akhbar.article.parsed.v1");
  }
}
