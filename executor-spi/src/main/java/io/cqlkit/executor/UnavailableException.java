package io.cqlkit.executor;

/** Too few replicas were alive to meet the requested consistency level. */
public class UnavailableException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public UnavailableException(String message) {
    super(message);
  }
}
