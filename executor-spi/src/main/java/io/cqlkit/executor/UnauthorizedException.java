package io.cqlkit.executor;

/**
 * The server refused the statement because the logged-in role lacks a permission on it (e.g.
 * {@code MODIFY} on a table of a keyspace it may only read); the message names the permission and
 * the resource as the server does. Nothing was written.
 */
public class UnauthorizedException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  /** Reports a refused permission, keeping the executor's own exception as the cause. */
  public UnauthorizedException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Reports a refused permission with no underlying exception. */
  public UnauthorizedException(String message) {
    super(message);
  }
}
