package io.cqlkit.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Turns the builder benchmark's results into the README's table: ns/op, bytes/op and ratios. */
final class BuilderReport {
  private static final String[][] SHAPES = {
    {"insert10", "INSERT, 10 columns"},
    {"update5", "UPDATE, 5 columns, 2 WHERE relations"},
    {"select5", "SELECT 5 columns WHERE pk = ? AND ck IN ? LIMIT ?"},
    {"insertLwtTtl", "INSERT, 5 columns, IF NOT EXISTS USING TTL"},
    {"batch10", "BATCH of 10 five-column INSERTs"},
  };

  private BuilderReport() {}

  static String table(Collection<RunResult> results) {
    Scores scores = Scores.of(results);
    StringBuilder out = new StringBuilder();
    out.append("| shape | cqlkit ns/op | driver QB ns/op | StringBuilder ns/op | cqlkit vs StringBuilder | driver QB vs cqlkit | cqlkit B/op | StringBuilder B/op | alloc vs StringBuilder |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String[] shape : SHAPES) {
      double cqlkit = scores.time(shape[0] + "_cqlkit");
      double driver = scores.time(shape[0] + "_driverQueryBuilder");
      double sb = scores.time(shape[0] + "_stringBuilder");
      double cqlkitBytes = scores.bytes(shape[0] + "_cqlkit");
      double sbBytes = scores.bytes(shape[0] + "_stringBuilder");
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.0f | %.0f | %.2f× | %.1f× faster | %.0f | %.0f | %.2f× |%n",
              shape[1], cqlkit, driver, sb, cqlkit / sb, driver / cqlkit, cqlkitBytes, sbBytes,
              cqlkitBytes / sbBytes));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "| template bind, 10 values | %.1f | | | | | %.0f | | |%n",
            scores.time("insert10_cqlkitTemplateBind"),
            scores.bytes("insert10_cqlkitTemplateBind")));
    return out.toString();
  }

  /** Looks up a benchmark's primary score and its gc.alloc.rate.norm by method name. */
  record Scores(Collection<RunResult> results) {
    static Scores of(Collection<RunResult> results) {
      return new Scores(results);
    }

    double time(String method) {
      return find(method).getPrimaryResult().getScore();
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
