package dev.akhbar.events.testing;

import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventType;
import java.util.Set;

/**
 * Schema assertions for producers' tests, in the events test-jar; the validation itself is {@link
 * dev.akhbar.events.EventSchemas} (main scope, also for consumers).
 */
public final class EventSchemas {
  private EventSchemas() {}

  /** The validation errors of {@code json} against the schema of {@code type}; empty when valid. */
  public static Set<String> errors(EventType type, String json) {
    return dev.akhbar.events.EventSchemas.errors(type, json);
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
}
