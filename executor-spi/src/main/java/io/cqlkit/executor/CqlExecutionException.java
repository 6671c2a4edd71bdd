package io.cqlkit.executor;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A statement failed on its way to, or at, the server. Subclasses name the common kinds; the
 * executor's own exception (driver, server) is kept as the cause.
 */
public class CqlExecutionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Reports an execution failure, keeping the executor's own exception as the cause. */
  public CqlExecutionException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Reports an execution failure with no underlying exception. */
  public CqlExecutionException(String message) {
    super(message);
  }

  /**
   * The exception to throw to a synchronous caller for a failed asynchronous execution: the
   * CqlExecutionException (or other unchecked exception) inside a {@link CompletionException} or
   * {@link ExecutionException}, or a CqlExecutionException wrapping anything else.
   */
  public static RuntimeException unwrap(Throwable failure) {
    Throwable t = CqlEngine.unwrap(failure);
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new CqlExecutionException("execution failed: " + t, t);
  }
}
