package dev.akhbar.enricher.entities;

/** One named step of the recogniser's pipeline over a body's {@link Recognition} state. */
public interface RecognitionStep {
  void apply(Recognition r);
}
