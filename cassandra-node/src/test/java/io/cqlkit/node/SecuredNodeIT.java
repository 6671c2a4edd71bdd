package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A node with password authentication, authorization and TLS on its native port. */
class SecuredNodeIT {
  private static CassandraNode node;
  private static long readyMillis;

  @BeforeAll
  static void startNode() {
    NodeSecurity security = NodeSecurity.builder()
        .authorization()
        .clientEncryption(NodeKeyStore.generate())
        .build();
    node = CassandraNode.builder().useExternal(false).security(security).build();
    long begin = System.nanoTime();
    node.start();
    readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
    System.out.printf("cassandra-node: secured node ready in %d ms%n", readyMillis);
  }

  @AfterAll
  static void closeNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void should_be_ready_only_when_the_superuser_logs_in_over_tls() {
    InetSocketAddress address = node.contactPoint();

    assertThat(SecuredProbe.ready(address, node.security(), Duration.ofSeconds(5))).isTrue();
    assertThat(node.logTail(2000)).anyMatch(line -> line.contains("Created default superuser role"));
  }

  @Test
  void should_refuse_plain_text_on_the_native_port() {
    InetSocketAddress address = node.contactPoint();

    assertThat(CqlProbe.answersOptions(address, Duration.ofSeconds(5))).isFalse();
    assertThat(SecuredProbe.ready(address, NodeSecurity.builder().passwordAuthentication().build(),
        Duration.ofSeconds(5))).isFalse();
  }

  @Test
  void should_write_the_security_settings_into_the_yaml() throws Exception {
    String yaml = java.nio.file.Files.readString(node.directory().orElseThrow().resolve("cassandra.yaml"));

    assertThat(yaml)
        .contains("class_name: org.apache.cassandra.auth.PasswordAuthenticator")
        .contains("class_name: org.apache.cassandra.auth.CassandraAuthorizer")
        .contains("client_encryption_options:\n  enabled: true\n  optional: false");
  }
}
