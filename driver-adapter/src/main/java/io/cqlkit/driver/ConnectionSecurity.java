package io.cqlkit.driver;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.auth.AuthProvider;
import com.datastax.oss.driver.api.core.auth.ProgrammaticPlainTextAuthProvider;
import com.datastax.oss.driver.api.core.ssl.ProgrammaticSslEngineFactory;
import io.cqlkit.executor.AuthenticationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.CheckForNull;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

/**
 * Credentials and TLS of a session that {@link DriverExecutorBuilder#connect()} opens, and the
 * reading of a refused login. The password is kept only to hand it to the driver and to make sure
 * no message ever shows it.
 */
final class ConnectionSecurity {
  @CheckForNull private String username;
  @CheckForNull private String password;
  @CheckForNull private AuthProvider authProvider;
  @CheckForNull private SSLContext sslContext;
  private boolean hostnameVerification = true;

  void credentials(String username, String password) {
    checkArgument(username != null && !username.isEmpty(), "username must not be null or empty");
    checkArgument(
        password != null,
        "the password of user '%s' must not be null: read it from an environment variable or a"
            + " secret store, never from code",
        username);
    checkState(authProvider == null, "an auth provider is already set: give credentials or an auth provider, not both");
    this.username = username;
    this.password = password;
  }

  void authProvider(AuthProvider provider) {
    checkArgument(provider != null, "auth provider must not be null");
    checkState(username == null, "credentials are already set: give credentials or an auth provider, not both");
    this.authProvider = provider;
  }

  void ssl(SSLContext context) {
    checkArgument(context != null, "SSL context must not be null: pass e.g. SSLContext.getDefault()");
    this.sslContext = context;
  }

  void trustStore(Path path, char[] storePassword) {
    checkArgument(path != null, "trust store path must not be null");
    checkArgument(storePassword != null, "trust store password must not be null (pass an empty array if it has none)");
    checkArgument(Files.isReadable(path), "trust store %s does not exist or is not readable", path);
    try {
      KeyStore store = KeyStore.getInstance(path.toFile(), storePassword); // PKCS12 or JKS
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      this.sslContext = context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot read the trust store " + path + " (" + e.getMessage() + "): check its password"
              + " and that it is a PKCS12 or JKS file",
          e);
    }
  }

  void withoutHostnameVerification() {
    this.hostnameVerification = false;
  }

  boolean isEmpty() {
    return username == null && authProvider == null && sslContext == null && hostnameVerification;
  }

  boolean usesTls() {
    return sslContext != null;
  }

  /** Sets the credentials and TLS on the driver's session builder. */
  void applyTo(CqlSessionBuilder session) {
    if (username != null) {
      session.withAuthProvider(new ProgrammaticPlainTextAuthProvider(username, password));
    } else if (authProvider != null) {
      session.withAuthProvider(authProvider);
    }
    if (sslContext != null) {
      session.withSslEngineFactory(
          new ProgrammaticSslEngineFactory(sslContext, null, hostnameVerification));
    }
  }

  /**
   * The cqlkit exception for a session that could not open because a node refused the login, or
   * empty when no node did. The message names the user and the node, never the password.
   */
  Optional<AuthenticationException> refusedLogin(AllNodesFailedException error) {
    for (Map.Entry<?, List<Throwable>> node : error.getAllErrors().entrySet()) {
      for (Throwable nodeError : node.getValue()) {
        if (nodeError instanceof com.datastax.oss.driver.api.core.auth.AuthenticationException) {
          com.datastax.oss.driver.api.core.auth.AuthenticationException refused =
              (com.datastax.oss.driver.api.core.auth.AuthenticationException) nodeError;
          String who = username != null ? "user '" + username + "'" : "the auth provider's user";
          return Optional.of(
              new AuthenticationException(
                  redact(
                      "authentication failed for "
                          + who
                          + " on "
                          + refused.getEndPoint()
                          + ": "
                          + serverReason(refused)
                          + "; check the username and password (the password is not shown),"
                          + " and that the role exists and has LOGIN = true"),
                  username,
                  error));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A hint for a session that could not open at all: a TLS handshake that failed (untrusted or
   * misnamed certificate), or TLS on one side only, are common causes.
   */
  String connectHint(AllNodesFailedException error) {
    for (List<Throwable> nodeErrors : error.getAllErrors().values()) {
      for (Throwable nodeError : nodeErrors) {
        for (Throwable cause = nodeError; cause != null; cause = cause.getCause()) {
          if (cause instanceof SSLHandshakeException) {
            return "; the TLS handshake failed: check that the trust store holds the certificate of"
                + " the cluster (or of its CA) and that the certificate names the host connected to"
                + (hostnameVerification ? " (or, for a test cluster, withoutHostnameVerification())" : "");
          }
        }
      }
    }
    return usesTls()
        ? "; the session uses TLS: if the node serves plain text, remove withSsl/withTrustStore"
        : "; if the cluster requires TLS (client encryption), configure withSsl(...) or"
            + " withTrustStore(...)";
  }

  /** Replaces the password wherever a message might echo it. */
  String redact(String message) {
    if (password == null || password.isEmpty() || message == null) {
      return message;
    }
    return message.replace(password, "****");
  }

  private static String serverReason(com.datastax.oss.driver.api.core.auth.AuthenticationException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int replied = message.indexOf("server replied with '");
    if (replied >= 0) {
      int start = replied + "server replied with '".length();
      int end = message.indexOf('\'', start);
      return "the server said \"" + (end > start ? message.substring(start, end) : message.substring(start)) + "\"";
    }
    return message;
  }
}
