package dev.akhbar.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Validates event JSON against the contract's JSON Schemas (draft 2020-12, formats asserted), the
 * same files the services validate against. The schemas' {@code $id} URIs ({@link
 * EventType#SCHEMA_ID_PREFIX}) are resolved from this jar: no network.
 *
 * <p>For a consumer: {@link #read(String, Class)} validates and decodes in one step and raises
 * {@link InvalidEventException} with every violation.
 */
public final class EventSchemas {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  mappers ->
                      mappers.mapPrefix(
                          EventType.SCHEMA_ID_PREFIX, "classpath:" + EventType.SCHEMA_PATH)));
  private static final Map<EventType, JsonSchema> SCHEMAS = new EnumMap<>(EventType.class);

  private EventSchemas() {}

  /** The validation errors of {@code json} against the schema of {@code type}; empty when valid. */
  public static Set<String> errors(EventType type, String json) {
    JsonNode node;
    try {
      node = EventCodec.mapper().readTree(json);
    } catch (IOException e) {
      return Set.of("not JSON: " + e.getMessage());
    }
    if (node == null || node.isMissingNode()) {
      return Set.of("not JSON: empty");
    }
    return schema(type).validate(node).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Raises {@link InvalidEventException} with every violation when {@code json} is not valid. */
  public static void requireValid(EventType type, String json) {
    Set<String> errors = errors(type, json);
    if (!errors.isEmpty()) {
      throw new InvalidEventException(
          "Not a valid " + type.recordClass().getSimpleName() + ": " + String.join("; ", errors));
    }
  }

  /**
   * Validates {@code json} against the schema of the event {@code recordClass} belongs to, then
   * decodes it ({@link EventCodec#read}).
   */
  public static <T> T read(String json, Class<T> recordClass) {
    requireValid(EventType.of(recordClass), json);
    return EventCodec.read(json, recordClass);
  }

  /** The schema file of {@code type}, as published (UTF-8 JSON text, byte for byte). */
  public static String schemaText(EventType type) {
    String path = EventType.SCHEMA_PATH + type.schemaFile();
    try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the events jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized JsonSchema schema(EventType type) {
    return SCHEMAS.computeIfAbsent(
        type,
        t -> {
          SchemaValidatorsConfig config =
              SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
          return FACTORY.getSchema(SchemaLocation.of(t.schemaId()), config);
        });
  }
}
