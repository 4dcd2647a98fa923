package dev.akhbar.enricher.entities.model;

import java.util.List;

/**
 * Receives the {@link NewsFeatures#context} features of a token in order: as strings for training
 * ({@link #strings}), as weights for decoding ({@link SequenceDecoder}, which finds them by their
 * parts in a {@link FeatureIndex} without building the strings). No name contains '='.
 */
interface ContextSink {
  /** The names of the features given with a value ({@code name=value}). */
  List<String> NAMED =
      List.of(
          "w-2",
          "w-1",
          "w+1",
          "w+2",
          "s-1",
          "s+1",
          "first_s",
          "headline_w",
          "hist",
          "gz",
          "gz-1",
          "gz+1",
          "nl",
          "nl-1",
          "nl+1");

  /** The names of the features given as a pair of values ({@code name=a_b}). */
  List<String> PAIRS = List.of("b-1", "b+1", "s-1s", "ss+1", "hist_s");

  /** The feature {@code name}. */
  void add(String name);

  /** The feature {@code name=value}, {@code name} one of {@link #NAMED}. */
  void add(String name, String value);

  /** The feature {@code name=a_b}, {@code name} one of {@link #PAIRS}. */
  void add(String name, String a, String b);

  /** A sink that adds each feature's string to {@code features}. */
  static ContextSink strings(List<String> features) {
    return new ContextSink() {
      @Override
      public void add(String name) {
        features.add(name);
      }

      @Override
      public void add(String name, String value) {
        features.add(name + "=" + value);
      }

      @Override
      public void add(String name, String a, String b) {
        features.add(name + "=" + a + "_" + b);
      }
    };
  }
}
