package dev.akhbar.fetcher.kafka;

import dev.akhbar.fetcher.durable.WriteFailure;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Kafka client failures as the domain sees them: a record that can never be written as it is (too
 * large, not serialisable, refused by the broker as invalid) is rejected, and goes to the
 * dead-letter topic; everything else (no broker, timeouts, unknown topic, missing authorisation, a
 * closed client) is an outage, waited out until the write succeeds.
 */
public final class KafkaFailures {
  private KafkaFailures() {}

  public static WriteFailure classify(Throwable failure) {
    if (failure instanceof WriteFailure w) {
      return w;
    }
    Throwable kafka = kafkaCause(failure);
    Throwable reason = kafka != null ? kafka : failure;
    String description = describe(reason);
    if (reason instanceof RecordTooLargeException
        || reason instanceof RecordBatchTooLargeException
        || reason instanceof SerializationException
        || reason instanceof InvalidRecordException) {
      return WriteFailure.rejected(description, reason);
    }
    return WriteFailure.unavailable(description, reason);
  }

  /** The innermost Kafka exception in the chain, or null. */
  private static Throwable kafkaCause(Throwable t) {
    Throwable found = null;
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof KafkaException) {
        found = c;
      }
    }
    return found;
  }

  private static String describe(Throwable t) {
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
