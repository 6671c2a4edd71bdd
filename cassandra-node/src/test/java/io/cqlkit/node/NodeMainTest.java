package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watchdog inside a node's JVM, with a sleeping main class standing in for Cassandra. */
class NodeMainTest {
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void should_halt_the_node_when_its_standard_input_closes() throws Exception {
    ProcessHandle self = ProcessHandle.current();
    Process node = startNode(self.pid(), self.info().startInstant().get().toEpochMilli());
    BufferedReader out = reader(node);
    assertThat(out.readLine()).isEqualTo("sleeping");

    node.getOutputStream().close(); // what the kernel does when the launcher dies

    assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node exited").isTrue();
    assertThat(node.exitValue()).isEqualTo(143);
    assertThat(remaining(out)).contains(
        "cqlkit watchdog: standard input closed: the launching JVM has exited; halting this Cassandra node");
  }

  @Test
  void should_halt_the_node_when_the_launcher_process_is_gone() throws Exception {
    Process launcher = java(SleepingMain.class.getName());
    assertThat(reader(launcher).readLine()).isEqualTo("sleeping");
    long launcherStart = launcher.toHandle().info().startInstant().get().toEpochMilli();
    Process node = startNode(launcher.pid(), launcherStart);
    BufferedReader out = reader(node);
    assertThat(out.readLine()).isEqualTo("sleeping");

    launcher.destroyForcibly().waitFor(); // the node's stdin stays open: only the pid tells

    assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node exited").isTrue();
    assertThat(remaining(out)).contains("cqlkit watchdog: the launching JVM (pid " + launcher.pid() + ") is gone");
  }

  @Test
  void should_treat_a_reused_pid_as_a_gone_launcher() throws Exception {
    ProcessHandle self = ProcessHandle.current();
    long anotherStart = self.info().startInstant().get().toEpochMilli() - 60_000;
    Process node = startNode(self.pid(), anotherStart);
    BufferedReader out = reader(node);

    assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node exited").isTrue();
    assertThat(remaining(out)).contains("is gone");
  }

  @Test
  void should_keep_the_node_running_while_the_launcher_lives() throws Exception {
    ProcessHandle self = ProcessHandle.current();
    Process node = startNode(self.pid(), self.info().startInstant().get().toEpochMilli());
    assertThat(reader(node).readLine()).isEqualTo("sleeping");

    assertThat(node.waitFor(2, TimeUnit.SECONDS)).as("node exited").isFalse();
  }

  private Process startNode(long launcherPid, long launcherStartMillis) throws IOException {
    return java("io.cqlkit.node.internal.NodeMain", Long.toString(launcherPid),
        Long.toString(launcherStartMillis), SleepingMain.class.getName());
  }

  private Process java(String... mainAndArgs) throws IOException {
    List<String> command = new ArrayList<>(Arrays.asList(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    command.addAll(Arrays.asList(mainAndArgs));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    started.add(process);
    return process;
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  private static String remaining(BufferedReader reader) {
    return reader.lines().collect(Collectors.joining("\n"));
  }
}
