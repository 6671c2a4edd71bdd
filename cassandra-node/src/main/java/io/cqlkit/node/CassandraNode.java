package io.cqlkit.node;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A real Apache Cassandra 5.0 node for tests, started in its own JVM from the jars Maven resolved
 * when this module was built: no Docker, no install, nothing of Cassandra on the caller's classpath.
 *
 * <p>The node listens on free loopback ports, keeps its data, yaml and log in its own directory,
 * and cannot outlive the JVM that started it: a shutdown hook stops it on a normal exit, and a
 * watchdog inside the node halts it when the launching JVM dies (even on SIGKILL).
 *
 * <pre>{@code
 * try (CassandraNode node = CassandraNode.builder().build().start()) {
 *   CqlSession session = CqlSession.builder()
 *       .addContactPoint(node.contactPoint())
 *       .withLocalDatacenter(node.localDatacenter())
 *       .build();
 *   ...
 * }
 * }</pre>
 *
 * <p>When the system property {@value #CONTACT_POINT_PROPERTY} is set ({@code host:port}, with
 * {@value #DATACENTER_PROPERTY}), {@link Builder#build()} returns a handle on that external cluster
 * instead, and start and stop do nothing. A member of a {@link CassandraRing} is a node too. Thread-safe.
 */
public final class CassandraNode implements AutoCloseable {
  /** System property naming an external cluster to use instead of starting a node: {@code host:port}. */
  public static final String CONTACT_POINT_PROPERTY = "cqlkit.contactPoint";
  /** System property naming the local datacenter of the external cluster (default {@value #DEFAULT_DATACENTER}). */
  public static final String DATACENTER_PROPERTY = "cqlkit.datacenter";
  /** The datacenter of a node started here (SimpleSnitch). */
  public static final String DEFAULT_DATACENTER = "datacenter1";

  /** What Cassandra logs when its CQL port opens. */
  static final String READY_LOG_LINE = NodeProcess.READY_LOG_LINE;
  static final int FAILURE_LOG_LINES = NodeProcess.FAILURE_LOG_LINES;

  private final NodeProcess node; // null for an external cluster
  private final InetSocketAddress externalContactPoint; // null for a local node
  private final String datacenter;
  private boolean closed;

  CassandraNode(NodeProcess node, InetSocketAddress externalContactPoint, String datacenter) {
    this.node = node;
    this.externalContactPoint = externalContactPoint;
    this.datacenter = datacenter;
  }

  /** A builder of a local node (or of a handle on the external cluster the system properties name). */
  public static Builder builder() {
    return new Builder();
  }

  /** A handle on a running cluster that this code neither starts nor stops. */
  public static CassandraNode external(InetSocketAddress contactPoint, String localDatacenter) {
    if (contactPoint == null) {
      throw new IllegalArgumentException("the external contact point must not be null");
    }
    if (localDatacenter == null || localDatacenter.isBlank()) {
      throw new IllegalArgumentException(
          "the external cluster's local datacenter must not be empty: pass its name, e.g. \"datacenter1\"");
    }
    return new CassandraNode(null, contactPoint, localDatacenter);
  }

  /**
   * Starts the node and waits until it serves CQL (it logged that it listens for CQL clients and its
   * port answers a native protocol OPTIONS request). Does nothing when it already runs or is external.
   *
   * @return this node
   * @throws CassandraNodeException when the node exits or is not ready within the start timeout; the
   *     message names its log file and ends with the last lines of it
   */
  public synchronized CassandraNode start() {
    checkNotClosed("start");
    if (isExternal() || node.isAlive()) {
      return this;
    }
    node.start();
    return this;
  }

  /** Stops the node gracefully (SIGTERM: Cassandra drains), forcibly after the stop timeout. Keeps its data. */
  public synchronized void stop() {
    if (!isExternal()) {
      node.stop();
    }
  }

  /**
   * Kills the node at once (SIGKILL), as a crash would, for fault tests. Keeps its data directory;
   * build the node with {@link Builder#crashSafe(boolean) crashSafe(true)} for a restart to find
   * everything it acknowledged.
   */
  public synchronized void kill() {
    checkLocal("kill");
    node.kill();
  }

  /** Stops the node if it runs and starts it again on the same ports and data (e.g. after {@link #kill()}). */
  public synchronized CassandraNode restart() {
    checkLocal("restart");
    checkNotClosed("restart");
    stop();
    return start();
  }

  /**
   * Stops the node and deletes its directory if the launcher chose it (and no start failed: then the
   * directory stays, with its log). A closed node cannot start again.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    stop();
    closed = true;
    if (!isExternal()) {
      node.deleteDirectoryIfOurs();
    }
  }

  /** The address a driver connects to (the node's CQL port, or the external contact point). */
  public synchronized InetSocketAddress contactPoint() {
    if (isExternal()) {
      return externalContactPoint;
    }
    if (!node.hasPorts()) {
      throw new IllegalStateException("the node has no CQL port yet: call start() first");
    }
    return node.contactPoint();
  }

  /** The node's authentication, authorization and client TLS ({@link NodeSecurity#none()} for an external cluster). */
  public NodeSecurity security() {
    return node == null ? NodeSecurity.none() : node.options.security;
  }

  /** The datacenter to give the driver as local: {@value #DEFAULT_DATACENTER} for a node started here. */
  public String localDatacenter() {
    return datacenter;
  }

  /** True while the node's process runs; always true for an external cluster. */
  public boolean isRunning() {
    return isExternal() || node.isAlive();
  }

  /** True when this handle points at an external cluster (system property {@value #CONTACT_POINT_PROPERTY}). */
  public boolean isExternal() {
    return externalContactPoint != null;
  }

  /** The process id of the running node, empty when it does not run here. */
  public OptionalLong pid() {
    Process running = isExternal() ? null : node.process();
    return running != null && running.isAlive() ? OptionalLong.of(running.pid()) : OptionalLong.empty();
  }

  /** The node's directory (yaml, data, logs), empty for an external cluster. */
  public Optional<Path> directory() {
    return isExternal() ? Optional.empty() : Optional.of(node.directory);
  }

  /** The file the node logs to (all its starts, one after the other), empty for an external cluster. */
  public Optional<Path> logFile() {
    return directory().map(NodeFiles::logFileIn);
  }

  /** The last {@code lines} lines of the node's log (none for an external cluster or before the first start). */
  public List<String> logTail(int lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("lines must be zero or more, but was " + lines);
    }
    return logFile().map(log -> NodeFiles.tail(log, lines)).orElse(List.of());
  }

  @Override
  public String toString() {
    if (isExternal()) {
      return "CassandraNode{external " + externalContactPoint + ", datacenter " + datacenter + "}";
    }
    synchronized (this) {
      return "CassandraNode{" + (node.hasPorts() ? node.placement.host() + ":" + node.placement.nativePort : "not started")
          + (node.isAlive() ? ", running" : ", stopped") + ", directory " + node.directory + "}";
    }
  }

  NodeProcess process() {
    return node;
  }

  private void checkNotClosed(String action) {
    if (closed) {
      throw new IllegalStateException(
          "cannot " + action + " a closed CassandraNode: build a new one with CassandraNode.builder()");
    }
  }

  private void checkLocal(String action) {
    if (isExternal()) {
      throw new IllegalStateException("cannot " + action + " the external cluster at "
          + externalContactPoint + " (system property " + CONTACT_POINT_PROPERTY
          + "): run fault tests on a local node, e.g. CassandraNode.builder().useExternal(false)");
    }
  }

  static Path logFileIn(Path directory) {
    return NodeFiles.logFileIn(directory);
  }

  static InetAddress loopback() {
    return Placement.loopback();
  }

  private static int counter;

  /** {@code target/cassandra-node/<prefix>-<id>} in a Maven module, else {@code <tmp>/cqlkit-cassandra-<prefix>-<id>}. */
  static synchronized Path defaultDirectory(String prefix) {
    String id = ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + "-" + (++counter);
    Path target = Paths.get("target");
    if (Files.isDirectory(target)) {
      return target.resolve("cassandra-node").resolve(prefix + "-" + id).toAbsolutePath();
    }
    return Paths.get(System.getProperty("java.io.tmpdir"), "cqlkit-cassandra-" + prefix + "-" + id);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Settings of a node: the {@linkplain NodeOptionsBuilder options every node takes}, plus its
   * directory and whether an external cluster may stand in for it.
   *
   * <pre>{@code
   * CassandraNode node = CassandraNode.builder()
   *     .maxHeap("2g")
   *     .yaml("batch_size_fail_threshold: 100KiB")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends NodeOptionsBuilder<Builder> {
    private Path directory;
    private boolean useExternal = true;

    private Builder() {
      super("1g");
    }

    /**
     * The node's directory (yaml, data, logs); kept after {@link CassandraNode#close()}. By default
     * a fresh directory under {@code target/cassandra-node} (or the temp directory outside a Maven
     * module), deleted on close unless a start failed.
     */
    public Builder directory(Path directory) {
      if (directory == null) {
        throw new IllegalArgumentException("the node directory must not be null");
      }
      this.directory = directory;
      return this;
    }

    /**
     * Whether {@link #build()} honours the system property {@value CassandraNode#CONTACT_POINT_PROPERTY}
     * (default true); fault tests that kill a node pass false to always get a local one.
     */
    public Builder useExternal(boolean useExternal) {
      this.useExternal = useExternal;
      return this;
    }

    /** A local node, not yet started; or a handle on the external cluster the system properties name. */
    public CassandraNode build() {
      NodeOptions options = options();
      if (useExternal) {
        Optional<InetSocketAddress> external =
            ExternalCluster.parseContactPoint(System.getProperty(CONTACT_POINT_PROPERTY));
        if (external.isPresent()) {
          String dc = System.getProperty(DATACENTER_PROPERTY, DEFAULT_DATACENTER).trim();
          return CassandraNode.external(external.get(), dc.isEmpty() ? DEFAULT_DATACENTER : dc);
        }
      }
      Path dir = (directory != null ? directory : defaultDirectory("node")).toAbsolutePath();
      NodeProcess process = new NodeProcess(dir, directory == null, options, Placement.single(),
          "Cassandra node in " + dir);
      return new CassandraNode(process, null, DEFAULT_DATACENTER);
    }
  }
}
