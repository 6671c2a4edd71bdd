package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One local node through its whole life: serve, crash and restart on the same data, stop, close.
 * The steps share one node (each start costs seconds), so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CassandraNodeLifecycleIT {
  private static CassandraNode node;
  private static Path directory;

  @BeforeAll
  static void startNode() {
    node = CassandraNode.builder().useExternal(false).crashSafe(true).build();
    long begin = System.nanoTime();
    node.start();
    long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
    directory = node.directory().orElseThrow();
    System.out.printf("cassandra-node: ready in %d ms, resident memory %s%n", readyMillis,
        NodeProcesses.residentMemory(node.pid().getAsLong()));
  }

  @AfterAll
  static void closeNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(1)
  void should_serve_cql_on_a_loopback_port_once_started() throws IOException {
    InetSocketAddress contactPoint = node.contactPoint();

    assertThat(node.isRunning()).isTrue();
    assertThat(contactPoint.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(node.localDatacenter()).isEqualTo("datacenter1");
    assertThat(CqlProbe.answersOptions(contactPoint, Duration.ofSeconds(5))).isTrue();
    assertThat(node.logTail(1000)).anyMatch(line -> line.contains(
        "Starting listening for CQL clients on /127.0.0.1:" + contactPoint.getPort()));
    try (RawCqlClient client = RawCqlClient.connect(contactPoint)) {
      assertThat(client.query("SELECT release_version, data_center FROM system.local"))
          .containsExactly(Arrays.asList("5.0.9", "datacenter1"));
    }
  }

  @Test
  @Order(2)
  void should_keep_its_data_when_killed_and_restarted() throws Exception {
    InetSocketAddress contactPoint = node.contactPoint();
    try (RawCqlClient client = RawCqlClient.connect(contactPoint)) {
      client.query("CREATE KEYSPACE probe WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      client.query("CREATE TABLE probe.kv (k text PRIMARY KEY, v text)");
      client.query("INSERT INTO probe.kv (k, v) VALUES ('answer', '42')");
    }
    long pid = node.pid().getAsLong();

    node.kill();

    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    assertThat(node.isRunning()).isFalse();
    assertThat(CqlProbe.accepts(contactPoint, Duration.ofSeconds(1))).isFalse();

    node.restart();

    assertThat(node.contactPoint()).isEqualTo(contactPoint);
    assertThat(node.directory()).contains(directory);
    assertThat(node.pid().getAsLong()).isNotEqualTo(pid);
    try (RawCqlClient client = RawCqlClient.connect(contactPoint)) {
      assertThat(client.query("SELECT v FROM probe.kv WHERE k = 'answer'")).containsExactly(List.of("42"));
    }
    assertThat(node.logTail(100_000)).filteredOn(line -> line.contains("No host ID found")).hasSize(1);
  }

  @Test
  @Order(3)
  void should_stop_gracefully_and_free_its_port() {
    InetSocketAddress contactPoint = node.contactPoint();
    long pid = node.pid().getAsLong();

    node.stop();

    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    assertThat(node.isRunning()).isFalse();
    assertThat(node.pid()).isEmpty();
    assertThat(CqlProbe.accepts(contactPoint, Duration.ofSeconds(1))).isFalse();
    assertThat(node.logTail(5)).anyMatch(line -> line.contains("Cassandra shutdown complete"));
    assertThat(directory.resolve("data").resolve("commitlog")).isDirectory();
  }

  @Test
  @Order(4)
  void should_delete_the_directory_it_chose_when_closed() {
    assertThat(directory).startsWith(Path.of("target", "cassandra-node").toAbsolutePath());

    node.close();

    assertThat(Files.exists(directory)).isFalse();
  }
}
