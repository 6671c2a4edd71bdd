package io.cqlkit.executor;

/** No answer in time: a server-side read/write timeout, or the client's own timeout. */
public class QueryTimeoutException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  /** Reports a timeout, keeping the executor's own exception as the cause. */
  public QueryTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Reports a timeout with no underlying exception. */
  public QueryTimeoutException(String message) {
    super(message);
  }
}
