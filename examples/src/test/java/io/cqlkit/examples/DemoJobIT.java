package io.cqlkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's main job, run against the build's real node as a user would point it at a cluster. */
@ExtendWith(CassandraNodeExtension.class)
class DemoJobIT {

  @Test
  void should_run_every_step_and_verify_the_data(CassandraNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String contactPoint = node.contactPoint().getHostString() + ":" + node.contactPoint().getPort();

    int code =
        DemoJob.run(
            new String[] {
              "--contact-point", contactPoint, "--datacenter", node.localDatacenter(),
              "--events", "3000", "--window", "64", "--keyspace", "demo_it"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as("exit code; output:%n%s%nerrors:%n%s", printed, err).isZero();
    assertThat(printed)
        .contains("events loaded      3,000 of 3,000")
        .contains("rows read back     3,000")
        .contains("callback 2: welcome, Ada")
        .contains("worker-2 tries too: applied = false, held by worker-1")
        .contains("page views total   15")
        .endsWith("OK\n");
  }
}
