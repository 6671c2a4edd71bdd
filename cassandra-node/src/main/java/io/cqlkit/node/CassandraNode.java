package io.cqlkit.node;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * instead, and start and stop do nothing. Thread-safe.
 */
public final class CassandraNode implements AutoCloseable {
  /** System property naming an external cluster to use instead of starting a node: {@code host:port}. */
  public static final String CONTACT_POINT_PROPERTY = "cqlkit.contactPoint";
  /** System property naming the local datacenter of the external cluster (default {@value #DEFAULT_DATACENTER}). */
  public static final String DATACENTER_PROPERTY = "cqlkit.datacenter";
  /** The datacenter of a node started here (SimpleSnitch). */
  public static final String DEFAULT_DATACENTER = "datacenter1";

  /** What Cassandra logs when its CQL port opens. */
  static final String READY_LOG_LINE = "Starting listening for CQL clients";
  static final int FAILURE_LOG_LINES = 40;
  private static final String MAIN_CLASS = "io.cqlkit.node.internal.NodeMain";
  private static final int PORT_ATTEMPTS = 3;
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration SHUTDOWN_HOOK_TIMEOUT = Duration.ofSeconds(15);
  private static final System.Logger LOG = System.getLogger(CassandraNode.class.getName());

  private final Settings settings;
  private final InetSocketAddress externalContactPoint; // null for a local node
  private final String datacenter;
  private final Path directory; // null for an external cluster

  private int storagePort;
  private int nativePort;
  private volatile Process process;
  private Thread shutdownHook;
  private boolean closed;
  private volatile boolean keepDirectory; // a start failed: its log stays for diagnosis

  private CassandraNode(Settings settings, InetSocketAddress externalContactPoint, String datacenter) {
    this.settings = settings;
    this.externalContactPoint = externalContactPoint;
    this.datacenter = datacenter;
    this.directory = settings == null ? null : settings.directory;
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
   *     message ends with the last lines of its log
   */
  public synchronized CassandraNode start() {
    checkNotClosed("start");
    if (isExternal() || isAlive()) {
      return this;
    }
    Process exited = process;
    if (exited != null) {
      detach(exited); // it ended on its own since the last call
    }
    JavaRuntime java = JavaRuntime.find(Optional.ofNullable(settings.javaHome));
    List<Path> jars = ServerClasspath.jars();
    Path bootstrap = prepareDirectory();
    boolean portsAreOurs = nativePort == 0;
    for (int attempt = 1; ; attempt++) {
      if (portsAreOurs) {
        choosePorts();
      }
      Attempt result = launchAndAwaitReady(java, bootstrap, jars);
      if (result == Attempt.READY) {
        return this;
      }
      if (!portsAreOurs || attempt == PORT_ATTEMPTS) {
        throw failure("could not bind its ports " + ports() + ": another process took them", null);
      }
      LOG.log(System.Logger.Level.INFO, "ports {0} were taken meanwhile, retrying with others", ports());
    }
  }

  /** Stops the node gracefully (SIGTERM: Cassandra drains), forcibly after the stop timeout. Keeps its data. */
  public synchronized void stop() {
    Process running = process;
    if (running == null) {
      return;
    }
    long begin = System.nanoTime();
    terminate(running, settings.stopTimeout);
    detach(running);
    LOG.log(System.Logger.Level.INFO, "Cassandra node {0} stopped in {1}", contactPoint(), since(begin));
  }

  /**
   * Kills the node at once (SIGKILL), as a crash would, for fault tests. Keeps its data directory;
   * build the node with {@link Builder#crashSafe(boolean) crashSafe(true)} for a restart to find
   * everything it acknowledged.
   */
  public synchronized void kill() {
    checkLocal("kill");
    Process running = process;
    if (running == null) {
      return;
    }
    running.destroyForcibly();
    awaitExit(running, Duration.ofSeconds(30));
    detach(running);
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
    deleteDirectoryIfOurs();
  }

  /** The address a driver connects to (the node's CQL port, or the external contact point). */
  public synchronized InetSocketAddress contactPoint() {
    if (isExternal()) {
      return externalContactPoint;
    }
    if (nativePort == 0) {
      throw new IllegalStateException("the node has no CQL port yet: call start() first");
    }
    return new InetSocketAddress(loopback(), nativePort);
  }

  /** The node's authentication, authorization and client TLS ({@link NodeSecurity#none()} for an external cluster). */
  public NodeSecurity security() {
    return settings == null ? NodeSecurity.none() : settings.security;
  }

  /** The datacenter to give the driver as local: {@value #DEFAULT_DATACENTER} for a node started here. */
  public String localDatacenter() {
    return datacenter;
  }

  /** True while the node's process runs; always true for an external cluster. */
  public boolean isRunning() {
    return isExternal() || isAlive();
  }

  /** True when this handle points at an external cluster (system property {@value #CONTACT_POINT_PROPERTY}). */
  public boolean isExternal() {
    return externalContactPoint != null;
  }

  /** The process id of the running node, empty when it does not run here. */
  public OptionalLong pid() {
    Process running = process;
    return running != null && running.isAlive() ? OptionalLong.of(running.pid()) : OptionalLong.empty();
  }

  /** The node's directory (yaml, data, logs), empty for an external cluster. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** The file the node logs to (all its starts, one after the other), empty for an external cluster. */
  public Optional<Path> logFile() {
    return directory().map(CassandraNode::logFileIn);
  }

  /** The last {@code lines} lines of the node's log (none for an external cluster or before the first start). */
  public List<String> logTail(int lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("lines must be zero or more, but was " + lines);
    }
    Optional<Path> log = logFile();
    if (log.isEmpty() || !Files.isRegularFile(log.get()) || lines == 0) {
      return Collections.emptyList();
    }
    return tail(log.get(), lines);
  }

