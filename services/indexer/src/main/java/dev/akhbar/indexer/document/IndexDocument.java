package dev.akhbar.indexer.document;

/**
 * One document ready for a bulk request.
 *
 * @param index the concrete index (see {@code IndexLayout})
 * @param id the article id (document id)
 * @param version external version, see {@link DocumentVersion}
 * @param json the document source, UTF-8 JSON
 */
public record IndexDocument(String index, String id, long version, byte[] json) {
  /** Size counted against the bulk byte limit. */
  public int sizeInBytes() {
    return json.length;
  }
}
