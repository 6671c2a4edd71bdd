package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Selector.count;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.AuthenticationException;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.LwtResult;
import io.cqlkit.executor.NoNodeAvailableException;
import io.cqlkit.executor.UnauthorizedException;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.NodeKeyStore;
import io.cqlkit.node.NodeSecurity;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapter against one node with password authentication, authorization and TLS on its native
 * port (one node start shared by every test here): the right credentials work end to end, a wrong
 * password and a plain-text client fail fast and clearly, and a read-only role cannot write.
 */
class SecuredNodeIT {
  private static final String KS = "secured";
  /**
   * Far below the driver's connect and init-query timeouts (5 s each), let alone a retry loop. The
   * refusal itself takes 0.1-0.6 s here; the driver then closes the failed session, which waits
   * its netty quiet period (2 s by default, 0 in {@link #builder()}).
   */
  private static final Duration FAST_FAILURE = Duration.ofSeconds(2);

  private static final String WRITER = "writer";
  private static final String READER = "reader";
  private static final String WRITER_PASSWORD = randomPassword();
  private static final String READER_PASSWORD = randomPassword();

  private static CassandraNode node;
  private static long startMillis;
  private static DriverExecutor admin;

  @BeforeAll
  static void startSecuredNode() {
    long begin = System.nanoTime();
    NodeSecurity security =
        NodeSecurity.builder().authorization().clientEncryption(NodeKeyStore.generate()).build();
    node = CassandraNode.builder().useExternal(false).security(security).build().start();
    startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
    System.out.printf("adapter: secured node (keys, start, superuser) ready in %d ms%n", startMillis);

    admin = secured(NodeSecurity.SUPERUSER, NodeSecurity.SUPERUSER_PASSWORD).connect();
    TestCluster.recreateKeyspace(admin, KS);
    admin.execute(Schema.createTable(KS, "events").withPartitionKey("id", INT).withColumn("v", TEXT).build());
    admin.execute(
        Schema.createTable(KS, "locks").withPartitionKey("name", TEXT).withColumn("owner", TEXT).build());
    admin.execute(TestCluster.ddl("CREATE ROLE " + WRITER + " WITH PASSWORD = '" + WRITER_PASSWORD + "' AND LOGIN = true"));
    admin.execute(TestCluster.ddl("CREATE ROLE " + READER + " WITH PASSWORD = '" + READER_PASSWORD + "' AND LOGIN = true"));
    admin.execute(TestCluster.ddl("GRANT SELECT ON KEYSPACE " + KS + " TO " + WRITER));
    admin.execute(TestCluster.ddl("GRANT MODIFY ON KEYSPACE " + KS + " TO " + WRITER));
    admin.execute(TestCluster.ddl("GRANT SELECT ON KEYSPACE " + KS + " TO " + READER));
  }