  @Override
  public String toString() {
    if (isExternal()) {
      return "CassandraNode{external " + externalContactPoint + ", datacenter " + datacenter + "}";
    }
    synchronized (this) {
      return "CassandraNode{" + (nativePort == 0 ? "not started" : "127.0.0.1:" + nativePort)
          + (isAlive() ? ", running" : ", stopped") + ", directory " + directory + "}";
    }
  }

  // ---------------------------------------------------------------------------------------------

  private enum Attempt {
    READY,
    PORT_TAKEN
  }

  private Attempt launchAndAwaitReady(JavaRuntime java, Path bootstrap, List<Path> jars) {
    Path log = logFileIn(directory);
    write(directory.resolve("cassandra.yaml"),
        NodeYaml.render(directory.resolve("data"), storagePort, nativePort, settings.crashSafe, settings.allYaml()));
    Path argFile = directory.resolve("jvm.args");
    write(argFile, ArgFile.render(jvmArguments(java, bootstrap, jars)));
    appendLine(log, "=== cqlkit: starting Cassandra on " + java + ", CQL port " + nativePort
        + ", storage port " + storagePort + " (" + java.javaExecutable() + " @" + argFile + ")");
    long logOffset = size(log);
    long begin = System.nanoTime();
    Process started;
    try {
      started = new ProcessBuilder(java.javaExecutable().toString(), "@" + argFile)
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(Redirect.appendTo(log.toFile()))
          .start(); // stdin stays a pipe: the watchdog halts the node when it closes
    } catch (IOException e) {
      throw new CassandraNodeException(
          "cannot run " + java.javaExecutable() + " to start Cassandra: " + e.getMessage(), e);
    }
    process = started;
    registerShutdownHook();

    long deadline = begin + settings.startTimeout.toNanos();
    InetSocketAddress address = contactPoint();
    boolean listening = false;
    while (true) {
      if (!started.isAlive()) {
        detach(started);
        String output = readFrom(log, logOffset);
        if (output.contains("Address already in use")) {
          return Attempt.PORT_TAKEN;
        }
        throw failure("exited with code " + started.exitValue() + " before it was ready", null);
      }
      listening = listening || readFrom(log, logOffset).contains(READY_LOG_LINE);
      if (listening && servesCql(address)) {
        LOG.log(System.Logger.Level.INFO, "Cassandra node ready on {0} in {1} ({2}, directory {3})",
            address, since(begin), java, directory);
        return Attempt.READY;
      }
      if (System.nanoTime() - deadline > 0) {
        terminate(started, Duration.ZERO);
        detach(started);
        throw failure("was not ready after " + format(settings.startTimeout) + " ("
            + (listening ? "its CQL port " + address + (settings.security.authenticates()
                    ? " did not let the superuser '" + NodeSecurity.SUPERUSER + "' log in"
                    : " did not answer a CQL OPTIONS request")
                : "it did not log '" + READY_LOG_LINE + "'")
            + "); on a slow machine raise CassandraNode.builder().startTimeout(...)", null);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        terminate(started, Duration.ZERO);
        detach(started);
        Thread.currentThread().interrupt();
        throw failure("was interrupted while starting", e);
      }
    }
  }

