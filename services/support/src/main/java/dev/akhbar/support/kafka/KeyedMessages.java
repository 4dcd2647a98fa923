package dev.akhbar.support.kafka;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one way the stages hand a record to an outgoing Kafka channel: the value under the event's
 * key, with the event's headers (its CloudEvents attributes, from the contract's {@code
 * KafkaHeaders}).
 */
public final class KeyedMessages {
  private KeyedMessages() {}

  /** A message of {@code value} keyed by {@code key}, carrying {@code headers}. */
  public static Message<String> of(String value, String key, Headers headers) {
    return Message.of(value)
        .addMetadata(
            OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key)
                .withHeaders(headers)
                .build());
  }
}
