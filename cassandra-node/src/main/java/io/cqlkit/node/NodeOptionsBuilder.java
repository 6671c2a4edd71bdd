package io.cqlkit.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The options every node takes, whether it runs alone ({@link CassandraNode.Builder}) or in a ring
 * ({@link CassandraRing.Builder}, which applies them to each member). Every option has a default
 * that suits a test run.
 *
 * <pre>{@code
 * CassandraNode node = CassandraNode.builder()
 *     .maxHeap("2g")
 *     .yaml("batch_size_fail_threshold: 100KiB")
 *     .build();
 * }</pre>
 *
 * @param <B> the concrete builder, returned by every step
 */
public abstract class NodeOptionsBuilder<B extends NodeOptionsBuilder<B>> {
  private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*[kKmMgG]?");
  private static final List<String> RESERVED_YAML = Arrays.asList(
      "listen_address", "rpc_address", "storage_port", "native_transport_port", "seed_provider",
      "data_file_directories", "commitlog_directory", "saved_caches_directory", "hints_directory",
      "cdc_raw_directory", "initial_token", "auto_bootstrap");

  String initialHeap = "256m";
  String maxHeap;
  Duration startTimeout = Duration.ofSeconds(120);
  Duration stopTimeout = Duration.ofSeconds(30);
  final List<String> yaml = new ArrayList<>();
  final List<String> jvmArgs = new ArrayList<>();
  boolean fastStart = true;
  boolean crashSafe;
  Path javaHome;
  NodeSecurity security = NodeSecurity.none();

  NodeOptionsBuilder(String defaultMaxHeap) {
    this.maxHeap = defaultMaxHeap;
  }

  private B self() {
    @SuppressWarnings("unchecked") // B is the concrete builder by construction (package-private subclasses)
    B self = (B) this;
    return self;
  }

  /**
   * Authentication, authorization and client TLS of each node (default {@link NodeSecurity#none()}).
   * With authentication, a start returns once the default superuser can log in.
   */
  public B security(NodeSecurity security) {
    if (security == null) {
      throw new IllegalArgumentException("security must not be null: pass NodeSecurity.none() for none");
    }
    this.security = security;
    return self();
  }

  /** The initial heap of each node, e.g. {@code "256m"} (the default: resident memory stays near 640 MB). */
  public B initialHeap(String size) {
    this.initialHeap = memory("initialHeap", size);
    return self();
  }

  /** The maximum heap of each node, e.g. {@code "1g"} (default 1g for a single node, 768m in a ring). */
  public B maxHeap(String size) {
    this.maxHeap = memory("maxHeap", size);
    return self();
  }

  /** How long a start waits for a node to serve CQL (default 120 s). */
  public B startTimeout(Duration timeout) {
    this.startTimeout = positive("startTimeout", timeout);
    return self();
  }

  /** How long a stop waits after SIGTERM before it kills the node (default 30 s). */
  public B stopTimeout(Duration timeout) {
    this.stopTimeout = positive("stopTimeout", timeout);
    return self();
  }

  /**
   * A top-level {@code cassandra.yaml} setting, replacing the template's setting of the same key,
   * e.g. {@code "batch_size_fail_threshold: 100KiB"} (a block: key line, then indented lines).
   * Addresses, ports, directories, tokens and the cluster name belong to the launcher.
   */
  public B yaml(String setting) {
    String key = NodeYaml.keyOf(setting);
    if (RESERVED_YAML.contains(key)) {
      throw new IllegalArgumentException(
          key + " is set by the launcher (loopback addresses, free ports, the node directory, the"
              + " ring's tokens) and cannot be overridden: use contactPoint() to find the node,"
              + " directory(...) to place it");
    }
    yaml.add(setting);
    return self();
  }

  /** Extra options for each node's JVM, e.g. {@code "-XX:+UseSerialGC"}; added after the launcher's own. */
  public B jvmArgs(String... args) {
    for (String arg : args) {
      if (arg == null || arg.isBlank()) {
        throw new IllegalArgumentException("a JVM option must not be null or blank");
      }
      jvmArgs.add(arg);
    }
    return self();
  }

  /**
   * Whether to trade peak speed for a faster start (C1 compiler only, the default); turn it off
   * for benchmarks, where the node should run fully optimized code.
   */
  public B fastStart(boolean fastStart) {
    this.fastStart = fastStart;
    return self();
  }

  /**
   * Whether everything a node acknowledged survives a kill (default false). By default a node
   * starts about 2 s faster: its system tables, the schema among them, skip the commit log, and the
   * commit log is synced every 10 s, so a killed node forgets the keyspaces and tables created since
   * its start and the writes of its last seconds (a graceful stop loses nothing). Fault tests that
   * kill and restart a node pass true.
   */
  public B crashSafe(boolean crashSafe) {
    this.crashSafe = crashSafe;
    return self();
  }

  /** The JDK (11 or 17) to run nodes on; by default this JVM's if it is 11 or 17, else one found on the machine. */
  public B javaHome(Path javaHome) {
    if (javaHome == null) {
      throw new IllegalArgumentException("javaHome must not be null");
    }
    this.javaHome = javaHome;
    return self();
  }

  /** The options as set; checks what only the whole can tell. */
  NodeOptions options() {
    if (bytes(initialHeap) > bytes(maxHeap)) {
      throw new IllegalArgumentException("initialHeap " + initialHeap + " exceeds maxHeap " + maxHeap
          + ": raise maxHeap or lower initialHeap");
    }
    return new NodeOptions(this);
  }

  private static long bytes(String size) {
    char unit = Character.toLowerCase(size.charAt(size.length() - 1));
    if (Character.isDigit(unit)) {
      return Long.parseLong(size);
    }
    long value = Long.parseLong(size.substring(0, size.length() - 1));
    return value << (unit == 'k' ? 10 : unit == 'm' ? 20 : 30);
  }

  private static String memory(String name, String size) {
    if (size == null || !MEMORY.matcher(size).matches()) {
      throw new IllegalArgumentException(
          name + " must be a JVM memory size such as 512m or 1g, but was '" + size + "'");
    }
    return size;
  }

  static Duration positive(String name, Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          name + " must be a positive duration, e.g. Duration.ofSeconds(60), but was " + timeout);
    }
    return timeout;
  }
}