  @AfterAll
  static void stop() {
    if (admin != null) {
      admin.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void should_run_batches_lwt_and_10000_concurrent_statements_with_the_right_credentials() {
    try (DriverExecutor executor = secured(WRITER, WRITER_PASSWORD).connect()) {
      CqlEngine engine = CqlEngine.of(executor);

      engine.batch(BatchType.LOGGED).run(b -> b
          .add(insertInto(KS, "events").value("id", -1).value("v", "batch-a").build())
          .add(insertInto(KS, "events").value("id", -2).value("v", "batch-b").build()));
      LwtResult taken = engine.execute(
          insertInto(KS, "locks").value("name", "job").value("owner", "me").ifNotExists().build()).lwt();
      LwtResult again = engine.execute(
          insertInto(KS, "locks").value("name", "job").value("owner", "you").ifNotExists().build()).lwt();
      CqlTemplate insert = insertInto(KS, "events").value("id", marker()).value("v", marker()).template();
      List<ExecutionResult> results = engine.concurrently().withWindow(256)
          .executeWithArgs(id -> insert.bind(id, "v" + id), IntStream.range(0, 10_000).boxed().toList());

      assertThat(taken.applied()).isTrue();
      assertThat(again.applied()).isFalse();
      assertThat(again.existing().orElseThrow().get("owner", String.class)).isEqualTo("me");
      assertThat(results).hasSize(10_000).allMatch(ExecutionResult::isSuccess);
      assertThat(engine.execute(selectFrom(KS, "events").select(count()).build()).one().get("count", Long.class))
          .isEqualTo(10_002L);
    }
  }

  @Test
  void should_fail_fast_naming_the_user_but_not_the_password_when_the_password_is_wrong() {
    String wrong = "not-" + READER_PASSWORD;
    long begin = System.nanoTime();

    assertThatThrownBy(() -> secured(READER, wrong).connect())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.username()).contains(READER);
          assertThat(e.getMessage())
              .startsWith("authentication failed for user 'reader' on ")
              .contains("127.0.0.1:" + node.contactPoint().getPort() + ": the server said")
              .contains("Provided username reader and/or password are incorrect")
              .doesNotContain(wrong)
              .doesNotContain(READER_PASSWORD);
        });
    assertFailedFast(begin);
  }

  @Test
  void should_fail_fast_and_say_tls_when_a_plain_text_client_meets_the_tls_port() {
    long begin = System.nanoTime();

    assertThatThrownBy(() -> builder().withCredentials(WRITER, WRITER_PASSWORD).connect())
        .isInstanceOf(NoNodeAvailableException.class)
        .hasMessageStartingWith("could not open a session to [")
        .hasMessageContaining("127.0.0.1:" + node.contactPoint().getPort())
        .hasMessageEndingWith(
            "; if the cluster requires TLS (client encryption), configure withSsl(...) or withTrustStore(...)")
        .hasMessageNotContaining(WRITER_PASSWORD);
    assertFailedFast(begin);
  }

  @Test
  void should_refuse_a_server_certificate_the_client_does_not_trust() throws Exception {
    long begin = System.nanoTime();

    assertThatThrownBy(() -> builder()
            .withCredentials(WRITER, WRITER_PASSWORD)
            .withSsl(SSLContext.getDefault()) // the JDK's CAs: not the node's self-signed certificate
            .connect())
        .isInstanceOf(NoNodeAvailableException.class)
        .hasMessageStartingWith("could not open a session to [")
        .hasMessageContaining("PKIX path building failed")
        .hasMessageEndingWith("; the TLS handshake failed: check that the trust store holds the certificate"
            + " of the cluster (or of its CA) and that the certificate names the host connected to"
            + " (or, for a test cluster, withoutHostnameVerification())")
        .hasMessageNotContaining(WRITER_PASSWORD);
    assertFailedFast(begin);
  }

  @Test
  void should_connect_with_a_trust_store_file_and_host_name_verification() {
    NodeKeyStore keys = node.security().keyStore().orElseThrow();
    try (DriverExecutor executor = builder()
        .withCredentials(READER, READER_PASSWORD)
        .withTrustStore(keys.trustStore(), keys.password().toCharArray())
        .connect()) {
      assertThat(executor.execute(selectFrom("system", "local").columns("release_version").build())
          .one().get("release_version", String.class)).isEqualTo("5.0.9");
    }
  }

  @Test
  void should_refuse_the_write_of_a_read_only_role_naming_the_permission_and_write_nothing() {
    try (DriverExecutor executor = secured(READER, READER_PASSWORD).connect()) {
      CqlEngine engine = CqlEngine.of(executor);

      assertThat(engine.execute(selectFrom(KS, "locks").all().where("name", "nobody").build()).rows()).isEmpty();
      assertThatThrownBy(() -> engine.execute(
              insertInto(KS, "locks").value("name", "reader-was-here").value("owner", "reader").build()))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessage("User reader has no MODIFY permission on <table secured.locks> or any of its parents"
              + " [cql: INSERT INTO secured.locks (name, owner) VALUES (?, ?)]");
    }
    assertThat(admin.execute(selectFrom(KS, "locks").all().where("name", "reader-was-here").build()).rows())
        .isEmpty();
  }

  private static void assertFailedFast(long beginNanos) {
    Duration took = Duration.ofNanos(System.nanoTime() - beginNanos);
    System.out.printf("adapter: secured node refused the connection in %d ms%n", took.toMillis());
    assertThat(took).isLessThan(FAST_FAILURE);
  }

  /** A builder on the node whose failed session closes without netty's 2 s quiet period. */
  private static DriverExecutorBuilder builder() {
    return TestCluster.executorBuilder(node)
        .withConfig(config -> config
            .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
            .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0));
  }

  /** A builder on the node with TLS (trusting the node's generated certificate) and credentials. */
  private static DriverExecutorBuilder secured(String user, String password) {
    return builder()
        .withSsl(node.security().keyStore().orElseThrow().sslContext())
        .withCredentials(user, password);
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
