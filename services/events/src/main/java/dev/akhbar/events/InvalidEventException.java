package dev.akhbar.events;

/**
 * An event that does not satisfy the contract: not JSON, wrong shape, or a required field missing.
 */
public class InvalidEventException extends RuntimeException {
  public InvalidEventException(String message) {
    super(message);
  }

  public InvalidEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