  /** The port answers OPTIONS; a secured node serves TLS and lets its superuser log in ({@link SecuredProbe}). */
  private boolean servesCql(InetSocketAddress address) {
    return settings.security.equals(NodeSecurity.none())
        ? CqlProbe.answersOptions(address, PROBE_TIMEOUT)
        : SecuredProbe.ready(address, settings.security, PROBE_TIMEOUT);
  }

  private List<String> jvmArguments(JavaRuntime java, Path bootstrap, List<Path> jars) {
    List<String> args = new ArrayList<>();
    args.add("-Xms" + settings.initialHeap);
    args.add("-Xmx" + settings.maxHeap);
    if (settings.fastStart) {
      args.add("-XX:TieredStopAtLevel=1");
    }
    args.add("-Dcassandra.config=" + directory.resolve("cassandra.yaml").toUri());
    args.add("-Dcassandra-foreground=yes");
    args.add("-Dcassandra.storagedir=" + directory.resolve("data"));
    args.add("-Dcassandra.logdir=" + directory.resolve("logs"));
    args.add("-Dlogback.configurationFile=" + directory.resolve("logback.xml").toUri());
    // fast start of a single throwaway node (see cassandra-node.md)
    args.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
    args.add("-Dcassandra.ring_delay_ms=100");
    args.add("-Dcassandra.memtable_row_overhead_computation_step=100");
    if (!settings.crashSafe) {
      args.add("-Dcassandra.unsafesystem=true"); // system tables skip the commit log
    }
    args.add("-Dcassandra.skip_sync=true");
    args.add("-Dcassandra.superuser_setup_delay_ms=0");
    args.add("-Dcassandra.test.ignore_sigar=true");
    args.add("-Dcassandra.shutdown_announce_in_ms=0"); // no peers to tell
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
    args.addAll(settings.jvmArgs);
    StringBuilder classpath = new StringBuilder(bootstrap.toString());
    for (Path jar : jars) {
      classpath.append(File.pathSeparatorChar).append(jar);
    }
    args.add("-cp");
    args.add(classpath.toString());
    args.add(MAIN_CLASS);
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

  /** Creates the directory layout and copies the watchdog main class; returns its classpath root. */
  private Path prepareDirectory() {
    try {
      for (String sub : new String[] {"data", "logs", "bootstrap"}) {
        Files.createDirectories(directory.resolve(sub));
      }
      write(directory.resolve("logback.xml"), NodeYaml.logbackXml());
      Path bootstrap = directory.resolve("bootstrap");
      String classFile = MAIN_CLASS.replace('.', '/') + ".class";
      Path target = bootstrap.resolve(classFile);
      Files.createDirectories(target.getParent());
      try (var in = CassandraNode.class.getClassLoader().getResourceAsStream(classFile)) {
        if (in == null) {
          throw new CassandraNodeException("the class file " + classFile + " is missing from the"
              + " cassandra-node jar: rebuild it (a shading step must keep io.cqlkit.node.internal)");
        }
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return bootstrap;
    } catch (IOException e) {
      throw new CassandraNodeException(
          "cannot prepare the node directory " + directory + ": " + e.getMessage(), e);
    }
  }

  private void choosePorts() {
    try (var storage = new ServerSocket(0, 1, loopback());
        var cql = new ServerSocket(0, 1, loopback())) {
      storagePort = storage.getLocalPort();
      nativePort = cql.getLocalPort();
    } catch (IOException e) {
      throw new CassandraNodeException("cannot find free loopback ports: " + e.getMessage(), e);
    }
  }

  private String ports() {
    return "(CQL " + nativePort + ", storage " + storagePort + ")";
  }

  private boolean isAlive() {
    Process running = process;
    return running != null && running.isAlive();
  }

  private void registerShutdownHook() {
    if (shutdownHook != null) {
      return;
    }
    Thread hook = new Thread(() -> {
      Process running = process; // no lock: a thread holding it may be what the JVM waits for
      if (running != null) {
        terminate(running, SHUTDOWN_HOOK_TIMEOUT);
      }
      deleteDirectoryIfOurs();
    }, "cqlkit-cassandra-node-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    shutdownHook = hook;
  }

  private void deleteDirectoryIfOurs() {
    if (directory != null && settings.directoryIsOurs && !keepDirectory) {
      deleteRecursively(directory);
    }
  }

  private void detach(Process ended) {
    if (process == ended) {
      process = null;
    }
    try {
      ended.getOutputStream().close();
    } catch (IOException e) {
      // the pipe is gone with the process
    }
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook is running or ran
      }
      shutdownHook = null;
    }
  }

  /** SIGTERM, then SIGKILL when the process has not exited within the grace time. */
  private static void terminate(Process running, Duration grace) {
    if (!running.isAlive()) {
      return;
    }
    if (!grace.isZero()) {
      // SIGTERM through the handle: Process.destroy() would also close the node's stdin, and the
      // watchdog would halt the node before Cassandra has drained
      running.toHandle().destroy();
      if (awaitExit(running, grace)) {
        return;
      }
    }
    running.destroyForcibly();
    awaitExit(running, Duration.ofSeconds(30));
  }

  private static boolean awaitExit(Process running, Duration timeout) {
    try {
      return running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.destroyForcibly();
      return false;
    }
  }

  private CassandraNodeException failure(String what, Throwable cause) {
    keepDirectory = true;
    Path log = logFileIn(directory);
    StringBuilder message = new StringBuilder("Cassandra node in ").append(directory).append(' ')
        .append(what).append(". Its log is ").append(log).append("; last ")
        .append(FAILURE_LOG_LINES).append(" lines:");
    for (String line : logTail(FAILURE_LOG_LINES)) {
      message.append("\n  | ").append(line);
    }
    return new CassandraNodeException(message.toString(), cause);
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
    return directory.resolve("logs").resolve("node.log");
  }

  static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new AssertionError(e); // four bytes are always a valid address
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CassandraNodeException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void appendLine(Path file, String line) {
    try {
      Files.write(file, (line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new CassandraNodeException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static String readFrom(Path file, long offset) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      if (length <= offset) {
        return "";
      }
      byte[] bytes = new byte[(int) Math.min(length - offset, 64L << 20)];
      in.seek(offset);
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static List<String> tail(Path file, int lines) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      long window = Math.min(length, Math.max(64 * 1024L, lines * 1024L));
      byte[] bytes = new byte[(int) window];
      in.seek(length - window);
      in.readFully(bytes);
      List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
      if (window < length && !all.isEmpty()) {
        all = all.subList(1, all.size()); // the first line may be cut
      }
      return Collections.unmodifiableList(
          new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the node's log " + file, e);
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      LOG.log(System.Logger.Level.WARNING, "could not delete the node directory {0}: {1}", root, e);
    }
  }

  private static String since(long beginNanos) {
    return format(Duration.ofNanos(System.nanoTime() - beginNanos));
  }

  static String format(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0
        ? (millis / 1000) + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  // ---------------------------------------------------------------------------------------------

  /** The settings of a local node, fixed at {@link Builder#build()}. */
  private static final class Settings {
    final Path directory;
    final boolean directoryIsOurs;
    final String initialHeap;
    final String maxHeap;
    final Duration startTimeout;
    final Duration stopTimeout;
    final List<String> yaml;
    final List<String> jvmArgs;
    final boolean fastStart;
    final boolean crashSafe;
    final Path javaHome;
    final NodeSecurity security;

    Settings(Builder b) {
      this.directoryIsOurs = b.directory == null;
      this.directory = (b.directory != null ? b.directory : defaultDirectory()).toAbsolutePath();
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

    private static int counter;

    /** {@code target/cassandra-node/<id>} in a Maven module, else {@code <tmp>/cqlkit-cassandra-<id>}. */
    private static synchronized Path defaultDirectory() {
      String id = ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + "-" + (++counter);
      Path target = Paths.get("target");
      if (Files.isDirectory(target)) {
        return target.resolve("cassandra-node").resolve("node-" + id);
      }
      return Paths.get(System.getProperty("java.io.tmpdir"), "cqlkit-cassandra-" + id);
    }
  }

  /**
   * Settings of a node; every one has a default that suits a test run.
   *
   * <pre>{@code
   * CassandraNode node = CassandraNode.builder()
   *     .maxHeap("2g")
   *     .yaml("batch_size_fail_threshold: 100KiB")
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*[kKmMgG]?");
    private static final List<String> RESERVED_YAML = Arrays.asList(
        "listen_address", "rpc_address", "storage_port", "native_transport_port", "seed_provider",
        "data_file_directories", "commitlog_directory", "saved_caches_directory", "hints_directory",
        "cdc_raw_directory");

    private Path directory;
    private String initialHeap = "256m";
    private String maxHeap = "1g";
    private Duration startTimeout = Duration.ofSeconds(120);
    private Duration stopTimeout = Duration.ofSeconds(30);
    private final List<String> yaml = new ArrayList<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private boolean fastStart = true;
    private boolean crashSafe;
    private Path javaHome;
    private boolean useExternal = true;
    private NodeSecurity security = NodeSecurity.none();

    private Builder() {}

    /**
     * Authentication, authorization and client TLS of the node (default {@link NodeSecurity#none()}).
     * With authentication, {@link CassandraNode#start()} returns once the default superuser can log in.
     */
    public Builder security(NodeSecurity security) {
      if (security == null) {
        throw new IllegalArgumentException("security must not be null: pass NodeSecurity.none() for none");
      }
      this.security = security;
      return this;
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

    /** The initial heap, e.g. {@code "256m"} (the default: resident memory stays near 640 MB). */
    public Builder initialHeap(String size) {
      this.initialHeap = memory("initialHeap", size);
      return this;
    }

    /** The maximum heap, e.g. {@code "1g"} (the default). */
    public Builder maxHeap(String size) {
      this.maxHeap = memory("maxHeap", size);
      return this;
    }

    /** How long {@link CassandraNode#start()} waits for the node to serve CQL (default 120 s). */
    public Builder startTimeout(Duration timeout) {
      this.startTimeout = positive("startTimeout", timeout);
      return this;
    }

    /** How long {@link CassandraNode#stop()} waits after SIGTERM before it kills the node (default 30 s). */
    public Builder stopTimeout(Duration timeout) {
      this.stopTimeout = positive("stopTimeout", timeout);
      return this;
    }

    /**
     * A top-level {@code cassandra.yaml} setting, replacing the template's setting of the same key,
     * e.g. {@code "batch_size_fail_threshold: 100KiB"} (a block: key line, then indented lines).
     * Addresses, ports and directories belong to the launcher and cannot be set.
     */
    public Builder yaml(String setting) {
      String key = NodeYaml.keyOf(setting);
      if (RESERVED_YAML.contains(key)) {
        throw new IllegalArgumentException(
            key + " is set by the launcher (loopback addresses, free ports, the node directory) and"
                + " cannot be overridden: use contactPoint() to find the node, directory(...) to place it");
      }
      yaml.add(setting);
      return this;
    }

    /** Extra options for the node's JVM, e.g. {@code "-XX:+UseSerialGC"}; added after the launcher's own. */
    public Builder jvmArgs(String... args) {
      for (String arg : args) {
        if (arg == null || arg.isBlank()) {
          throw new IllegalArgumentException("a JVM option must not be null or blank");
        }
        jvmArgs.add(arg);
      }
      return this;
    }

    /**
     * Whether to trade peak speed for a faster start (C1 compiler only, the default); turn it off
     * for benchmarks, where the node should run fully optimized code.
     */
    public Builder fastStart(boolean fastStart) {
      this.fastStart = fastStart;
      return this;
    }

    /**
     * Whether everything the node acknowledged survives {@link CassandraNode#kill()} (default false).
     * By default the node starts about 2 s faster: its system tables, the schema among them, skip the
     * commit log, and the commit log is synced every 10 s, so a killed node forgets the keyspaces and
     * tables created since its start and the writes of its last seconds (a graceful stop loses
     * nothing). Fault tests that kill and restart a node pass true.
     */
    public Builder crashSafe(boolean crashSafe) {
      this.crashSafe = crashSafe;
      return this;
    }

    /** The JDK (11 or 17) to run the node on; by default this JVM's if it is 11 or 17, else one found on the machine. */
    public Builder javaHome(Path javaHome) {
      if (javaHome == null) {
        throw new IllegalArgumentException("javaHome must not be null");
      }
      this.javaHome = javaHome;
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
      if (initialHeapExceedsMax()) {
        throw new IllegalArgumentException("initialHeap " + initialHeap + " exceeds maxHeap " + maxHeap
            + ": raise maxHeap or lower initialHeap");
      }
      if (useExternal) {
        Optional<InetSocketAddress> external =
            parseContactPoint(System.getProperty(CONTACT_POINT_PROPERTY));
        if (external.isPresent()) {
          String dc = System.getProperty(DATACENTER_PROPERTY, DEFAULT_DATACENTER).trim();
          return CassandraNode.external(external.get(), dc.isEmpty() ? DEFAULT_DATACENTER : dc);
        }
      }
      return new CassandraNode(settings(), null, DEFAULT_DATACENTER);
    }

    Settings settings() {
      return new Settings(this);
    }

    /** Parses {@code host:port} (or {@code [ipv6]:port}); empty for null or blank. */
    static Optional<InetSocketAddress> parseContactPoint(String value) {
      if (value == null || value.isBlank()) {
        return Optional.empty();
      }
      String text = value.trim();
      int colon = text.lastIndexOf(':');
      String host = colon > 0 ? text.substring(0, colon) : "";
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      int port = -1;
      try {
        port = Integer.parseInt(text.substring(colon + 1));
      } catch (NumberFormatException e) {
        // reported below
      }
      if (host.isEmpty() || port < 1 || port > 65535) {
        throw new IllegalArgumentException("system property " + CONTACT_POINT_PROPERTY
            + " must be host:port, e.g. 127.0.0.1:9042, but was '" + value + "'");
      }
      return Optional.of(new InetSocketAddress(host, port));
    }

    private boolean initialHeapExceedsMax() {
      return bytes(initialHeap) > bytes(maxHeap);
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

    private static Duration positive(String name, Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(
            name + " must be a positive duration, e.g. Duration.ofSeconds(60), but was " + timeout);
      }
      return timeout;
    }
  }
}
