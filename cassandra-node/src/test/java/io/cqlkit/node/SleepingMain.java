package io.cqlkit.node;

/** Stands in for Cassandra in watchdog tests: prints that it runs, then sleeps. */
public final class SleepingMain {
  private SleepingMain() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("sleeping");
    System.out.flush();
    Thread.sleep(300_000);
  }
}
