package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.connection.ConnectionInitException;
import com.datastax.oss.driver.api.core.connection.HeartbeatException;
import com.datastax.oss.driver.api.core.servererrors.QueryValidationException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import io.cqlkit.executor.AuthenticationException;
import io.cqlkit.executor.CqlExecutionException;
import io.cqlkit.executor.InvalidQueryException;
import io.cqlkit.executor.NoNodeAvailableException;
import io.cqlkit.executor.QueryTimeoutException;
import io.cqlkit.executor.UnauthorizedException;
import io.cqlkit.executor.UnavailableException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Maps the driver's exceptions to the executor SPI's, keeping the driver's exception as the
 * cause and naming the statement that failed.
 */
final class ErrorMapping {
  private static final int MAX_CQL_IN_MESSAGE = 300;

  private ErrorMapping() {}

  /**
   * The SPI exception for a failure of the statement {@code cql}. Exceptions that are already the
   * SPI's, and the JDK's argument/state exceptions (bad input, closed executor), pass unchanged.
   */
  static RuntimeException map(Throwable failure, String cql) {
    Throwable error = unwrap(failure);
    if (error instanceof CqlExecutionException
        || error instanceof IllegalArgumentException
        || error instanceof IllegalStateException) {
      return (RuntimeException) error;
    }
    if (error instanceof AllNodesFailedException) {
      return mapAllNodesFailed((AllNodesFailedException) error, cql);
    }
    String message = message(error, cql);
    switch (kind(error)) {
      case TIMEOUT:
        return new QueryTimeoutException(message, error);
      case UNAVAILABLE:
        return new UnavailableException(message, error);
      case INVALID:
        return new InvalidQueryException(message, error);
      case UNAUTHORIZED:
        return new UnauthorizedException(message, error);
      case AUTHENTICATION:
        return new AuthenticationException(message, null, error);
      case NO_NODE:
        return new NoNodeAvailableException(message, error);
      default:
        return new CqlExecutionException(message, error);
    }
  }

  /**
   * Every node the driver tried failed: when all of them failed the same way (e.g. a one-node
   * cluster answering "unavailable"), that way; otherwise no node could serve the statement.
   */
  private static RuntimeException mapAllNodesFailed(AllNodesFailedException error, String cql) {
    Kind common = null;
    for (List<Throwable> nodeErrors : error.getAllErrors().values()) {
      for (Throwable nodeError : nodeErrors) {
        Kind kind = kind(nodeError);
        common = common == null || common == kind ? kind : Kind.NO_NODE;
      }
    }
    String message = message(error, cql);
    if (common == Kind.TIMEOUT) {
      return new QueryTimeoutException(message, error);
    }
    if (common == Kind.UNAVAILABLE) {
      return new UnavailableException(message, error);
    }
    if (common == Kind.INVALID) {
      return new InvalidQueryException(message, error);
    }
    if (common == Kind.UNAUTHORIZED) {
      return new UnauthorizedException(message, error);
    }
    if (common == Kind.AUTHENTICATION) {
      return new AuthenticationException(message, null, error);
    }
    return new NoNodeAvailableException(message, error);
  }

  private enum Kind {
    TIMEOUT,
    UNAVAILABLE,
    INVALID,
    UNAUTHORIZED,
    AUTHENTICATION,
    NO_NODE,
    OTHER
  }

  private static Kind kind(Throwable error) {
    if (error instanceof ReadTimeoutException
        || error instanceof WriteTimeoutException
        || error instanceof DriverTimeoutException) {
      return Kind.TIMEOUT;
    }
    if (error instanceof com.datastax.oss.driver.api.core.servererrors.UnavailableException) {
      return Kind.UNAVAILABLE;
    }
    if (error instanceof com.datastax.oss.driver.api.core.servererrors.UnauthorizedException) {
      return Kind.UNAUTHORIZED; // before QueryValidationException, its superclass
    }
    if (error instanceof com.datastax.oss.driver.api.core.auth.AuthenticationException) {
      return Kind.AUTHENTICATION;
    }
    if (error instanceof QueryValidationException) {
      return Kind.INVALID;
    }
    if (error instanceof com.datastax.oss.driver.api.core.NoNodeAvailableException
        || error instanceof AllNodesFailedException
        || error instanceof ClosedConnectionException
        || error instanceof HeartbeatException
        || error instanceof ConnectionInitException) {
      return Kind.NO_NODE;
    }
    return Kind.OTHER;
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable error = failure;
    while ((error instanceof CompletionException || error instanceof ExecutionException)
        && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }

  private static String message(Throwable error, String cql) {
    String text =
        cql.length() <= MAX_CQL_IN_MESSAGE ? cql : cql.substring(0, MAX_CQL_IN_MESSAGE) + "…";
    String reason = error.getMessage() != null ? error.getMessage() : error.getClass().getName();
    return reason + " [cql: " + text.replace('\n', ' ') + "]";
  }
}
