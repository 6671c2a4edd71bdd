package io.cqlkit.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns the builder benchmark's results into the README's table: ns/op with the 99.9% error of
 * each figure, bytes/op, the ratios, and the goals of issue 13 (cqlkit ≤ 1.0× the hand-written
 * StringBuilder's time, ≤ 1.25× its allocation, the driver's query builder ≥ 10× slower than
 * cqlkit). Where the 99.9% confidence intervals of two variants overlap, the report says that the
 * run cannot rank them instead of quoting a ratio as a verdict.
 */
final class BuilderReport {
  static final double TIME_GOAL = 1.0;
  static final double ALLOC_GOAL = 1.25;
  static final double DRIVER_GOAL = 10.0;

  private static final String[][] SHAPES = {
    {"insert10", "INSERT, 10 columns"},
    {"update5", "UPDATE, 5 columns, 2 WHERE relations"},
    {"select5", "SELECT 5 columns WHERE pk = ? AND ck IN ? LIMIT ?"},
    {"selectPk3", "SELECT * by a primary key of 3 columns"},
    {"deleteIfExists", "DELETE … WHERE pk = ? AND ck = ? IF EXISTS"},
    {"insertLwtTtl", "INSERT, 5 columns, IF NOT EXISTS USING TTL"},
    {"batch10", "BATCH of 10 five-column INSERTs"},
  };

  private BuilderReport() {}

  static String table(Collection<RunResult> results) {
    Scores scores = Scores.of(results);
    StringBuilder out = new StringBuilder();
    int forks = scores.forks();
    out.append(
        String.format(
            Locale.ROOT,
            "%d fork(s) per benchmark; ns/op ± the half-width of JMH's 99.9%% confidence interval."
                + " B/op is exact. Goals: cqlkit ≤ %.2f× the StringBuilder's time and ≤ %.2f× its"
                + " allocation, the driver's query builder ≥ %.0f× slower than cqlkit.%n%n",
            forks, TIME_GOAL, ALLOC_GOAL, DRIVER_GOAL));
    out.append(
        "| shape | cqlkit ns/op | driver QB ns/op | StringBuilder ns/op | cqlkit vs StringBuilder"
            + " | driver QB vs cqlkit | cqlkit B/op | StringBuilder B/op | alloc vs StringBuilder"
            + " | goals |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    StringBuilder notes = new StringBuilder();
    int met = 0;
    int rows = 0;
    for (String[] shape : SHAPES) {
      Score cqlkit = scores.time(shape[0] + "_cqlkit");
      Score driver = scores.time(shape[0] + "_driverQueryBuilder");
      Score sb = scores.time(shape[0] + "_stringBuilder");
      Row row =
          new Row(
              shape[1], cqlkit, driver, sb, scores.bytes(shape[0] + "_cqlkit"),
              scores.bytes(shape[0] + "_stringBuilder"));
      out.append(row.line());
      notes.append(row.notes());
      met += row.allMet() ? 1 : 0;
      rows++;
    }
    // Binding a template against the hand-written INSERT of the same ten columns.
    Row bind =
        new Row(
            "template bind, 10 values (vs the 10-column INSERT's baselines)",
            scores.time("insert10_cqlkitTemplateBind"),
            scores.time("insert10_driverQueryBuilder"),
            scores.time("insert10_stringBuilder"),
            scores.bytes("insert10_cqlkitTemplateBind"),
            scores.bytes("insert10_stringBuilder"));
    out.append(bind.line());
    notes.append(bind.notes());
    met += bind.allMet() ? 1 : 0;
    rows++;
    out.append('\n')
        .append(String.format(Locale.ROOT, "Every goal met on %d of %d rows.%n", met, rows));
    if (notes.length() > 0) {
      out.append('\n').append(notes);
    }
    return out.toString();
  }

  /** One row of the table: the three variants of a shape. */
  private record Row(
      String name, Score cqlkit, Score driver, Score sb, double cqlkitBytes, double sbBytes) {
    String line() {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %s | %s | %.2f× | %.1f× slower | %.0f | %.0f | %.2f× | %s |%n",
          name, cqlkit, driver, sb, cqlkit.score / sb.score, driver.score / cqlkit.score,
          cqlkitBytes, sbBytes, cqlkitBytes / sbBytes, goals());
    }

    String goals() {
      return "time " + timeVerdict() + ", alloc " + (allocMet() ? "met" : "NOT met")
          + ", driver QB " + driverVerdict();
    }

    /** met, NOT met, or "unranked" when the 99.9% intervals overlap across the goal's line. */
    String timeVerdict() {
      if (cqlkit.high() <= sb.low() * TIME_GOAL) {
        return "met";
      }
      if (cqlkit.low() > sb.high() * TIME_GOAL) {
        return "NOT met";
      }
      return cqlkit.score <= sb.score * TIME_GOAL ? "met (unranked)" : "NOT met (unranked)";
    }

    String driverVerdict() {
      if (driver.low() >= cqlkit.high() * DRIVER_GOAL) {
        return "met";
      }
      if (driver.high() < cqlkit.low() * DRIVER_GOAL) {
        return "NOT met";
      }
      return driver.score >= cqlkit.score * DRIVER_GOAL ? "met (unranked)" : "NOT met (unranked)";
    }

    boolean allocMet() {
      return cqlkitBytes <= sbBytes * ALLOC_GOAL;
    }

    boolean allMet() {
      return timeVerdict().startsWith("met") && allocMet() && driverVerdict().startsWith("met");
    }

    String notes() {
      if (!cqlkit.overlaps(sb)) {
        return "";
      }
      return String.format(
          Locale.ROOT,
          "- %s: the 99.9%% intervals of cqlkit (%.1f–%.1f ns) and the StringBuilder (%.1f–%.1f"
              + " ns) overlap: this run cannot rank them; the ratio is indicative only.%n",
          name, cqlkit.low(), cqlkit.high(), sb.low(), sb.high());
    }
  }

  /** A time score with the half-width of its 99.9% confidence interval. */
  record Score(double score, double error) {
    double low() {
      return Double.isNaN(error) ? score : score - error;
    }

    double high() {
      return Double.isNaN(error) ? score : score + error;
    }

    boolean overlaps(Score other) {
      return low() <= other.high() && other.low() <= high();
    }

    @Override
    public String toString() {
      return Double.isNaN(error)
          ? String.format(Locale.ROOT, "%.1f", score)
          : String.format(Locale.ROOT, "%.1f ± %.1f", score, error);
    }
  }

  /** Looks up a benchmark's primary score and its gc.alloc.rate.norm by method name. */
  record Scores(Collection<RunResult> results) {
    static Scores of(Collection<RunResult> results) {
      return new Scores(results);
    }

    int forks() {
      return results.isEmpty() ? 0 : results.iterator().next().getParams().getForks();
    }

    Score time(String method) {
      Result<?> r = find(method).getPrimaryResult();
      return new Score(r.getScore(), r.getScoreError());
    }

    double bytes(String method) {
      Result<?> alloc = find(method).getSecondaryResults().get("·gc.alloc.rate.norm");
      if (alloc == null) {
        alloc = find(method).getSecondaryResults().get("gc.alloc.rate.norm");
      }
      return alloc == null ? Double.NaN : alloc.getScore();
    }

    private RunResult find(String method) {
      for (RunResult r : results) {
        String name = r.getParams().getBenchmark();
        if (name.endsWith("." + method)) {
          return r;
        }
      }
      throw new IllegalStateException("no result for benchmark method " + method);
    }
  }
}
