package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a node handle does without starting a server: settings, external clusters, states. */
class CassandraNodeTest {
  @TempDir Path dir;

  @AfterEach
  void clearProperties() {
    System.clearProperty(CassandraNode.CONTACT_POINT_PROPERTY);
    System.clearProperty(CassandraNode.DATACENTER_PROPERTY);
  }

  @Test
  void should_point_at_the_external_cluster_named_by_the_system_properties() {
    System.setProperty(CassandraNode.CONTACT_POINT_PROPERTY, "10.0.0.7:19042");
    System.setProperty(CassandraNode.DATACENTER_PROPERTY, "dc-east");

    CassandraNode node = CassandraNode.builder().build();

    assertThat(node.isExternal()).isTrue();
    assertThat(node.start()).isSameAs(node);
    assertThat(node.contactPoint()).isEqualTo(new InetSocketAddress("10.0.0.7", 19042));
    assertThat(node.localDatacenter()).isEqualTo("dc-east");
    assertThat(node.isRunning()).isTrue();
    assertThat(node.pid()).isEmpty();
    assertThat(node.directory()).isEmpty();
    assertThat(node.logTail(40)).isEmpty();
    node.stop();
    node.close();
    assertThat(node.toString()).isEqualTo("CassandraNode{external /10.0.0.7:19042, datacenter dc-east}");
  }

  @Test
  void should_default_the_external_datacenter_to_datacenter1() {
    System.setProperty(CassandraNode.CONTACT_POINT_PROPERTY, "[::1]:9042");

    CassandraNode node = CassandraNode.builder().build();

    assertThat(node.contactPoint()).isEqualTo(new InetSocketAddress("::1", 9042));
    assertThat(node.localDatacenter()).isEqualTo("datacenter1");
  }

  @Test
  void should_refuse_to_kill_or_restart_an_external_cluster() {
    CassandraNode node = CassandraNode.external(new InetSocketAddress("10.0.0.7", 9042), "dc1");

    assertThatThrownBy(node::kill)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot kill the external cluster at /10.0.0.7:9042 (system property"
            + " cqlkit.contactPoint): run fault tests on a local node, e.g."
            + " CassandraNode.builder().useExternal(false)");
    assertThatThrownBy(node::restart)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot restart the external cluster at /10.0.0.7:9042");
  }

  @Test
  void should_build_a_local_node_when_told_to_ignore_the_external_cluster() {
    System.setProperty(CassandraNode.CONTACT_POINT_PROPERTY, "10.0.0.7:9042");

    CassandraNode node = CassandraNode.builder().useExternal(false).directory(dir).build();

    assertThat(node.isExternal()).isFalse();
    assertThat(node.localDatacenter()).isEqualTo("datacenter1");
    assertThat(node.directory()).contains(dir.toAbsolutePath());
    assertThat(node.logFile()).contains(dir.toAbsolutePath().resolve("logs").resolve("node.log"));
  }

  @Test
  void should_reject_a_malformed_contact_point_property() {
    System.setProperty(CassandraNode.CONTACT_POINT_PROPERTY, "localhost");

    assertThatThrownBy(() -> CassandraNode.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system property cqlkit.contactPoint must be host:port, e.g. 127.0.0.1:9042, but was"
            + " 'localhost'");
  }

  @Test
  void should_have_no_contact_point_before_the_first_start() {
    CassandraNode node = CassandraNode.builder().useExternal(false).directory(dir).build();

    assertThatThrownBy(node::contactPoint)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the node has no CQL port yet: call start() first");
    assertThat(node.isRunning()).isFalse();
    assertThat(node.pid()).isEmpty();
    assertThat(node.logTail(40)).isEmpty();
    assertThat(node).hasToString("CassandraNode{not started, stopped, directory " + dir.toAbsolutePath() + "}");
  }

  @Test
  void should_not_start_a_closed_node() {
    CassandraNode node = CassandraNode.builder().useExternal(false).directory(dir).build();
    node.close();

    assertThatThrownBy(node::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot start a closed CassandraNode: build a new one with CassandraNode.builder()");
  }

  @Test
  void should_reject_a_heap_size_the_jvm_would_not_take() {
    assertThatThrownBy(() -> CassandraNode.builder().maxHeap("1 GB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxHeap must be a JVM memory size such as 512m or 1g, but was '1 GB'");
    assertThatThrownBy(() -> CassandraNode.builder().initialHeap("2g").maxHeap("1g").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("initialHeap 2g exceeds maxHeap 1g: raise maxHeap or lower initialHeap");
  }

  @Test
  void should_reject_a_timeout_that_is_not_positive() {
    assertThatThrownBy(() -> CassandraNode.builder().startTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("startTimeout must be a positive duration, e.g. Duration.ofSeconds(60), but was PT0S");
    assertThatThrownBy(() -> CassandraNode.builder().stopTimeout(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stopTimeout must be a positive duration, e.g. Duration.ofSeconds(60), but was null");
  }

  @Test
  void should_keep_addresses_ports_and_directories_for_the_launcher() {
    assertThatThrownBy(() -> CassandraNode.builder().yaml("native_transport_port: 9042"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("native_transport_port is set by the launcher (loopback addresses, free ports, the"
            + " node directory, the ring's tokens) and cannot be overridden: use contactPoint() to find"
            + " the node, directory(...) to place it");
  }

  @Test
  void should_reject_a_blank_jvm_option() {
    assertThatThrownBy(() -> CassandraNode.builder().jvmArgs("-Xss512k", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a JVM option must not be null or blank");
  }
}
