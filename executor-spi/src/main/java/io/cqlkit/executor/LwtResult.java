package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a lightweight transaction: whether it was applied, and when it was not, the
 * existing row the condition saw (for a conditional batch, one row per conditional statement).
 *
 * <pre>{@code
 * LwtResult r = executor.execute(insertIfNotExists).lwt();
 * if (!r.applied()) { UUID holder = r.existing().orElseThrow().get("owner", UUID.class); }
 * }</pre>
 */
public final class LwtResult {
  /** The column Cassandra and ScyllaDB add to every conditional result. */
  public static final String APPLIED_COLUMN = "[applied]";

  private final boolean applied;
  private final List<Row> rows;

  private LwtResult(boolean applied, List<Row> rows) {
    this.applied = applied;
    this.rows = rows;
  }

  /**
   * Reads an LWT outcome from the rows a conditional statement returned.
   *
   * @throws IllegalStateException if the rows do not come from a conditional statement
   */
  public static LwtResult fromRows(List<Row> rows) {
    checkState(
        !rows.isEmpty() && rows.get(0).contains(APPLIED_COLUMN),
        "this result has no %s column, so it does not come from a conditional statement"
            + " (IF NOT EXISTS, IF EXISTS or IF conditions); columns were %s",
        APPLIED_COLUMN,
        rows.isEmpty() ? "none (no rows)" : rows.get(0).columnNames());
    Boolean applied = rows.get(0).get(APPLIED_COLUMN, Boolean.class);
    return new LwtResult(Boolean.TRUE.equals(applied), List.copyOf(rows));
  }

  /** True if the condition held and the write happened. */
  public boolean applied() {
    return applied;
  }

  /**
   * When not applied, the existing row as the server returned it (with {@code [applied]} and the
   * columns it compared); empty when applied or when there was no row (IF EXISTS on a missing row).
   */
  public Optional<Row> existing() {
    if (applied || rows.get(0).columnNames().size() <= 1) {
      return Optional.empty();
    }
    return Optional.of(rows.get(0));
  }

  /** Every row the server returned: one for a statement, one per conditional statement for a batch. */
  public List<Row> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("LwtResult").add("applied", applied).add("rows", rows).toString();
  }
}
