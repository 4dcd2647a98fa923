package dev.akhbar.indexer.bulk;

/**
 * The final fate of one submitted document.
 *
 * @param kind INDEXED, STALE or REJECTED (retryable failures are retried, never final)
 * @param reason why Elasticsearch rejected it, or null
 */
public record Outcome(ItemResult.Kind kind, String reason) {
  public static final Outcome INDEXED = new Outcome(ItemResult.Kind.INDEXED, null);

  /** Indexed now or already there in this or a newer version: the event is done. */
  public boolean done() {
    return kind == ItemResult.Kind.INDEXED || kind == ItemResult.Kind.STALE;
  }
}
