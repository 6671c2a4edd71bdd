package io.cqlkit.benchmarks;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.ConcurrentExecution;
import io.cqlkit.executor.ResultIterator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.IntStream;
import org.openjdk.jmh.results.RunResult;

/** The engine table (statements/s, bytes per statement) and the streaming form's live heap. */
final class EngineReport {
  private EngineReport() {}

  static String table(Collection<RunResult> results) {
    BuilderReport.Scores scores = BuilderReport.Scores.of(results);
    StringBuilder out = new StringBuilder();
    out.append("1,000,000 statements, window 256, no-op asynchronous executor:\n\n");
    out.append("| form | statements/s | ns/statement | bytes/statement |\n|---|---:|---:|---:|\n");
    for (String[] form : new String[][] {
      {"listForm", "list (all results kept, input order)"},
      {"streamingForm", "streaming (results consumed as they come)"},
      {"streamingWithBinding", "streaming, each statement bound from a template"},
      {"listFormWithMetrics", "list, through MetricsExecutor (Micrometer)"},
      {"streamingFormWithMetrics", "streaming, through MetricsExecutor (Micrometer)"},
    }) {
      double ns = scores.time(form[0]).score();
      out.append(
          String.format(
              Locale.ROOT, "| %s | %,.0f | %.0f | %.0f |%n", form[1], 1e9 / ns, ns, scores.bytes(form[0])));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nMetricsExecutor (executor-metrics: a timer per kind and table, in-flight gauge; SimpleMeterRegistry,"
                + " no percentiles) adds %.0f ns/statement to the streaming form and %.0f to the list form"
                + " (goal ≤ 150).%n",
            scores.time("streamingFormWithMetrics").score() - scores.time("streamingForm").score(),
            scores.time("listFormWithMetrics").score() - scores.time("listForm").score()));
    out.append(
        "\nGrouping by partition (GroupingBenchmark): 200,000 inserts, window 256, over a no-op"
            + " executor with protocol batches and schema facts (as the driver adapter); the list form"
            + " keeps every result, the streaming form consumes them as they come:\n\n");
    out.append("| form | ns/statement | bytes/statement |\n|---|---:|---:|\n");
    for (String[] form : new String[][] {
      {"groupedManyPerPartition", "list: grouped, 1,000 partitions interleaved (batches of about 8)"},
      {"groupedOnePerPartition", "list: grouped, every row its own partition (nothing to group)"},
      {"ungrouped", "list: not grouped, the same statements"},
      {"groupedManyPerPartitionStreaming", "streaming: grouped, 1,000 partitions interleaved"},
      {"groupedOnePerPartitionStreaming", "streaming: grouped, every row its own partition"},
      {"ungroupedStreaming", "streaming: not grouped, the same statements"},
    }) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f ± %.0f | %.0f |%n",
              form[1],
              scores.time(form[0]).score(),
              scores.time(form[0]).error(),
              scores.bytes(form[0])));
    }
    out.append("\nStreaming form, live heap after GC, sampled every 100,000 results (max):\n\n");
    out.append("| statements streamed | max live heap |\n|---:|---:|\n");
    for (int n : new int[] {100_000, 1_000_000, 5_000_000}) {
      out.append(String.format(Locale.ROOT, "| %,d | %.1f MiB |%n", n, maxLiveHeapWhileStreaming(n) / 1048576.0));
    }
    return out.toString();
  }

  /** Streams {@code n} lazily bound statements and returns the largest heap in use after a GC. */
  static long maxLiveHeapWhileStreaming(int n) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ConcurrentExecution engine =
        ConcurrentExecution.on(EngineBenchmark.NO_OP).withWindow(EngineBenchmark.WINDOW).collectAll();
    Iterator<CqlStatement> statements =
        IntStream.range(0, n).mapToObj(i -> EngineBenchmark.INSERT.bind(i % 1000, i, "login")).iterator();
    long max = 0;
    long seen = 0;
    try (ResultIterator results = engine.iterate(statements)) {
      while (results.hasNext()) {
        results.next();
        if (++seen % 100_000 == 0) {
          System.gc();
          max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
        }
      }
    }
    return max;
  }
}
