package io.cqlkit.node;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The JVM of one node: writes its yaml and arg file, launches it, waits until it serves CQL, and
 * stops or kills it. The same launcher runs a single node and each member of a ring; what differs
 * is the {@link Placement}. Not thread-safe: its owner serializes the calls.
 */
final class NodeProcess {
  /** What Cassandra logs when its CQL port opens. */
  static final String READY_LOG_LINE = "Starting listening for CQL clients";
  static final int FAILURE_LOG_LINES = 40;
  private static final String MAIN_CLASS = "io.cqlkit.node.internal.NodeMain";
  private static final int PORT_ATTEMPTS = 3;
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration SHUTDOWN_HOOK_TIMEOUT = Duration.ofSeconds(15);
  private static final System.Logger LOG = System.getLogger(CassandraNode.class.getName());

  final Path directory;
  final boolean directoryIsOurs;
  final NodeOptions options;
  final Placement placement;
  private final String label; // "Cassandra node in <dir>", or with the member's address

  private volatile Process process;
  private Thread shutdownHook;
  private volatile boolean keepDirectory; // a start failed: its log stays for diagnosis
  private volatile long startLogOffset;

  NodeProcess(Path directory, boolean directoryIsOurs, NodeOptions options, Placement placement, String label) {
    this.directory = directory;
    this.directoryIsOurs = directoryIsOurs;
    this.options = options;
    this.placement = placement;
    this.label = label;
  }

  /** Starts the JVM and waits until it serves CQL; a node with ports of its own retries on a port clash. */
  void start() {
    Process exited = process;
    if (exited != null) {
      detach(exited); // it ended on its own since the last call
    }
    JavaRuntime java = JavaRuntime.find(Optional.ofNullable(options.javaHome));
    List<Path> jars = ServerClasspath.jars();
    Path bootstrap = prepareDirectory();
    boolean portsAreOurs = placement.nativePort == 0 && !placement.ringMember;
    for (int attempt = 1; ; attempt++) {
      if (portsAreOurs) {
        choosePorts();
      }
      if (launchAndAwaitReady(java, bootstrap, jars)) {
        return;
      }
      if (!portsAreOurs || attempt == PORT_ATTEMPTS) {
        throw failure("could not bind its ports " + ports() + ": another process took them", null);
      }
      LOG.log(System.Logger.Level.INFO, "ports {0} were taken meanwhile, retrying with others", ports());
      portsAreOurs = true;
    }
  }

  /** SIGTERM (Cassandra drains), SIGKILL after the stop timeout. */
  void stop() {
    Process running = process;
    if (running == null) {
      return;
    }
    long begin = System.nanoTime();
    terminate(running, options.stopTimeout);
    detach(running);
    LOG.log(System.Logger.Level.INFO, "Cassandra node {0} stopped in {1}", contactPoint(), NodeFiles.since(begin));
  }

  /** SIGKILL, as a crash would. */
  void kill() {
    Process running = process;
    if (running == null) {
      return;
    }
    running.destroyForcibly();
    awaitExit(running, Duration.ofSeconds(30));
    detach(running);
  }

  boolean isAlive() {
    Process running = process;
    return running != null && running.isAlive();
  }

  Process process() {
    return process;
  }

  boolean hasPorts() {
    return placement.nativePort != 0;
  }

  InetSocketAddress contactPoint() {
    return new InetSocketAddress(placement.address, placement.nativePort);
  }

  Path logFile() {
    return NodeFiles.logFileIn(directory);
  }

  /** The log written since the latest start. */
  String logSinceStart() {
    return NodeFiles.readFrom(logFile(), startLogOffset);
  }

  void deleteDirectoryIfOurs() {
    if (directoryIsOurs && !keepDirectory) {
      NodeFiles.deleteRecursively(directory);
    }
  }

  /** Keeps the directory after close, for diagnosis (a ring that failed keeps every member's). */
  void keepDirectory() {
    keepDirectory = true;
  }

