package dev.akhbar.indexer.bulk;

import dev.akhbar.indexer.document.IndexDocument;
import java.time.Duration;

/** Observes the buffer (metrics, logs). Called on the flusher thread; exceptions are ignored. */
public interface BulkListener {
  default void bulkCompleted(int documents, long bytes, long nanos, boolean requestFailed) {}

  default void retrying(int documents, Hold hold, Duration delay) {}

  default void rejected(IndexDocument document, String reason) {}

  /** Nothing goes through any more: every document waits for {@code hold} to go away. */
  default void waiting(Hold hold) {}

  /** Documents go through again after waiting {@code waited}. */
  default void resumed(Duration waited) {}

  /** The flusher met an error of its own; it goes on, the batch is held. */
  default void flusherError(Throwable error) {}
}
