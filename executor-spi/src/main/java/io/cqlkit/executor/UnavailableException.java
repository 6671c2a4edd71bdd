package io.cqlkit.executor;

/** Too few replicas were alive to meet the requested consistency level. */
public class UnavailableException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  /** Reports an unavailable failure, keeping the executor's own exception as the cause. */
  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Reports an unavailable failure with no underlying exception. */
  public UnavailableException(String message) {
    super(message);
  }
}
