package dev.akhbar.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers of {@link EventMetadata} and {@link DeadLetter} as kafka-clients record headers
 * (UTF-8 values) and back: the one way every Akhbar producer writes them and every Java consumer
 * reads them. Needs kafka-clients on the class path.
 */
public final class KafkaHeaders {
  private KafkaHeaders() {}

  /** The record headers of an event: its CloudEvents attributes ({@link EventMetadata}). */
  public static Headers of(EventMetadata event) {
    return of(event.toHeaders());
  }

  /**
   * The record headers of a dead letter a producer writes itself: the CloudEvents attributes of the
   * event it carries, then the {@code dead-letter-*} headers of {@link DeadLetter#headers}.
   */
  public static Headers deadLetter(EventMetadata event, String reason, Throwable error) {
    Headers headers = of(event);
    DeadLetter.headers(reason, error).forEach((k, v) -> add(headers, k, v));
    return headers;
  }

  /** Record headers with these names and UTF-8 values, in the map's order. */
  public static Headers of(Map<String, String> values) {
    Headers headers = new RecordHeaders();
    values.forEach((k, v) -> add(headers, k, v));
    return headers;
  }

  /** The CloudEvents attributes of a received record ({@link EventMetadata#fromHeaders}). */
  public static EventMetadata metadata(Headers headers) {
    return EventMetadata.fromHeaders(name -> last(headers, name));
  }

  /** The last value of a header as a UTF-8 string, or null. */
  public static String last(Headers headers, String name) {
    Header h = headers.lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static void add(Headers headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
