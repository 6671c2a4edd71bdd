package io.cqlkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code bin/demo --nodes 3 --kill-node}: the main job on a local 3-node ring, one node killed halfway, nothing lost. */
class DemoJobRingIT {

  @Test
  void should_lose_nothing_when_a_node_is_killed_halfway_through_the_load() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        DemoJob.run(
            new String[] {"--nodes", "3", "--kill-node", "--events", "3000", "--window", "64", "--keyspace", "demo_ring"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    System.out.println(printed);
    assertThat(code).as("exit code; output:%n%s%nerrors:%n%s", printed, err).isZero();
    assertThat(printed)
        .contains("ring ready at [/127.0.0.1:")
        .contains("replication factor 3, consistency QUORUM")
        .contains(">> killed node /127.0.0.3:")
        .containsPattern("user_id = 0: coordinated by /127\\.0\\.0\\.[123]:")
        .contains("events loaded      3,000 of 3,000")
        .containsPattern("rows read back     3,000 with node /127\\.0\\.0\\.3:\\d+ killed at 1,[0-9]{3} events: every row present")
        .contains("worker-2 tries too: applied = false, held by worker-1")
        .contains("page views total   15")
        .endsWith("OK\n");
  }
}
