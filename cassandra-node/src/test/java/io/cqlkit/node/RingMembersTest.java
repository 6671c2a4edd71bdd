package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RingMembersTest {

  @Test
  void should_spread_one_token_per_member_evenly_over_the_murmur3_range() {
    assertThat(RingMembers.tokens(3))
        .containsExactly("-9223372036854775808", "-3074457345618258603", "3074457345618258602");
    assertThat(RingMembers.tokens(1)).containsExactly("-9223372036854775808");
    assertThat(RingMembers.loopbackAddresses(3)).containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.3");
  }

  @Test
  void should_render_a_ring_member_with_its_address_seed_token_and_no_bootstrap() throws Exception {
    Placement member = Placement.member(InetAddress.getByName("127.0.0.2"), InetAddress.getByName("127.0.0.1"),
        "-3074457345618258603", 7100, 9100);

    String yaml = NodeYaml.render(Paths.get("/ring/node2/data"), member, true, Collections.emptyList());

    assertThat(yaml.split("\n"))
        .contains(
            "cluster_name: 'cqlkit'",
            "listen_address: 127.0.0.2",
            "rpc_address: 127.0.0.2",
            "storage_port: 7100",
            "native_transport_port: 9100",
            "      - seeds: \"127.0.0.1:7100\"",
            "initial_token: -3074457345618258603",
            "auto_bootstrap: false",
            "commitlog_sync: batch");
  }

  @Test
  void should_find_ports_free_on_every_address() throws Exception {
    int[] ports = RingMembers.freePortsOnAll(
        List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("127.0.0.2")));

    assertThat(ports[0]).isNotEqualTo(ports[1]).isPositive();
  }

  @Test
  void should_apply_the_same_options_to_every_member_and_refuse_the_launchers_settings() {
    CassandraRing ring = CassandraRing.builder().nodes(2).maxHeap("512m").crashSafe(true).build();

    assertThat(ring.size()).isEqualTo(2);
    assertThat(ring.nodes()).allSatisfy(node -> {
      assertThat(node.process().options.maxHeap).isEqualTo("512m");
      assertThat(node.process().options.crashSafe).isTrue();
    });
    assertThat(ring.node(1).process().placement.host()).isEqualTo("127.0.0.2");
    assertThatThrownBy(() -> CassandraRing.builder().yaml("initial_token: 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("initial_token is set by the launcher");
    assertThatThrownBy(() -> CassandraRing.builder().nodes(0))
        .hasMessage("a ring has 1 to 254 nodes, but 0 were asked for");
    assertThatThrownBy(() -> ring.node(2)).hasMessage("the ring has members 0 to 1, not 2");
    assertThatThrownBy(ring::startTime).hasMessage("the ring has not started yet: call start() first");
    ring.close();
  }
}
