package dev.akhbar.indexer.bulk;

/** Completes outcomes of documents still buffered when the buffer closes. */
public final class ShutdownException extends RuntimeException {
  public ShutdownException() {
    super("Indexer shutting down; the event stays unacknowledged and will be redelivered");
  }
}
