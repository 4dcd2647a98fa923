package dev.akhbar.indexer.bulk;

/**
 * A bulk request that failed as a whole.
 *
 * @see #retryable()
 */
public class BulkRequestException extends Exception {
  private final int status;

  /**
   * @param status HTTP status, or 0 when there was no answer (connection refused, timeout)
   */
  public BulkRequestException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** No answer, 408, 429 or 5xx: try again later. Other 4xx concern the request's content. */
  public boolean retryable() {
    return status == 0 || ItemResult.isRetryableStatus(status);
  }
}