  /** A start failure: names the node and its log, and ends with the log's last lines. Keeps the directory. */
  CassandraNodeException failure(String what, Throwable cause) {
    keepDirectory = true;
    Path log = logFile();
    StringBuilder message = new StringBuilder(label).append(' ')
        .append(what).append(". Its log is ").append(log).append("; last ")
        .append(FAILURE_LOG_LINES).append(" lines:");
    for (String line : NodeFiles.tail(log, FAILURE_LOG_LINES)) {
      message.append("\n  | ").append(line);
    }
    return new CassandraNodeException(message.toString(), cause);
  }

  // ---------------------------------------------------------------------------------------------

  /** True when ready, false when the node could not bind its ports; throws on any other failure. */
  private boolean launchAndAwaitReady(JavaRuntime java, Path bootstrap, List<Path> jars) {
    Path log = logFile();
    NodeFiles.write(directory.resolve("cassandra.yaml"),
        NodeYaml.render(directory.resolve("data"), placement, options.crashSafe, options.allYaml()));
    Path argFile = directory.resolve("jvm.args");
    NodeFiles.write(argFile, ArgFile.render(NodeJvm.arguments(options, placement, directory, bootstrap, jars, MAIN_CLASS)));
    NodeFiles.appendLine(log, "=== cqlkit: starting Cassandra on " + java + ", address " + placement.host()
        + ", CQL port " + placement.nativePort + ", storage port " + placement.storagePort
        + " (" + java.javaExecutable() + " @" + argFile + ")");
    long logOffset = NodeFiles.size(log);
    startLogOffset = logOffset;
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

    long deadline = begin + options.startTimeout.toNanos();
    InetSocketAddress address = contactPoint();
    boolean listening = false;
    while (true) {
      if (!started.isAlive()) {
        detach(started);
        if (NodeFiles.readFrom(log, logOffset).contains("Address already in use")) {
          return false;
        }
        throw failure("exited with code " + started.exitValue() + " before it was ready", null);
      }
      listening = listening || NodeFiles.readFrom(log, logOffset).contains(READY_LOG_LINE);
      if (listening && servesCql(address)) {
        LOG.log(System.Logger.Level.INFO, "Cassandra node ready on {0} in {1} ({2}, directory {3})",
            address, NodeFiles.since(begin), java, directory);
        return true;
      }
      if (System.nanoTime() - deadline > 0) {
        terminate(started, Duration.ZERO);
        detach(started);
        throw failure("was not ready after " + NodeFiles.format(options.startTimeout) + " ("
            + (listening ? "its CQL port " + address + (options.security.authenticates()
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

  /** Creates the directory layout and copies the watchdog main class; returns its classpath root. */
  private Path prepareDirectory() {
    try {
      for (String sub : new String[] {"data", "logs", "bootstrap"}) {
        Files.createDirectories(directory.resolve(sub));
      }
      NodeFiles.write(directory.resolve("logback.xml"), NodeYaml.logbackXml());
      Path bootstrap = directory.resolve("bootstrap");
      String classFile = MAIN_CLASS.replace('.', '/') + ".class";
      Path target = bootstrap.resolve(classFile);
      Files.createDirectories(target.getParent());
      try (var in = NodeProcess.class.getClassLoader().getResourceAsStream(classFile)) {
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
    try (var storage = new ServerSocket(0, 1, placement.address);
        var cql = new ServerSocket(0, 1, placement.address)) {
      placement.storagePort = storage.getLocalPort();
      placement.nativePort = cql.getLocalPort();
    } catch (IOException e) {
      throw new CassandraNodeException("cannot find free loopback ports: " + e.getMessage(), e);
    }
  }

  private String ports() {
    return "(CQL " + placement.nativePort + ", storage " + placement.storagePort + " on " + placement.host() + ")";
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
  static void terminate(Process running, Duration grace) {
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

  /** The port answers OPTIONS; a secured node serves TLS and lets its superuser log in ({@link SecuredProbe}). */
  private boolean servesCql(InetSocketAddress address) {
    return options.security.equals(NodeSecurity.none())
        ? CqlProbe.answersOptions(address, PROBE_TIMEOUT)
        : SecuredProbe.ready(address, options.security, PROBE_TIMEOUT);
  }
}
