package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test JVM killed with SIGKILL (no shutdown hook runs) does not leave its Cassandra node, or any ring member, behind. */
class WatchdogIT {
  @TempDir Path directory;

  @Test
  void should_end_the_node_when_the_launching_jvm_is_killed() throws Exception {
    Process launcher = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            LaunchingMain.class.getName(), directory.toString())
        .redirectErrorStream(true)
        .start();
    try {
      String ready = awaitReadyLine(launcher);
      String[] parts = ready.split(" ");
      long nodePid = Long.parseLong(parts[1]);
      InetSocketAddress contactPoint = new InetSocketAddress(CassandraNode.loopback(), Integer.parseInt(parts[2]));
      assertThat(CqlProbe.answersOptions(contactPoint, Duration.ofSeconds(5))).isTrue();

      launcher.destroyForcibly().waitFor();

      Optional<ProcessHandle> nodeProcess = ProcessHandle.of(nodePid);
      if (nodeProcess.isPresent()) {
        nodeProcess.get().onExit().get(30, TimeUnit.SECONDS);
      }
      assertThat(NodeProcesses.runningIn(directory)).isEmpty();
      assertThat(CqlProbe.accepts(contactPoint, Duration.ofSeconds(1))).isFalse();
      assertThat(Files.readString(CassandraNode.logFileIn(directory)))
          .contains("cqlkit watchdog: standard input closed: the launching JVM has exited");
    } finally {
      launcher.destroyForcibly();
      NodeProcesses.runningIn(directory).forEach(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void should_end_every_ring_member_when_the_launching_jvm_is_killed() throws Exception {
    Process launcher = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            LaunchingMain.class.getName(), directory.toString(), "ring")
        .redirectErrorStream(true)
        .start();
    try {
      String[] parts = awaitReadyLine(launcher).split(" ");

      launcher.destroyForcibly().waitFor();

      for (String pid : new String[] {parts[1], parts[3]}) {
        Optional<ProcessHandle> member = ProcessHandle.of(Long.parseLong(pid));
        if (member.isPresent()) {
          member.get().onExit().get(30, TimeUnit.SECONDS);
        }
      }
      assertThat(NodeProcesses.runningIn(directory)).isEmpty();
      for (String node : new String[] {"node1", "node2"}) {
        assertThat(Files.readString(CassandraNode.logFileIn(directory.resolve(node))))
            .contains("cqlkit watchdog: standard input closed: the launching JVM has exited");
      }
    } finally {
      launcher.destroyForcibly();
      NodeProcesses.runningIn(directory).forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static String awaitReadyLine(Process launcher) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("READY ")) {
        return line;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the launcher exited before its node was ready:\n" + seen);
  }
}
