package dev.akhbar.indexer.bulk;

/**
 * A bulk request that failed as a whole: either held ({@link #hold()}: the cluster, credentials or
 * capacity; retried) or refused for its content ({@link #contentRefused()}: too large; the buffer
 * splits it to find the culprit).
 */
public class BulkRequestException extends Exception {
  private final int status;
  private final transient Hold hold;

  private BulkRequestException(String message, int status, Hold hold, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.hold = hold;
  }

  /** The request failed for a cause outside the documents. */
  public static BulkRequestException held(Hold hold, int status, Throwable cause) {
    return new BulkRequestException(hold.describe(), status, hold, cause);
  }

  /** Elasticsearch refused the request because of what it carries (413). */
  public static BulkRequestException contentRefused(String message, int status, Throwable cause) {
    return new BulkRequestException(message, status, null, cause);
  }

  /**
   * @return HTTP status, or 0 when there was no answer (connection refused, timeout)
   */
  public int status() {
    return status;
  }

  /** Why the request waits, or null when its content was refused. */
  public Hold hold() {
    return hold;
  }

  public boolean contentRefused() {
    return hold == null;
  }
}
