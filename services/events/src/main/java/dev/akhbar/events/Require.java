package dev.akhbar.events;

import java.util.List;
import java.util.Map;

/** Argument checks shared by the event records; failures read as a clear reason in dead letters. */
final class Require {
  private Require() {}

  static String text(String value, String event, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidEventException(event + "." + field + " is required");
    }
    return value;
  }

  static <T> T present(T value, String event, String field) {
    if (value == null) {
      throw new InvalidEventException(event + "." + field + " is required");
    }
    return value;
  }

  static <T> List<T> list(List<T> value) {
    return value == null ? List.of() : List.copyOf(value);
  }

  static <K, V> Map<K, V> map(Map<K, V> value) {
    return value == null ? Map.of() : Map.copyOf(value);
  }
}
