package io.cqlkit.executor;

import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * The cluster refused to log in: a wrong username or password, or an authentication scheme the
 * client does not speak. The message names the user, never the password; nothing is retried.
 */
public class AuthenticationException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  @CheckForNull private final String username;

  /** Reports a refused login of {@code username} (null when unknown), keeping the executor's exception as the cause. */
  public AuthenticationException(String message, @CheckForNull String username, Throwable cause) {
    super(message, cause);
    this.username = username;
  }

  /** The user that could not log in, when the executor knows it. */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }
}
