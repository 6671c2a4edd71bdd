package io.cqlkit.node;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line of a node's JVM: heap, Cassandra's system properties, the JDK 17 module openings. */
final class NodeJvm {
  private NodeJvm() {}

  static List<String> arguments(
      NodeOptions options, Placement placement, Path directory, Path bootstrap, List<Path> jars, String mainClass) {
    List<String> args = new ArrayList<>();
    args.add("-Xms" + options.initialHeap);
    args.add("-Xmx" + options.maxHeap);
    if (options.fastStart) {
      args.add("-XX:TieredStopAtLevel=1");
    }
    args.add("-Dcassandra.config=" + directory.resolve("cassandra.yaml").toUri());
    args.add("-Dcassandra-foreground=yes");
    args.add("-Dcassandra.storagedir=" + directory.resolve("data"));
    args.add("-Dcassandra.logdir=" + directory.resolve("logs"));
    args.add("-Dlogback.configurationFile=" + directory.resolve("logback.xml").toUri());
    // fast start of a throwaway node (see cassandra-node.md)
    args.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
    args.add("-Dcassandra.ring_delay_ms=100");
    args.add("-Dcassandra.memtable_row_overhead_computation_step=100");
    if (!options.crashSafe) {
      args.add("-Dcassandra.unsafesystem=true"); // system tables skip the commit log
    }
    args.add("-Dcassandra.skip_sync=true");
    args.add("-Dcassandra.superuser_setup_delay_ms=0");
    args.add("-Dcassandra.test.ignore_sigar=true");
    // a single node has no peers to tell it is leaving; a ring member tells them briefly
    args.add("-Dcassandra.shutdown_announce_in_ms=" + (placement.ringMember ? 200 : 0));
    args.add("-Djava.net.preferIPv4Stack=true");
    // Cassandra's own jvm11/jvm17-server.options (JPMS and netty)
    args.add("-Djdk.attach.allowAttachSelf=true");
    args.add("-Dio.netty.tryReflectionSetAccessible=true");
    args.add("-Dio.netty.allocator.useCacheForAllThreads=true");
    args.add("-Dio.netty.allocator.maxOrder=11");
    for (String export : EXPORTS) {
      args.add("--add-exports");
      args.add(export + "=ALL-UNNAMED");
    }
    for (String open : OPENS) {
      args.add("--add-opens");
      args.add(open + "=ALL-UNNAMED");
    }
    args.addAll(options.jvmArgs);
    StringBuilder classpath = new StringBuilder(bootstrap.toString());
    for (Path jar : jars) {
      classpath.append(File.pathSeparatorChar).append(jar);
    }
    args.add("-cp");
    args.add(classpath.toString());
    args.add(mainClass);
    ProcessHandle self = ProcessHandle.current();
    args.add(Long.toString(self.pid()));
    args.add(Long.toString(self.info().startInstant().map(i -> i.toEpochMilli()).orElse(-1L)));
    return args;
  }

  private static final List<String> EXPORTS = Arrays.asList(
      "java.base/jdk.internal.misc",
      "java.management.rmi/com.sun.jmx.remote.internal.rmi",
      "java.rmi/sun.rmi.registry",
      "java.rmi/sun.rmi.server",
      "java.sql/java.sql",
      "java.base/java.lang.ref",
      "jdk.unsupported/sun.misc",
      "jdk.compiler/com.sun.tools.javac.file",
      "jdk.attach/sun.tools.attach");

  private static final List<String> OPENS = Arrays.asList(
      "java.base/java.lang.module",
      "java.base/jdk.internal.loader",
      "java.base/jdk.internal.ref",
      "java.base/jdk.internal.reflect",
      "java.base/jdk.internal.math",
      "java.base/jdk.internal.module",
      "java.base/jdk.internal.util.jar",
      "jdk.management/com.sun.management.internal",
      "java.base/sun.nio.ch",
      "java.base/java.io",
      "java.base/java.lang.reflect",
      "jdk.compiler/com.sun.tools.javac",
      "java.base/java.lang",
      "java.base/java.util");
}
