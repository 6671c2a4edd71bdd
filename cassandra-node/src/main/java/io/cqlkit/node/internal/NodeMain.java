package io.cqlkit.node.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The main class of a node's JVM (not API): starts Cassandra and halts the JVM as soon as the JVM
 * that launched it is gone, so a killed test run never leaves a node behind.
 *
 * <p>Two signals, either one is enough: standard input reaches end-of-file (the launcher holds the
 * other end of the pipe; the kernel closes it when the launcher dies, even on SIGKILL), or the
 * launcher's process id no longer names the process that started at the given instant.
 *
 * <p>Usage: {@code NodeMain <launcher-pid> <launcher-start-epoch-millis|-1> [main-class [args...]]};
 * the main class defaults to Cassandra's {@code CassandraDaemon}, called by reflection so this
 * module never compiles against Cassandra. This class must stay self-contained (no nested classes):
 * the launcher copies its class file next to the server's jars.
 */
public final class NodeMain {
  static final String CASSANDRA_DAEMON = "org.apache.cassandra.service.CassandraDaemon";
  private static final long POLL_MILLIS = 500;

  private NodeMain() {}

  /** Starts the watchdog threads, then runs the server's main method on this thread. */
  public static void main(String[] args) throws Throwable {
    if (args.length < 2) {
      System.err.println(
          "usage: NodeMain <launcher-pid> <launcher-start-epoch-millis|-1> [main-class [args...]]");
      System.exit(2);
    }
    long launcherPid = Long.parseLong(args[0]);
    long launcherStartMillis = Long.parseLong(args[1]);
    String mainClass = args.length > 2 ? args[2] : CASSANDRA_DAEMON;
    String[] mainArgs = args.length > 3 ? Arrays.copyOfRange(args, 3, args.length) : new String[0];

    startDaemon("cqlkit-watchdog-stdin", () -> {
      awaitEndOfInput(System.in);
      halt("standard input closed: the launching JVM has exited");
    });
    startDaemon("cqlkit-watchdog-pid", () -> {
      while (isAlive(launcherPid, launcherStartMillis)) {
        try {
          Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
      halt("the launching JVM (pid " + launcherPid + ") is gone");
    });

    try {
      Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) mainArgs);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void startDaemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void awaitEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // the launcher never writes; anything it sends is ignored
      }
    } catch (IOException e) {
      // a broken pipe means the launcher is gone, too
    }
  }

  private static boolean isAlive(long pid, long startMillis) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      return false;
    }
    if (startMillis < 0) {
      return true;
    }
    // a reused pid names a process that started at another instant
    return handle.get().info().startInstant().map(s -> s.toEpochMilli() == startMillis).orElse(true);
  }

  private static void halt(String reason) {
    System.err.println("cqlkit watchdog: " + reason + "; halting this Cassandra node");
    System.err.flush();
    Runtime.getRuntime().halt(143);
  }
}
