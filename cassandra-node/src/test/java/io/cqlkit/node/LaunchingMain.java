package io.cqlkit.node;

import java.nio.file.Path;

/** A throwaway launcher JVM for the watchdog test: starts a node in the given directory, reports, waits. */
public final class LaunchingMain {
  private LaunchingMain() {}

  public static void main(String[] args) throws InterruptedException {
    CassandraNode node = CassandraNode.builder().useExternal(false).directory(Path.of(args[0])).build().start();
    System.out.println("READY " + node.pid().getAsLong() + " " + node.contactPoint().getPort());
    System.out.flush();
    Thread.sleep(600_000);
  }
}
