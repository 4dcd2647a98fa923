package dev.akhbar.fetcher.state;

import dev.akhbar.fetcher.durable.WriteFailure;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where the seen-set lives durably: an append-only log of keyed records, of which the last per key
 * counts (the compacted topic akhbar.fetch.seen.v1). {@link IndexedSeenStore} keeps only an index
 * in memory and rebuilds it from the log at start.
 */
public interface SeenLog extends AutoCloseable {

  /** Receives the records of a replay, in log order per key. */
  @FunctionalInterface
  interface Replayer {
    /**
     * @param key the record key (UTF-8)
     * @param value the record value (UTF-8 JSON), or null for a deletion
     */
    void record(byte[] key, byte[] value);
  }

  /**
   * Appends one record.
   *
   * @param value the value, or null to delete the key
   * @return completes when the record is durable, or exceptionally with a {@link WriteFailure}
   */
  CompletionStage<Void> append(String key, String value);

  /**
   * Reads every record from the start of the log up to its end as of the call.
   *
   * @return records read
   * @throws WriteFailure (transient) when the log cannot be read now
   */
  long replay(Replayer replayer);

  @Override
  default void close() {}

  /** A log that keeps nothing: the seen-set lives as long as the process. */
  SeenLog NONE =
      new SeenLog() {
        @Override
        public CompletionStage<Void> append(String key, String value) {
          return CompletableFuture.completedFuture(null);
        }

        @Override
        public long replay(Replayer replayer) {
          return 0;
        }
      };
}
