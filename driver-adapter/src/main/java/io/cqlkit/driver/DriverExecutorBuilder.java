package io.cqlkit.driver;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.auth.AuthProvider;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import io.cqlkit.executor.AuthenticationException;
import io.cqlkit.executor.CqlExecutionException;
import io.cqlkit.executor.NoNodeAvailableException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.CheckForNull;
import javax.net.ssl.SSLContext;

/**
 * Options for a {@link DriverExecutor}: either the connection settings of a session it opens with
 * {@link #connect()}, or just executor options for a session given to {@link #wrap}. Get one from
 * {@link DriverExecutor#builder()}.
 */
public final class DriverExecutorBuilder {
  private final List<InetSocketAddress> contactPoints = new ArrayList<>();
  private final List<Consumer<ProgrammaticDriverConfigLoaderBuilder>> config = new ArrayList<>();
  private final List<Consumer<CqlSessionBuilder>> sessionOptions = new ArrayList<>();
  @CheckForNull private String localDatacenter;
  @CheckForNull private String keyspace;
  private int preparedCacheSize = DriverExecutor.DEFAULT_PREPARED_CACHE_SIZE;
  private final ConnectionSecurity security = new ConnectionSecurity();

  DriverExecutorBuilder() {}

  /**
   * Logs in with a username and password (Cassandra's {@code PasswordAuthenticator}). A refused
   * login fails {@link #connect()} with an {@link AuthenticationException} naming the user, never
   * the password. Read the password from the environment or a secret store, not from code.
   *
   * <pre>{@code
   * .withCredentials("app", System.getenv("CQL_PASSWORD"))
   * }</pre>
   */
  public DriverExecutorBuilder withCredentials(String username, String password) {
    security.credentials(username, password);
    return this;
  }

  /** Logs in with the driver's {@link AuthProvider} (e.g. Kerberos or a custom scheme) instead of credentials. */
  public DriverExecutorBuilder withAuthProvider(AuthProvider provider) {
    security.authProvider(provider);
    return this;
  }

  /**
   * Encrypts client traffic with TLS using {@code context}'s trust (and, for client
   * authentication, key) managers. The server's certificate must name the host connected to:
   * host name verification is on unless {@link #withoutHostnameVerification()}.
   */
  public DriverExecutorBuilder withSsl(SSLContext context) {
    security.ssl(context);
    return this;
  }

  /**
   * Encrypts client traffic with TLS, trusting the certificates in a PKCS12 or JKS trust store
   * (read now: a wrong path or password fails here). Host name verification is on.
   *
   * <pre>{@code
   * .withTrustStore(Path.of("client-truststore.p12"), System.getenv("TRUSTSTORE_PASSWORD").toCharArray())
   * }</pre>
   */
  public DriverExecutorBuilder withTrustStore(Path trustStore, char[] password) {
    security.trustStore(trustStore, password);
    return this;
  }

  /**
   * Accepts a server certificate that does not name the host connected to (it is still checked
   * against the trust store). Only for test clusters and addresses without names: it lets anyone
   * holding a trusted certificate impersonate the cluster.
   */
  public DriverExecutorBuilder withoutHostnameVerification() {
    security.withoutHostnameVerification();
    return this;
  }

  /** A node to connect to first; the driver discovers the others. */
  public DriverExecutorBuilder addContactPoint(String host, int port) {
    checkArgument(host != null && !host.isEmpty(), "contact point host must not be null or empty");
    checkArgument(
        port > 0 && port <= 65535, "contact point port must be in 1..65535, but was %s", port);
    return addContactPoint(new InetSocketAddress(host, port));
  }

  /** A node to connect to first; the driver discovers the others. */
  public DriverExecutorBuilder addContactPoint(InetSocketAddress address) {
    checkArgument(address != null, "contact point must not be null");
    contactPoints.add(address);
    return this;
  }

  /** The datacenter whose nodes serve requests (required with explicit contact points). */
  public DriverExecutorBuilder withLocalDatacenter(String datacenter) {
    checkArgument(
        datacenter != null && !datacenter.isEmpty(),
        "local datacenter must not be null or empty (SimpleSnitch names it \"datacenter1\")");
    this.localDatacenter = datacenter;
    return this;
  }

