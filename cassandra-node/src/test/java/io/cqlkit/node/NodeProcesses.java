package io.cqlkit.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Facts about node processes for the integration tests. */
final class NodeProcesses {
  private NodeProcesses() {}

  /** The processes whose command line names the given node directory. */
  static List<ProcessHandle> runningIn(Path directory) {
    String marker = directory.toAbsolutePath().toString();
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .collect(Collectors.toList());
  }

  /** VmRSS from /proc (Linux), or "unknown". */
  static String residentMemory(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> line.substring("VmRSS:".length()).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
