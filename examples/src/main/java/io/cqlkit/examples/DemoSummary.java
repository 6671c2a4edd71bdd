package io.cqlkit.examples;

import java.io.PrintStream;
import java.util.List;

/** What a {@link DemoJob} run did and whether every step behaved as it should. */
final class DemoSummary {
  private final DemoArgs args;

  long loaded;
  long loadFailures;
  String firstLoadError;
  double loadRate;
  boolean batchApplied;
  boolean thrownBlockSentNothing;
  boolean lockBehaved;
  long counterTotal;
  long scanned;
  long killedAt;
  String killedNode;
  double elapsedSeconds;

  DemoSummary(DemoArgs args) {
    this.args = args;
  }

  boolean ok() {
    return loadFailures == 0
        && scanned == args.events()
        && batchApplied
        && thrownBlockSentNothing
        && lockBehaved
        && counterTotal == 15;
  }

  void print(PrintStream out) {
    out.printf("%nSummary%n");
    List<String> lines =
        List.of(
            String.format("  events loaded      %,d of %,d (%,.0f events/s)", loaded, args.events(), loadRate),
            String.format("  load failures      %,d%s", loadFailures, firstLoadError == null ? "" : " (first: " + firstLoadError + ")"),
            String.format("  rows read back     %,d%s", scanned, killedNode == null ? ""
                : String.format(" with node %s killed at %,d events: %s", killedNode, killedAt,
                    scanned == args.events() ? "every row present" : "ROWS MISSING")),
            String.format("  logged batch       %s", batchApplied ? "applied, callbacks ran" : "FAILED"),
            String.format("  thrown block       %s", thrownBlockSentNothing ? "sent nothing" : "FAILED"),
            String.format("  LWT lock           %s", lockBehaved ? "acquired, refused to worker-2, released" : "FAILED"),
            String.format("  page views total   %d", counterTotal),
            String.format("  elapsed            %.1f s", elapsedSeconds),
            ok() ? "OK" : "FAILED: see the lines above");
    lines.forEach(out::println);
  }
}
