package io.cqlkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The report of {@link EndToEnd#run}: each variant's measured rounds tabled (median, worst and
 * best rate, ratio to the raw driver loop, client and node CPU per statement), the grouping goals,
 * and the cqlkit-vs-raw comparison round by round.
 */
final class EndToEndReport {
  private EndToEndReport() {}

  /**
   * One variant's figures in one measured round: rows a second, and the CPU time a statement cost
   * the client JVM and the node's process.
   */
  record Figure(double rate, double cpuMicrosPerStatement, double nodeCpuMicrosPerStatement) {
    /** How many cores the client and the node kept busy together. */
    double coresBusy() {
      return (cpuMicrosPerStatement + nodeCpuMicrosPerStatement) * rate / 1e6;
    }
  }

  /**
   * The report of {@code figures} (variant name → measured rounds, in the order the variants were
   * listed: cqlkit concurrent execution, the raw driver loop and the naive loop first).
   */
  static String table(
      Map<String, List<Figure>> figures, int rows, int naiveRows, int warmUps) {
    List<String> names = new ArrayList<>(figures.keySet());
    List<Figure> cqlkit = figures.get(names.get(0));
    List<Figure> raw = figures.get(names.get(1));
    List<Figure> naive = figures.get(names.get(2));
    int rounds = raw.size();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%,d single-row inserts per variant and round (the naive loop: %,d), client and node on"
                + " the same machine; %d warm-up round(s), then %d measured rounds, the variants"
                + " interleaved (order rotated each round), each started on an idle node. Client"
                + " CPU: the client JVM's process CPU time per statement; node CPU: the node"
                + " process's; cores busy: both together over the round's time (the machine has"
                + " %d).%n%n",
            rows, naiveRows, warmUps, rounds, Runtime.getRuntime().availableProcessors()));
    out.append("| variant | median rows/s | worst round | best round | vs raw loop (median) | client CPU µs/statement (median) | node CPU µs/statement (median) | cores busy (median) |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    double rawMedian = median(raw, Figure::rate);
    figures.forEach(
        (name, list) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %,.0f | %,.0f | %,.0f | %.2f× | %.1f | %.1f | %.2f |%n",
                    name,
                    median(list, Figure::rate),
                    list.stream().mapToDouble(Figure::rate).min().orElse(Double.NaN),
                    list.stream().mapToDouble(Figure::rate).max().orElse(Double.NaN),
                    median(list, Figure::rate) / rawMedian,
                    median(list, Figure::cpuMicrosPerStatement),
                    median(list, Figure::nodeCpuMicrosPerStatement),
                    median(list, Figure::coresBusy))));
    double grouped = median(figures.get(EndToEnd.GROUPED), Figure::rate);
    double groupedSingles = median(figures.get(EndToEnd.GROUPED_SINGLES), Figure::rate);
    double ungroupedSingles = median(figures.get(EndToEnd.UNGROUPED_SINGLES), Figure::rate);
    out.append(
        String.format(
            Locale.ROOT,
            "%nGrouped by partition vs the raw driver loop (medians): %.2f× (goal ≥ 3×: %s); every row"
                + " its own partition, grouped vs ungrouped: %.2f× (goal ≥ 1.0×, no slower: %s).%n",
            grouped / rawMedian,
            grouped / rawMedian >= 3 ? "met" : "NOT met",
            groupedSingles / ungroupedSingles,
            groupedSingles >= ungroupedSingles ? "met" : "NOT met"));
    out.append("\nRound by round, cqlkit concurrent execution vs the raw driver loop (goal ≥ 1.00× in every round):\n\n");
    out.append("| round | cqlkit rows/s | raw loop rows/s | cqlkit vs raw | cqlkit CPU µs/stmt | raw CPU µs/stmt | node CPU µs/stmt under cqlkit | under raw |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double worst = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      double ratio = cqlkit.get(r).rate() / raw.get(r).rate();
      worst = Math.min(worst, ratio);
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %,.0f | %,.0f | %.2f× | %.1f | %.1f | %.1f | %.1f |%n",
              r + 1,
              cqlkit.get(r).rate(),
              raw.get(r).rate(),
              ratio,
              cqlkit.get(r).cpuMicrosPerStatement(),
              raw.get(r).cpuMicrosPerStatement(),
              cqlkit.get(r).nodeCpuMicrosPerStatement(),
              raw.get(r).nodeCpuMicrosPerStatement()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%ncqlkit vs raw driver loop: worst round %.2f× (goal ≥ 1.00× in every round: %s);"
                + " cqlkit vs naive loop (medians): %.1f× (goal ≥ 2×).%n",
            worst,
            worst >= 1.0 ? "met" : "NOT met",
            median(cqlkit, Figure::rate) / median(naive, Figure::rate)));
    return out.toString();
  }

  private static double median(List<Figure> figures, ToDoubleFunction<Figure> value) {
    double[] sorted = figures.stream().mapToDouble(value).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
