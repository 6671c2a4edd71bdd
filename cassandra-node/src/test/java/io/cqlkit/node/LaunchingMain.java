package io.cqlkit.node;

import java.nio.file.Path;

/** A throwaway launcher JVM for the watchdog test: starts a node (or a ring of 2) in the given directory, reports, waits. */
public final class LaunchingMain {
  private LaunchingMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 1 && args[1].equals("ring")) {
      CassandraRing ring = CassandraRing.builder().nodes(2).directory(Path.of(args[0])).build().start();
      System.out.println("READY " + ring.node(0).pid().getAsLong() + " " + ring.node(0).contactPoint().getPort()
          + " " + ring.node(1).pid().getAsLong());
      System.out.flush();
      Thread.sleep(600_000);
    }
    CassandraNode node = CassandraNode.builder().useExternal(false).directory(Path.of(args[0])).build().start();
    System.out.println("READY " + node.pid().getAsLong() + " " + node.contactPoint().getPort());
    System.out.flush();
    Thread.sleep(600_000);
  }
}
