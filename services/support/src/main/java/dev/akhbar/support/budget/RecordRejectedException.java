package dev.akhbar.support.budget;

/**
 * A record the stage gives up on for good, with the reason its dead letter carries: it ran over its
 * time budget, overflowed the stack, ran out of memory, or its output is larger than the topic
 * takes. Retrying it would meet the same fate.
 */
public class RecordRejectedException extends RuntimeException {
  public RecordRejectedException(String reason) {
    super(reason);
  }

  public RecordRejectedException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
