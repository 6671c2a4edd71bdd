package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node that cannot start fails the build at once, with its log in the message, and leaves nothing running. */
class CassandraNodeStartupFailureIT {
  @TempDir Path directory;

  @Test
  void should_fail_fast_with_the_log_tail_when_the_node_exits() {
    CassandraNode node = CassandraNode.builder().useExternal(false).directory(directory)
        .yaml("no_such_setting: 1").build();

    CassandraNodeException failure = catchThrowableOfType(CassandraNodeException.class, node::start);

    assertThat(failure).hasMessageStartingWith("Cassandra node in " + directory.toAbsolutePath()
        + " exited with code ");
    assertThat(failure.getMessage())
        .contains("before it was ready. Its log is " + node.logFile().orElseThrow() + "; last 40 lines:\n  | ")
        .contains("Invalid yaml")
        .contains("no_such_setting");
    assertThat(node.isRunning()).isFalse();
    assertThat(NodeProcesses.runningIn(directory)).isEmpty();
  }

  @Test
  void should_keep_the_directory_it_chose_with_the_log_of_a_failed_start() throws Exception {
    CassandraNode node = CassandraNode.builder().useExternal(false).yaml("no_such_setting: 1").build();
    Path chosen = node.directory().orElseThrow();
    try {
      catchThrowableOfType(CassandraNodeException.class, node::start);

      node.close();

      assertThat(node.logFile().orElseThrow()).content().contains("no_such_setting");
    } finally {
      try (var paths = Files.walk(chosen)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  void should_give_up_and_kill_the_node_after_the_start_timeout() {
    CassandraNode node = CassandraNode.builder().useExternal(false).directory(directory)
        .startTimeout(Duration.ofSeconds(1)).build();

    CassandraNodeException failure = catchThrowableOfType(CassandraNodeException.class, node::start);

    assertThat(failure).hasMessageStartingWith("Cassandra node in " + directory.toAbsolutePath()
        + " was not ready after 1 s (it did not log 'Starting listening for CQL clients'); on a slow"
        + " machine raise CassandraNode.builder().startTimeout(...). Its log is ");
    assertThat(node.isRunning()).isFalse();
    assertThat(NodeProcesses.runningIn(directory)).isEmpty();
  }
}
