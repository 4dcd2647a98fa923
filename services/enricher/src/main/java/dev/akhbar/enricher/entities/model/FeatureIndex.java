package dev.akhbar.enricher.entities.model;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The model's features indexed by their parts, so that {@link SequenceDecoder} finds the weights of
 * a {@link ContextSink} feature ({@code name}, {@code name=value}, {@code name=a_b}) without
 * building its string: the parts are words and shapes the caller already holds, their hash codes
 * cached. A feature is found exactly when its string is in the model: {@code name=value} is split
 * at its first '=' (names have none), {@code a_b} at each of its '_' (a word may hold one).
 */
final class FeatureIndex {
  private final Map<String, Context> features;
  private final Map<String, Map<String, Context>> byName = new HashMap<>();
  private final Map<String, Map<String, Map<String, Context>>> pairs = new HashMap<>();

  FeatureIndex(Map<String, Context> features) {
    this.features = features;
    for (String name : ContextSink.NAMED) {
      byName.put(name, new HashMap<>());
    }
    for (String name : ContextSink.PAIRS) {
      pairs.put(name, new HashMap<>());
    }
    features.forEach(
        (feature, context) -> {
          int eq = feature.indexOf('=');
          if (eq <= 0) {
            return;
          }
          String name = feature.substring(0, eq);
          String value = feature.substring(eq + 1);
          Map<String, Context> named = byName.get(name);
          if (named != null) {
            named.put(value, context);
          }
          Map<String, Map<String, Context>> pair = pairs.get(name);
          if (pair == null) {
            return;
          }
          for (int u = value.indexOf('_'); u >= 0; u = value.indexOf('_', u + 1)) {
            pair.computeIfAbsent(value.substring(0, u), k -> new HashMap<>())
                .put(value.substring(u + 1), context);
          }
        });
  }

  /** The weights of feature {@code name}, or null. */
  Context get(String name) {
    return features.get(name);
  }

  /** The weights of feature {@code name=value} (a name of ContextSink.NAMED), or null. */
  Context get(String name, String value) {
    return indexed(byName, name).get(value);
  }

  /** The weights of feature {@code name=a_b} (a name of ContextSink.PAIRS), or null. */
  Context get(String name, String a, String b) {
    Map<String, Context> second = indexed(pairs, name).get(a);
    return second == null ? null : second.get(b);
  }

  private static <V> Map<String, V> indexed(Map<String, Map<String, V>> index, String name) {
    Map<String, V> m = index.get(name);
    if (m == null) {
      throw new IllegalArgumentException("feature name not indexed for decoding: " + name);
    }
    return m;
  }
}
