package dev.akhbar.indexer.bulk;

import dev.akhbar.indexer.document.IndexDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One attempt at a batch: a bulk request, split in halves when Elasticsearch refuses it for its
 * size until the culprit is alone. Always answers one {@link ItemResult} per document and never
 * throws: a request that failed as a whole holds each of its documents.
 */
final class BulkAttempt {
  private final BulkSender sender;
  private final BulkListener listener;
  private final LongSupplier nanoClock;

  BulkAttempt(BulkSender sender, BulkListener listener, LongSupplier nanoClock) {
    this.sender = sender;
    this.listener = listener;
    this.nanoClock = nanoClock;
  }

  List<ItemResult> send(List<IndexDocument> docs) {
    long bytes = docs.stream().mapToLong(IndexDocument::sizeInBytes).sum();
    long start = nanoClock.getAsLong();
    try {
      List<ItemResult> results = sender.send(docs);
      if (results.size() != docs.size()) {
        throw BulkRequestException.held(
            Hold.unexpected(
                new IllegalStateException(
                    "bulk answered " + results.size() + " items for " + docs.size())),
            0,
            null);
      }
      listener.bulkCompleted(docs.size(), bytes, nanoClock.getAsLong() - start, false);
      return results;
    } catch (BulkRequestException e) {
      listener.bulkCompleted(docs.size(), bytes, nanoClock.getAsLong() - start, true);
      if (!e.contentRefused()) {
        return Collections.nCopies(docs.size(), ItemResult.held(e.status(), e.hold()));
      }
      if (docs.size() == 1) {
        return List.of(ItemResult.rejected(e.status(), e.getMessage()));
      }
      int half = docs.size() / 2;
      List<ItemResult> results = new ArrayList<>(send(docs.subList(0, half)));
      results.addAll(send(docs.subList(half, docs.size())));
      return results;
    } catch (RuntimeException e) {
      // A bug in the sender must not lose the documents, nor dead-letter them: hold them.
      listener.bulkCompleted(docs.size(), bytes, nanoClock.getAsLong() - start, true);
      return Collections.nCopies(docs.size(), ItemResult.held(0, Hold.unexpected(e)));
    }
  }
}