  /** The keyspace unqualified table names refer to. */
  public DriverExecutorBuilder withKeyspace(String keyspace) {
    checkArgument(keyspace != null && !keyspace.isEmpty(), "keyspace must not be null or empty");
    this.keyspace = keyspace;
    return this;
  }

  /** Uses {@link DriverExecutor#fastSchemaChanges} settings: for tests that change schema often. */
  public DriverExecutorBuilder withFastSchemaChanges() {
    return withConfig(DriverExecutor::fastSchemaChanges);
  }

  /**
   * Sets driver options programmatically, on top of the driver's configuration files.
   *
   * <pre>{@code
   * .withConfig(c -> c.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(5)))
   * }</pre>
   */
  public DriverExecutorBuilder withConfig(Consumer<ProgrammaticDriverConfigLoaderBuilder> options) {
    checkArgument(options != null, "config options must not be null");
    config.add(options);
    return this;
  }

  /**
   * Sets anything else on the driver's session builder (credentials, SSL, codecs...), applied
   * after the settings above.
   *
   * <pre>{@code
   * .withSessionOptions(b -> b.withAuthCredentials("user", "secret"))
   * }</pre>
   */
  public DriverExecutorBuilder withSessionOptions(Consumer<CqlSessionBuilder> options) {
    checkArgument(options != null, "session options must not be null");
    sessionOptions.add(options);
    return this;
  }

  /** How many distinct CQL texts stay prepared (default {@value DriverExecutor#DEFAULT_PREPARED_CACHE_SIZE}). */
  public DriverExecutorBuilder withPreparedCacheSize(int size) {
    checkArgument(size > 0, "prepared cache size must be positive, but was %s", size);
    this.preparedCacheSize = size;
    return this;
  }

  /**
   * Opens a session with these settings; the executor owns it and {@link DriverExecutor#close()}
   * closes it.
   *
   * @throws NoNodeAvailableException if no contact point could be reached
   * @throws AuthenticationException if a node refused the login (no retry)
   */
  public DriverExecutor connect() {
    ProgrammaticDriverConfigLoaderBuilder loader = DriverConfigLoader.programmaticBuilder();
    // The executor logs each server warning with its statement; the driver would log it again.
    loader.withBoolean(DefaultDriverOption.REQUEST_LOG_WARNINGS, false);
    config.forEach(options -> options.accept(loader));
    CqlSessionBuilder session = CqlSession.builder().withConfigLoader(loader.build());
    session.addContactPoints(contactPoints);
    if (localDatacenter != null) {
      session.withLocalDatacenter(localDatacenter);
    }
    if (keyspace != null) {
      session.withKeyspace(CqlIdentifier.fromInternal(keyspace));
    }
    security.applyTo(session);
    sessionOptions.forEach(options -> options.accept(session));
    try {
      return new DriverExecutor(session.build(), true, preparedCacheSize);
    } catch (AllNodesFailedException e) {
      Optional<AuthenticationException> refused = security.refusedLogin(e);
      if (refused.isPresent()) {
        throw refused.get();
      }
      throw new NoNodeAvailableException(
          security.redact(
              String.format(
                  "could not open a session to %s: %s%s",
                  contactPoints.isEmpty() ? "the configured contact points" : contactPoints,
                  e.getMessage(),
                  security.connectHint(e))),
          e);
    } catch (DriverException e) {
      throw new CqlExecutionException(
          security.redact("could not open a session: " + e.getMessage()), e);
    }
  }

  /**
   * An executor over a session the caller owns; {@link DriverExecutor#close()} leaves it open.
   *
   * @throws IllegalStateException if connection settings were given (they only apply to {@link
   *     #connect()})
   */
  public DriverExecutor wrap(CqlSession session) {
    checkArgument(session != null, "session must not be null");
    checkState(
        contactPoints.isEmpty()
            && localDatacenter == null
            && keyspace == null
            && config.isEmpty()
            && sessionOptions.isEmpty()
            && security.isEmpty(),
        "contact points, local datacenter, keyspace, credentials, TLS, config and session"
            + " options configure the session that connect() opens; they do nothing for wrap(session): remove them, or"
            + " call connect() instead");
    checkArgument(!session.isClosed(), "session is closed: pass an open session");
    return new DriverExecutor(session, false, preparedCacheSize);
  }
}
