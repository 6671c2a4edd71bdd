package io.cqlkit.executor;

/** No node could be reached (all down, or the connection was lost). */
public class NoNodeAvailableException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  /** Reports a no-node-available failure, keeping the executor's own exception as the cause. */
  public NoNodeAvailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Reports a no-node-available failure with no underlying exception. */
  public NoNodeAvailableException(String message) {
    super(message);
  }
}
