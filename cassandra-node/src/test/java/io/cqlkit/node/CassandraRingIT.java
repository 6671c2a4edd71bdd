package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A local ring of three real nodes: started, seen whole by every member, a member killed, stopped and restarted. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CassandraRingIT {
  private static CassandraRing ring;

  @BeforeAll
  static void startRing() {
    ring = CassandraRing.builder().crashSafe(true).build().start();
    System.out.println("ring of 3 ready in " + NodeFiles.format(ring.startTime()));
  }

  @AfterAll
  static void closeRing() {
    if (ring != null) {
      ring.close();
      for (CassandraNode node : ring.nodes()) {
        assertThat(NodeProcesses.runningIn(node.directory().orElseThrow())).isEmpty();
      }
    }
  }

  @Test
  @Order(1)
  void should_run_three_members_on_three_addresses_with_the_same_ports() throws Exception {
    List<InetSocketAddress> points = ring.contactPoints();
    assertThat(points).extracting(InetSocketAddress::getHostString)
        .containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.3");
    assertThat(points).extracting(InetSocketAddress::getPort).containsOnly(points.get(0).getPort());
    assertThat(ring.startTime()).isLessThan(Duration.ofSeconds(90));
    for (CassandraNode node : ring.nodes()) {
      try (RawCqlClient client = RawCqlClient.connect(node.contactPoint())) {
        assertThat(client.query("SELECT peer FROM system.peers_v2")).hasSize(2);
        assertThat(client.query("SELECT cluster_name FROM system.local")).containsExactly(List.of("cqlkit"));
      }
      System.out.println(node + " resident " + NodeProcesses.residentMemory(node.pid().orElseThrow()));
    }
  }

  @Test
  @Order(2)
  void should_kill_a_member_and_restart_it_on_its_own_data() throws Exception {
    try (RawCqlClient client = RawCqlClient.connect(ring.node(0).contactPoint())) {
      client.query("CREATE KEYSPACE ring_it WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}");
    }
    long pid = ring.node(1).pid().orElseThrow();

    ring.kill(1);
    long t0 = System.nanoTime();
    ring.awaitDown(1, Duration.ofSeconds(60));
    System.out.printf("member 1 seen DOWN %.1f s after SIGKILL%n", (System.nanoTime() - t0) / 1e9);
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(ring.node(1).isRunning()).isFalse();

    ring.restart(1);

    try (RawCqlClient client = RawCqlClient.connect(ring.node(1).contactPoint())) {
      assertThat(client.query("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = 'ring_it'"))
          .hasSize(1);
    }
  }

  @Test
  @Order(3)
  void should_stop_a_member_gracefully_and_restart_it() {
    ring.stop(2);
    assertThat(ring.node(2).isRunning()).isFalse();

    ring.restart(2);

    assertThat(ring.nodes()).allMatch(CassandraNode::isRunning);
    assertThat(CqlProbe.answersOptions(ring.node(2).contactPoint(), Duration.ofSeconds(5))).isTrue();
  }

  @Test
  @Order(4)
  void should_bring_back_two_members_killed_together_one_after_the_other() {
    ring.kill(1);
    ring.kill(2);
    ring.awaitDown(1, Duration.ofSeconds(60));
    ring.awaitDown(2, Duration.ofSeconds(60));

    ring.restart(1);
    ring.restart(2);

    assertThat(ring.nodes()).allMatch(CassandraNode::isRunning);
  }
}
