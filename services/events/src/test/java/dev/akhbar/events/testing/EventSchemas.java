package dev.akhbar.events.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates JSON against the contract's schemas. Shipped in the events test-jar so every producer's
 * tests check what it emits.
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
    try {
      JsonNode node = EventCodec.mapper().readTree(json);
      return schema(type).validate(node).stream()
          .map(ValidationMessage::getMessage)
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    } catch (java.io.IOException e) {
      return Set.of("not JSON: " + e.getMessage());
    }
  }

  /** Fails with every validation error when {@code json} does not satisfy the schema. */
  public static void assertValid(EventType type, String json) {
    Set<String> errors = errors(type, json);
    if (!errors.isEmpty()) {
      throw new AssertionError(type + " does not match " + type.schemaFile() + ": " + errors);
    }
  }

  /** Encodes the record and validates it against its event's schema. */
  public static void assertValid(Object event) {
    assertValid(EventType.of(event.getClass()), EventCodec.write(event));
  }

  private static synchronized JsonSchema schema(EventType type) {
    return SCHEMAS.computeIfAbsent(
        type,
        t -> {
          SchemaValidatorsConfig config =
              SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
          return FACTORY.getSchema(
              SchemaLocation.of(EventType.SCHEMA_ID_PREFIX + t.schemaFile()), config);
        });
  }
}
