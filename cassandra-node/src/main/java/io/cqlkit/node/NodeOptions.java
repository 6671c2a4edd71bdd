package io.cqlkit.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a node runs — heap, timeouts, extra yaml and JVM options, fast start, crash safety, JDK —
 * fixed at build time. One value serves a single node and every member of a ring alike: an option
 * added to {@link NodeOptionsBuilder} applies to both.
 */
final class NodeOptions {
  final String initialHeap;
  final String maxHeap;
  final Duration startTimeout;
  final Duration stopTimeout;
  final List<String> yaml;
  final List<String> jvmArgs;
  final boolean fastStart;
  final boolean crashSafe;
  final Path javaHome; // null: find one
  final NodeSecurity security;

  NodeOptions(NodeOptionsBuilder<?> b) {
    this.initialHeap = b.initialHeap;
    this.maxHeap = b.maxHeap;
    this.startTimeout = b.startTimeout;
    this.stopTimeout = b.stopTimeout;
    this.yaml = Collections.unmodifiableList(new ArrayList<>(b.yaml));
    this.jvmArgs = Collections.unmodifiableList(new ArrayList<>(b.jvmArgs));
    this.fastStart = b.fastStart;
    this.crashSafe = b.crashSafe;
    this.javaHome = b.javaHome;
    this.security = b.security;
  }

  /** The security options' settings first, so that an explicit {@code yaml(...)} overrides them. */
  List<String> allYaml() {
    List<String> all = new ArrayList<>(security.yaml());
    all.addAll(yaml);
    return all;
  }
}
