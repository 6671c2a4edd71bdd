package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ring that cannot start fails fast, naming the member and its log, and leaves no process behind. */
class CassandraRingStartupFailureIT {
  @TempDir Path directory;

  @Test
  void should_name_an_address_it_cannot_listen_on() {
    CassandraNodeException failure = catchThrowableOfType(CassandraNodeException.class,
        () -> CassandraRing.builder().directory(directory).addresses("127.0.0.1", "192.0.2.1").build());

    assertThat(failure).hasMessageStartingWith("192.0.2.1 (ring member 1 of 0..1) in "
        + directory.resolve("node2") + " cannot listen on 192.0.2.1 (");
    assertThat(failure.getMessage()).contains("on Linux every 127.x.y.z address answers");
  }

  @Test
  void should_fail_fast_naming_the_member_whose_port_is_taken() throws Exception {
    int[] ports;
    try (ServerSocket a = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        ServerSocket b = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      ports = new int[] {a.getLocalPort(), b.getLocalPort()};
    }
    CassandraRing ring = CassandraRing.builder().nodes(2).directory(directory).ports(ports[0], ports[1]).build();
    try (ServerSocket taken = new ServerSocket(ports[1], 1, InetAddress.getByName("127.0.0.2"))) {
      CassandraNodeException failure = catchThrowableOfType(CassandraNodeException.class, ring::start);

      assertThat(failure).hasMessageStartingWith("Cassandra node 127.0.0.2 (ring member 1 of 0..1) in "
          + directory.resolve("node2") + " could not bind its ports (CQL " + ports[1]);
      assertThat(failure.getMessage()).contains("Its log is " + ring.node(1).logFile().orElseThrow());
    } finally {
      ring.close();
    }
    assertThat(ring.nodes()).noneMatch(CassandraNode::isRunning);
    assertThat(NodeProcesses.runningIn(directory)).isEmpty();
  }

  @Test
  void should_fail_fast_when_a_member_dies_during_startup() throws Exception {
    CassandraRing ring = CassandraRing.builder().nodes(2).directory(directory).build();
    AtomicBoolean killed = new AtomicBoolean();
    Thread killer = new Thread(() -> {
      while (!killed.get()) {
        ring.node(1).pid().ifPresent(pid -> {
          ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
          killed.set(true);
        });
        Thread.onSpinWait();
      }
    });
    killer.setDaemon(true);
    killer.start();
    try {
      CassandraNodeException failure = catchThrowableOfType(CassandraNodeException.class, ring::start);

      assertThat(killed).isTrue();
      assertThat(failure).hasMessageStartingWith("Cassandra node 127.0.0.2 (ring member 1 of 0..1) in "
          + directory.resolve("node2") + " exited with code 137 before it was ready. Its log is "
          + ring.node(1).logFile().orElseThrow());
    } finally {
      killed.set(true);
      ring.close();
    }
    assertThat(ring.nodes()).noneMatch(CassandraNode::isRunning);
    assertThat(NodeProcesses.runningIn(directory)).isEmpty();
  }
}
