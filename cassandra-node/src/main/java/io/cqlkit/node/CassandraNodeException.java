package io.cqlkit.node;

/**
 * A Cassandra node could not be started or stopped: no suitable JDK, missing server jars, the node
 * exited or did not become ready in time. The message says why and, when the node ran, ends with the
 * last lines of its log.
 */
public final class CassandraNodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public CassandraNodeException(String message) {
    super(message);
  }

  /** An exception with the given message and cause. */
  public CassandraNodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
