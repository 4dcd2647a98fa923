package dev.akhbar.indexer.bulk;

import dev.akhbar.indexer.document.IndexDocument;
import java.time.Duration;
import org.jboss.logging.Logger;

/** Keeps a failing listener (metrics, logs) from ever stopping the flusher. */
record SafeListener(BulkListener delegate) implements BulkListener {
  @Override
  public void bulkCompleted(int documents, long bytes, long nanos, boolean requestFailed) {
    guard(() -> delegate.bulkCompleted(documents, bytes, nanos, requestFailed));
  }

  @Override
  public void retrying(int documents, Hold hold, Duration delay) {
    guard(() -> delegate.retrying(documents, hold, delay));
  }

  @Override
  public void rejected(IndexDocument document, String reason) {
    guard(() -> delegate.rejected(document, reason));
  }

  @Override
  public void waiting(Hold hold) {
    guard(() -> delegate.waiting(hold));
  }

  @Override
  public void resumed(Duration waited) {
    guard(() -> delegate.resumed(waited));
  }

  @Override
  public void flusherError(Throwable error) {
    guard(() -> delegate.flusherError(error));
  }

  private static void guard(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      Logger.getLogger(BulkBuffer.class).warnf(e, "Indexer listener failed");
    }
  }
}
