package dev.akhbar.indexer.bulk;

/**
 * What Elasticsearch answered for one document of a bulk request, sorted into what to do next (see
 * {@link ErrorClassifier}).
 *
 * @param kind indexed, stale, rejected, held or suspect
 * @param status HTTP status of the item (0 when there was no answer)
 * @param reason error type and reason, or null when indexed
 * @param hold why the document waits (HELD, SUSPECT), else null
 */
public record ItemResult(Kind kind, int status, String reason, Hold hold) {
  public enum Kind {
    /** Written. */
    INDEXED,
    /** Version conflict: the index already holds this or a newer version. Success for us. */
    STALE,
    /** Elasticsearch will never take this document as it is (mapping errors...): dead letter. */
    REJECTED,
    /** The cluster, the credentials or its capacity stand in the way: wait, never dead-letter. */
    HELD,
    /**
     * A server error on this document that says nothing about the cluster: retried; dead-lettered
     * only after {@code suspect-attempts} failures in requests that indexed other documents.
     */
    SUSPECT
  }

  public ItemResult {
    if ((kind == Kind.HELD || kind == Kind.SUSPECT) != (hold != null)) {
      throw new IllegalArgumentException(kind + " and hold " + hold + " do not go together");
    }
  }

  public static ItemResult indexed(int status) {
    return new ItemResult(Kind.INDEXED, status, null, null);
  }

  public static ItemResult stale(int status, String reason) {
    return new ItemResult(Kind.STALE, status, reason, null);
  }

  public static ItemResult rejected(int status, String reason) {
    return new ItemResult(Kind.REJECTED, status, reason, null);
  }

  public static ItemResult held(int status, Hold hold) {
    return new ItemResult(Kind.HELD, status, hold.detail(), hold);
  }

  public static ItemResult suspect(int status, Hold hold) {
    return new ItemResult(Kind.SUSPECT, status, hold.detail(), hold);
  }

  /** Settled for good, whatever the outcome: the request reached a working cluster. */
  public boolean settled() {
    return kind == Kind.INDEXED || kind == Kind.STALE || kind == Kind.REJECTED;
  }
}
