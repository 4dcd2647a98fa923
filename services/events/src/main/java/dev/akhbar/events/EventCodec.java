package dev.akhbar.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * JSON encoding of the events: UTF-8 JSON, camelCase fields, times as ISO-8601 strings (instants in
 * UTC, publication times with their own offset), null fields omitted, unknown fields ignored (so
 * consumers keep working when a minor version adds a field).
 */
public final class EventCodec {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private EventCodec() {}

  public static String write(Object event) {
    try {
      return MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode " + event.getClass().getSimpleName(), e);
    }
  }

  /**
   * Decodes an event; a payload that is not JSON of the expected shape, or lacks a required field,
   * raises {@link InvalidEventException} whose message says why.
   */
  public static <T> T read(String json, Class<T> type) {
    if (json == null || json.isBlank()) {
      throw new InvalidEventException("Empty " + type.getSimpleName() + " payload");
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw invalid(e, type);
    }
  }

  /**
   * Decodes an event from its UTF-8 bytes as a Kafka record holds them, without a String copy of
   * the whole payload first (a raw page is a few hundred KB); errors as {@link #read(String,
   * Class)}.
   */
  public static <T> T read(byte[] json, Class<T> type) {
    if (json == null || blank(json)) {
      throw new InvalidEventException("Empty " + type.getSimpleName() + " payload");
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw invalid(e, type);
    } catch (IOException e) {
      throw new InvalidEventException("Not a valid " + type.getSimpleName() + ": " + e, e);
    }
  }

  private static boolean blank(byte[] json) {
    for (byte b : json) {
      // The ASCII whitespace of String.isBlank.
      if (b != ' ' && (b < '\t' || b > '\r') && (b < 0x1c || b > 0x1f)) {
        return false;
      }
    }
    return true;
  }

  private static InvalidEventException invalid(JsonProcessingException e, Class<?> type) {
    Throwable cause = e;
    while (cause.getCause() != null && cause != cause.getCause()) {
      if (cause.getCause() instanceof InvalidEventException invalid) {
        return invalid;
      }
      cause = cause.getCause();
    }
    return new InvalidEventException(
        "Not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
  }

  /** The mapper, configured as above, for tools that need a tree view. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
