package io.cqlkit.executor;

/** No node could be reached (all down, or the connection was lost). */
public class NoNodeAvailableException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  public NoNodeAvailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public NoNodeAvailableException(String message) {
    super(message);
  }
}
