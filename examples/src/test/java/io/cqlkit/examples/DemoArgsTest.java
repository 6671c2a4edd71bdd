package io.cqlkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoArgsTest {

  @Test
  void should_default_to_an_embedded_node_and_100000_events() {
    DemoArgs args = DemoArgs.parse().orElseThrow();

    assertThat(args.embedded()).isTrue();
    assertThat(args.events()).isEqualTo(100_000);
    assertThat(args.window()).isEqualTo(256);
    assertThat(args.keyspace()).isEqualTo("cqlkit_demo");
    assertThat(args.grouping()).isTrue();
  }

  @Test
  void should_load_one_statement_at_a_time_with_no_grouping() {
    assertThat(DemoArgs.parse("--no-grouping", "--events", "10").orElseThrow().grouping()).isFalse();
    assertThat(DemoArgs.USAGE).contains("--no-grouping");
  }

  @Test
  void should_read_a_contact_point_with_its_datacenter() {
    DemoArgs args =
        DemoArgs.parse("--contact-point", "10.0.0.5:9142", "--datacenter", "dc1", "--events", "500")
            .orElseThrow();

    assertThat(args.embedded()).isFalse();
    assertThat(args.contactPoint().getHostString()).isEqualTo("10.0.0.5");
    assertThat(args.contactPoint().getPort()).isEqualTo(9142);
    assertThat(args.datacenter()).isEqualTo("dc1");
    assertThat(args.events()).isEqualTo(500);
  }

  @Test
  void should_read_a_local_ring_with_a_node_to_kill() {
    DemoArgs args = DemoArgs.parse("--nodes", "3", "--kill-node", "--events", "3000").orElseThrow();

    assertThat(args.embedded()).isTrue();
    assertThat(args.ring()).isTrue();
    assertThat(args.nodes()).isEqualTo(3);
    assertThat(args.killNode()).isTrue();
    assertThat(args.replicationFactor()).isEqualTo(3);
    assertThat(DemoArgs.parse("--nodes", "2").orElseThrow().replicationFactor()).isEqualTo(2);
    assertThat(DemoArgs.parse().orElseThrow().ring()).isFalse();
    assertThat(DemoArgs.parse().orElseThrow().replicationFactor()).isEqualTo(1);
  }

  @Test
  void should_refuse_a_ring_it_cannot_start_or_wound() {
    assertThatThrownBy(() -> DemoArgs.parse("--nodes", "0"))
        .hasMessage("--nodes must be 1 to 9 (one loopback address each), but was 0");
    assertThatThrownBy(() -> DemoArgs.parse("--nodes", "10"))
        .hasMessage("--nodes must be 1 to 9 (one loopback address each), but was 10");
    assertThatThrownBy(() -> DemoArgs.parse("--nodes", "three"))
        .hasMessage("--nodes must be a whole number, but was 'three'");
    assertThatThrownBy(() -> DemoArgs.parse("--kill-node"))
        .hasMessage("--kill-node needs a local ring of at least 3 nodes (--nodes 3): with replication factor 3"
            + " and QUORUM, two replicas of three must answer while one is down");
    assertThatThrownBy(() -> DemoArgs.parse("--nodes", "2", "--kill-node"))
        .isInstanceOf(DemoArgs.BadArgumentsException.class);
    assertThatThrownBy(() -> DemoArgs.parse("--nodes", "3", "--contact-point", "h:9042", "--datacenter", "dc1"))
        .hasMessage("--nodes starts a local ring; --contact-point uses an existing cluster: pass one of them");
  }

  @Test
  void should_return_nothing_for_help() {
    assertThat(DemoArgs.parse("--help")).isEmpty();
  }

  @Test
  void should_refuse_a_contact_point_without_datacenter() {
    assertThatThrownBy(() -> DemoArgs.parse("--contact-point", "127.0.0.1:9042"))
        .isInstanceOf(DemoArgs.BadArgumentsException.class)
        .hasMessage(
            "--contact-point needs --datacenter: pass the cluster's local datacenter name"
                + " (e.g. --datacenter datacenter1)");
  }

  @Test
  void should_refuse_a_datacenter_without_contact_point() {
    assertThatThrownBy(() -> DemoArgs.parse("--datacenter", "dc1"))
        .hasMessage(
            "--datacenter is only used with --contact-point: pass both, or neither to run on an"
                + " embedded node");
  }

  @Test
  void should_refuse_a_contact_point_without_port() {
    assertThatThrownBy(() -> DemoArgs.parse("--contact-point", "localhost", "--datacenter", "dc1"))
        .hasMessage("--contact-point must be HOST:PORT (e.g. 127.0.0.1:9042), but was 'localhost'");
  }

  @Test
  void should_refuse_a_port_out_of_range() {
    assertThatThrownBy(() -> DemoArgs.parse("--contact-point", "h:70000", "--datacenter", "dc1"))
        .hasMessage("--contact-point port must be in 1..65535, but was 70000");
  }

  @Test
  void should_refuse_non_numeric_and_non_positive_counts() {
    assertThatThrownBy(() -> DemoArgs.parse("--events", "many"))
        .hasMessage("--events must be a whole number, but was 'many'");
    assertThatThrownBy(() -> DemoArgs.parse("--window", "0"))
        .hasMessage("--window must be a positive number, but was 0");
  }

  @Test
  void should_refuse_an_option_without_value() {
    assertThatThrownBy(() -> DemoArgs.parse("--events"))
        .hasMessage("--events needs a value: see --help");
    assertThatThrownBy(() -> DemoArgs.parse("--keyspace", "--events", "5"))
        .hasMessage("--keyspace needs a value: see --help");
  }

  @Test
  void should_refuse_a_keyspace_name_cassandra_cannot_create() {
    assertThatThrownBy(() -> DemoArgs.parse("--keyspace", "my-ks"))
        .hasMessage("--keyspace must be 1 to 48 letters, digits or underscores, but was 'my-ks'");
  }

  @Test
  void should_refuse_an_unknown_argument() {
    assertThatThrownBy(() -> DemoArgs.parse("--evnets", "5"))
        .hasMessage("unknown argument '--evnets': see --help for the options");
  }

  @Test
  void should_exit_with_2_and_the_usage_on_bad_arguments() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        DemoJob.run(
            new String[] {"--window", "-3"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: --window must be a positive number, but was -3\n")
        .contains("usage: bin/demo");
  }
}
