package io.cqlkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.NodeKeyStore;
import io.cqlkit.node.NodeSecurity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's "Secured clusters" command: the main job logs in and speaks TLS to a secured node. */
class SecuredDemoJobIT {
  private static CassandraNode node;
  private static NodeKeyStore keys;

  @BeforeAll
  static void startSecuredNode() {
    keys = NodeKeyStore.generate();
    node = CassandraNode.builder().useExternal(false)
        .security(NodeSecurity.builder().authorization().clientEncryption(keys).build())
        .build().start();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void should_run_every_step_as_a_user_over_tls_with_passwords_from_the_environment() {
    Run run = demo(Map.of(
        DemoSecurity.PASSWORD_ENV, NodeSecurity.SUPERUSER_PASSWORD,
        DemoSecurity.TRUSTSTORE_PASSWORD_ENV, keys.password()));

    assertThat(run.code).as("exit code; output:%n%s%nerrors:%n%s", run.out, run.err).isZero();
    assertThat(run.out).contains("events loaded      2,000 of 2,000").endsWith("OK\n");
  }

  @Test
  void should_exit_1_naming_the_user_but_not_the_password_when_the_password_is_wrong() {
    Run run = demo(Map.of(
        DemoSecurity.PASSWORD_ENV, "wrong-horse-battery",
        DemoSecurity.TRUSTSTORE_PASSWORD_ENV, keys.password()));

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err)
        .startsWith("error: io.cqlkit.executor.AuthenticationException: authentication failed for user 'cassandra'")
        .doesNotContain("wrong-horse-battery");
  }

  private static Run demo(Map<String, String> environment) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String contactPoint = node.contactPoint().getHostString() + ":" + node.contactPoint().getPort();
    int code = DemoJob.run(
        new String[] {
          "--contact-point", contactPoint, "--datacenter", node.localDatacenter(),
          "--username", NodeSecurity.SUPERUSER, "--truststore", keys.trustStore().toString(),
          "--events", "2000", "--window", "64", "--keyspace", "demo_secured"
        },
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        DemoSecurity.Secrets.of(environment));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int code, String out, String err) {}
}
