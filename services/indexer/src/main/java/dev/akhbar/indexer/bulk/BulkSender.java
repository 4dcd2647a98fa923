package dev.akhbar.indexer.bulk;

import dev.akhbar.indexer.document.IndexDocument;
import java.util.List;

/** Sends one bulk request. Implemented on Elasticsearch; faked only in unit tests of the buffer. */
@FunctionalInterface
public interface BulkSender {
  /**
   * @return one result per document, in order
   * @throws BulkRequestException when the request as a whole failed (connection refused, 429...)
   */
  List<ItemResult> send(List<IndexDocument> documents) throws BulkRequestException;
}
