package dev.akhbar.indexer.bulk;

import java.time.Duration;

/**
 * How {@link BulkBuffer} batches, buffers and retries.
 *
 * @param maxActions documents per bulk request
 * @param maxBytes bytes of document source per bulk request (a single larger document goes alone)
 * @param flushInterval longest a document waits for companions
 * @param capacityActions documents buffered before submitters are held back
 * @param capacityBytes bytes buffered before submitters are held back
 * @param backoff retry delays, per document and for the gate
 * @param suspectAttempts server errors on one document, while others are indexed, before it is
 *     dead-lettered
 */
public record BulkSettings(
    int maxActions,
    long maxBytes,
    Duration flushInterval,
    int capacityActions,
    long capacityBytes,
    Backoff backoff,
    int suspectAttempts) {
  public BulkSettings {
    if (maxActions < 1
        || maxBytes < 1
        || capacityActions < maxActions
        || capacityBytes < maxBytes
        || suspectAttempts < 1) {
      throw new IllegalArgumentException(
          "Need 1 <= maxActions <= capacityActions, 1 <= maxBytes <= capacityBytes and"
              + " suspectAttempts >= 1");
    }
  }
}
