package io.cqlkit.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.ssl.SslEngineFactory;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.internal.core.metadata.DefaultEndPoint;
import io.cqlkit.executor.AuthenticationException;
import io.cqlkit.executor.UnauthorizedException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionSecurityTest {
  private static final String PASSWORD = "s3cr3t-Pa55";

  @Test
  void should_name_the_user_and_never_the_password_when_the_login_is_refused() {
    ConnectionSecurity security = new ConnectionSecurity();
    security.credentials("reader", PASSWORD);
    com.datastax.oss.driver.api.core.auth.AuthenticationException driver =
        new com.datastax.oss.driver.api.core.auth.AuthenticationException(
            new DefaultEndPoint(new InetSocketAddress("127.0.0.1", 9042)),
            "server replied with 'Provided username reader and/or password are incorrect' to"
                + " AuthResponse request (echo " + PASSWORD + ")");
    AllNodesFailedException all = AllNodesFailedException.fromErrors(List.of(failed(driver)));

    AuthenticationException mapped = security.refusedLogin(all).orElseThrow();

    assertThat(mapped)
        .hasMessage(
            "authentication failed for user 'reader' on /127.0.0.1:9042: the server said"
                + " \"Provided username reader and/or password are incorrect\"; check the username and"
                + " password (the password is not shown), and that the role exists and has LOGIN = true")
        .hasCause(all);
    assertThat(mapped.username()).contains("reader");
    assertThat(security.redact("echo " + PASSWORD)).isEqualTo("echo ****");
  }

  @Test
  void should_not_see_a_refused_login_in_other_connect_failures() {
    ConnectionSecurity security = new ConnectionSecurity();
    AllNodesFailedException all =
        AllNodesFailedException.fromErrors(List.of(failed(new IllegalStateException("closed"))));

    assertThat(security.refusedLogin(all)).isEmpty();
    assertThat(security.connectHint(all)).contains("withSsl(...) or withTrustStore(...)");
  }

  @Test
  void should_map_a_refused_permission_to_unauthorized() {
    com.datastax.oss.driver.api.core.servererrors.UnauthorizedException driver =
        new com.datastax.oss.driver.api.core.servererrors.UnauthorizedException(
            null, "User reader has no MODIFY permission on <table ks.t> or any of its parents");

    assertThat(ErrorMapping.map(driver, "INSERT INTO ks.t (pk) VALUES (?)"))
        .isExactlyInstanceOf(UnauthorizedException.class)
        .hasMessage(
            "User reader has no MODIFY permission on <table ks.t> or any of its parents"
                + " [cql: INSERT INTO ks.t (pk) VALUES (?)]")
        .hasCause(driver);
  }

  @Test
  void should_refuse_bad_credentials_and_trust_stores_at_once(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> DriverExecutor.builder().withCredentials("app", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the password of user 'app' must not be null: read it from an environment variable or"
                + " a secret store, never from code");
    assertThatThrownBy(() -> DriverExecutor.builder().withCredentials("", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("username must not be null or empty");
    Path missing = dir.resolve("missing.p12");
    assertThatThrownBy(() -> DriverExecutor.builder().withTrustStore(missing, new char[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trust store " + missing + " does not exist or is not readable");
    Path garbage = Files.writeString(dir.resolve("garbage.p12"), "not a key store");
    assertThatThrownBy(() -> DriverExecutor.builder().withTrustStore(garbage, "pw".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot read the trust store " + garbage);
  }

  @Test
  void should_refuse_credentials_when_wrapping_a_session() {
    CqlSession session =
        (CqlSession)
            Proxy.newProxyInstance(
                CqlSession.class.getClassLoader(),
                new Class<?>[] {CqlSession.class},
                (proxy, method, args) -> method.getName().equals("isClosed") ? false : null);

    assertThatThrownBy(() -> DriverExecutor.builder().withCredentials("app", PASSWORD).wrap(session))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("credentials, TLS")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void should_verify_host_names_unless_told_not_to() throws Exception {
    assertThat(endpointIdentification(new ConnectionSecurity())).isEqualTo("HTTPS");
    ConnectionSecurity lax = new ConnectionSecurity();
    lax.withoutHostnameVerification();
    assertThat(endpointIdentification(lax)).isNull();
  }

  /** The endpoint identification algorithm of the TLS engine the session would use. */
  private static String endpointIdentification(ConnectionSecurity security) throws Exception {
    security.ssl(SSLContext.getDefault());
    AtomicReference<SslEngineFactory> factory = new AtomicReference<>();
    security.applyTo(new CqlSessionBuilder() {
      @Override
      public CqlSessionBuilder withSslEngineFactory(SslEngineFactory sslEngineFactory) {
        factory.set(sslEngineFactory);
        return this;
      }
    });
    SSLEngine engine = factory.get().newSslEngine(new DefaultEndPoint(new InetSocketAddress("127.0.0.1", 9042)));
    return engine.getSSLParameters().getEndpointIdentificationAlgorithm();
  }

  private static Map.Entry<Node, Throwable> failed(Throwable error) {
    Node node =
        (Node)
            Proxy.newProxyInstance(
                Node.class.getClassLoader(),
                new Class<?>[] {Node.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "toString" -> "node1";
                      case "hashCode" -> 1;
                      case "equals" -> proxy == args[0];
                      default -> null;
                    });
    return new AbstractMap.SimpleEntry<>(node, error);
  }
}
