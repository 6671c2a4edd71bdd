package io.cqlkit.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;

/** Turns the records benchmark's results into the README's table, with the targets. */
final class RecordsReport {
  private RecordsReport() {}

  static String table(Collection<RunResult> results) {
    BuilderReport.Scores scores = BuilderReport.Scores.of(results);
    StringBuilder out = new StringBuilder();
    out.append("| operation | cqlkit ns/op | plain ns/op | ratio | target | cqlkit B/op | plain B/op |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    row(out, scores, "bind a 10-marker template from a record (plain: from an Object[])",
        "bind_record", "bind_objectArray", "≤ 2×");
    row(out, scores, "read a 10-column row into a record with RowMapper (plain: hand-written)",
        "row_rowMapper", "row_handWritten", "≤ 1.5×");
    return out.toString();
  }

  private static void row(
      StringBuilder out, BuilderReport.Scores scores, String what, String cqlkit, String plain, String target) {
    double a = scores.time(cqlkit).score();
    double b = scores.time(plain).score();
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.1f | %.2f× | %s | %.0f | %.0f |%n",
            what, a, b, a / b, target, scores.bytes(cqlkit), scores.bytes(plain)));
  }
}
