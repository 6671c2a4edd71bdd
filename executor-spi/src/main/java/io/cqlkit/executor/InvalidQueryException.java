package io.cqlkit.executor;

/** The server refused the statement as invalid (syntax, unknown table or column, a rule of CQL). */
public class InvalidQueryException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  /** Reports an invalid-query failure, keeping the executor's own exception as the cause. */
  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Reports an invalid-query failure with no underlying exception. */
  public InvalidQueryException(String message) {
    super(message);
  }
}
