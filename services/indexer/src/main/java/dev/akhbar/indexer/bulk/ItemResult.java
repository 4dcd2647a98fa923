package dev.akhbar.indexer.bulk;

/**
 * What Elasticsearch answered for one document of a bulk request, sorted into what to do next.
 *
 * @param kind indexed, stale (a same or newer version is already there), retryable or rejected
 * @param status HTTP status of the item
 * @param reason error type and reason, or null when indexed
 */
public record ItemResult(Kind kind, int status, String reason) {
  public enum Kind {
    /** Written. */
    INDEXED,
    /** Version conflict: the index already holds this or a newer version. Success for us. */
    STALE,
    /** Overload or unavailability (429, 5xx): send again later. */
    RETRYABLE,
    /** Elasticsearch will never take this document as it is (mapping errors...): dead letter. */
    REJECTED
  }

  public static ItemResult indexed(int status) {
    return new ItemResult(Kind.INDEXED, status, null);
  }

  /** Sorts one bulk item answer by its status and error type. */
  public static ItemResult classify(int status, String errorType, String errorReason) {
    if (status >= 200 && status < 300 && errorType == null) {
      return indexed(status);
    }
    String reason =
        (errorType == null ? "status " + status : errorType)
            + (errorReason == null ? "" : ": " + errorReason);
    if (status == 409 || "version_conflict_engine_exception".equals(errorType)) {
      return new ItemResult(Kind.STALE, status, reason);
    }
    if (isRetryableStatus(status)) {
      return new ItemResult(Kind.RETRYABLE, status, reason);
    }
    return new ItemResult(Kind.REJECTED, status, reason);
  }

  /** 408, 429 and 5xx are worth another try; other 4xx are not. */
  public static boolean isRetryableStatus(int status) {
    return status == 408 || status == 429 || status >= 500;
  }
}
