package dev.akhbar.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * One record of a dead-letter topic ({@code akhbar.<stage>.dlq.v1}), read back.
 *
 * <p>On the topic the record keeps its original key and value unchanged (so it can be replayed as
 * it is once the cause is fixed); why it failed travels in the headers named below, the ones
 * SmallRye Reactive Messaging's dead-letter-queue failure strategy writes. The fetcher, which has
 * no incoming record to forward, writes the {@link FetchRequest} as value with the same headers.
 *
 * <p>Read one with {@link #from(ConsumerRecord)} (kafka-clients on the class path) or, from any
 * other client, with {@link #from(String, String, String, Instant, Function)}.
 *
 * @param stage fetch, parser, enricher or indexer (from the topic name)
 * @param reason human-readable reason
 * @param errorClass class of the exception, or null
 * @param cause message of the exception's cause, or null
 * @param sourceTopic topic the failed record came from, or null
 * @param partition its partition, or null
 * @param offset its offset, or null
 * @param key the original key (article id)
 * @param payload the original value, as text
 * @param failedAt timestamp of the dead-letter record
 */
public record DeadLetter(
    String stage,
    String reason,
    String errorClass,
    String cause,
    String sourceTopic,
    Integer partition,
    Long offset,
    String key,
    String payload,
    Instant failedAt) {

  public static final String HEADER_REASON = "dead-letter-reason";
  public static final String HEADER_CAUSE = "dead-letter-cause";
  public static final String HEADER_CAUSE_CLASS = "dead-letter-cause-class-name";
  public static final String HEADER_EXCEPTION_CLASS = "dead-letter-exception-class-name";
  public static final String HEADER_TOPIC = "dead-letter-topic";
  public static final String HEADER_PARTITION = "dead-letter-partition";
  public static final String HEADER_OFFSET = "dead-letter-offset";

  /** Reads a record of a dead-letter topic (key and value as strings). */
  public static DeadLetter from(ConsumerRecord<String, String> record) {
    Headers headers = record.headers();
    return from(
        record.topic(),
        record.key(),
        record.value(),
        Instant.ofEpochMilli(record.timestamp()),
        name -> KafkaHeaders.last(headers, name));
  }

  /**
   * Reads a dead letter from plain values, for any Kafka client.
   *
   * @param topic the dead-letter topic it was read from
   * @param header the last value of a header as a UTF-8 string, or null
   */
  public static DeadLetter from(
      String topic, String key, String value, Instant timestamp, Function<String, String> header) {
    String partition = header.apply(HEADER_PARTITION);
    String offset = header.apply(HEADER_OFFSET);
    return new DeadLetter(
        stageOf(topic),
        header.apply(HEADER_REASON),
        header.apply(HEADER_EXCEPTION_CLASS),
        header.apply(HEADER_CAUSE),
        header.apply(HEADER_TOPIC),
        partition == null ? null : Integer.valueOf(partition),
        offset == null ? null : Long.valueOf(offset),
        key,
        value,
        timestamp);
  }

  /**
   * The headers a producer that writes a dead letter itself (not through SmallRye's failure
   * strategy) sets, in the same form: the reason; with an exception, its class name and the message
   * of its cause, if it has one. UTF-8 string values.
   */
  public static Map<String, String> headers(String reason, Throwable error) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put(HEADER_REASON, reason);
    if (error != null) {
      h.put(HEADER_EXCEPTION_CLASS, error.getClass().getName());
      Throwable cause = error.getCause();
      if (cause != null) {
        h.put(HEADER_CAUSE_CLASS, cause.getClass().getName());
        h.put(HEADER_CAUSE, cause.getMessage() != null ? cause.getMessage() : cause.toString());
      }
    }
    return h;
  }

  /** "parser" for "akhbar.parser.dlq.v1". */
  static String stageOf(String topic) {
    String[] parts = topic.split("\\.");
    return parts.length >= 4 && parts[2].equals("dlq") ? parts[1] : topic;
  }
}
