package io.cqlkit.executor;

/** No answer in time: a server-side read/write timeout, or the client's own timeout. */
public class QueryTimeoutException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  public QueryTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }

  public QueryTimeoutException(String message) {
    super(message);
  }
}
