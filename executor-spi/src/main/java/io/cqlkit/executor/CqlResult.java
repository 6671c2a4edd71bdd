package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.CheckForNull;

/**
 * The result of one execution: one page of rows, where the next page starts, the server's
 * warnings, the node that coordinated it, and for a conditional statement its {@linkplain #lwt()
 * LWT outcome}.
 */
public final class CqlResult {
  private static final CqlResult EMPTY =
      new CqlResult(ImmutableList.of(), null, ImmutableList.of(), null, null);

  private final List<Row> rows;
  @CheckForNull private final PagingState pagingState;
  private final List<String> warnings;
  @CheckForNull private final UUID tracingId;
  @CheckForNull private final InetSocketAddress coordinator;

  private CqlResult(
      List<Row> rows,
      @CheckForNull PagingState pagingState,
      List<String> warnings,
      @CheckForNull UUID tracingId,
      @CheckForNull InetSocketAddress coordinator) {
    this.rows = rows;
    this.pagingState = pagingState;
    this.warnings = warnings;
    this.tracingId = tracingId;
    this.coordinator = coordinator;
  }

  /** A result with no rows, no warnings and no further page (what a plain write returns). */
  public static CqlResult empty() {
    return EMPTY;
  }

  /** A single page of rows with no further page. */
  public static CqlResult of(List<? extends Row> rows) {
    return of(rows, null, List.of(), null);
  }

  /**
   * A page of rows.
   *
   * @param pagingState where the next page starts, or null if this is the last page
   * @param warnings the server's warnings (e.g. batch size), possibly empty
   * @param tracingId the trace's id when tracing was requested, else null
   */
  public static CqlResult of(
      List<? extends Row> rows,
      @CheckForNull PagingState pagingState,
      List<String> warnings,
      @CheckForNull UUID tracingId) {
    return of(rows, pagingState, warnings, tracingId, null);
  }

  /**
   * A page of rows and the node that coordinated the execution.
   *
   * @param pagingState where the next page starts, or null if this is the last page
   * @param warnings the server's warnings (e.g. batch size), possibly empty
   * @param tracingId the trace's id when tracing was requested, else null
   * @param coordinator the CQL address of the node that answered, or null if unknown
   */
  public static CqlResult of(
      List<? extends Row> rows,
      @CheckForNull PagingState pagingState,
      List<String> warnings,
      @CheckForNull UUID tracingId,
      @CheckForNull InetSocketAddress coordinator) {
    checkArgument(rows != null, "rows must not be null: pass an empty list");
    checkArgument(warnings != null, "warnings must not be null: pass an empty list");
    if (rows.isEmpty()
        && pagingState == null
        && warnings.isEmpty()
        && tracingId == null
        && coordinator == null) {
      return EMPTY;
    }
    return new CqlResult(
        ImmutableList.copyOf(rows),
        pagingState,
        ImmutableList.copyOf(warnings),
        tracingId,
        coordinator);
  }

  /** This result as coordinated by {@code coordinator} (an executor's or a test's answer). */
  public CqlResult withCoordinator(InetSocketAddress coordinator) {
    checkArgument(coordinator != null, "coordinator must not be null");
    return new CqlResult(rows, pagingState, warnings, tracingId, coordinator);
  }

  /** The rows of this page. */
  public List<Row> rows() {
    return rows;
  }

  /** The first row, if any. */
  public Optional<Row> first() {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * The only row.
   *
   * @throws IllegalStateException if there is not exactly one row
   */
  public Row one() {
    checkState(
        rows.size() == 1,
        "expected exactly one row but the result has %s; use rows() or first()",
        rows.size());
    return rows.get(0);
  }

  /** Where the next page starts; empty on the last page. */
  public Optional<PagingState> pagingState() {
    return Optional.ofNullable(pagingState);
  }

  /** True if there is another page after this one. */
  public boolean hasMorePages() {
    return pagingState != null;
  }

  /** The server's warnings for this execution (e.g. a batch over the size warn threshold). */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The CQL address of the node that coordinated this execution (with token-aware routing, a
   * replica of the statement's partition), when the executor knows it.
   */
  public Optional<InetSocketAddress> coordinator() {
    return Optional.ofNullable(coordinator);
  }

  /** The id of the server-side trace, when tracing was requested. */
  public Optional<UUID> tracingId() {
    return Optional.ofNullable(tracingId);
  }

  /**
   * The outcome of a conditional statement or batch.
   *
   * @throws IllegalStateException if this result does not come from a conditional statement
   */
  public LwtResult lwt() {
    return LwtResult.fromRows(rows);
  }

  /**
   * True unless this is a conditional result that was not applied (the driver's {@code
   * wasApplied()} convention: non-conditional results count as applied).
   */
  public boolean wasApplied() {
    return rows.isEmpty() || !rows.get(0).contains(LwtResult.APPLIED_COLUMN) || lwt().applied();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CqlResult)) {
      return false;
    }
    CqlResult that = (CqlResult) o;
    return rows.equals(that.rows)
        && Objects.equals(pagingState, that.pagingState)
        && warnings.equals(that.warnings)
        && Objects.equals(tracingId, that.tracingId)
        && Objects.equals(coordinator, that.coordinator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, pagingState, warnings, tracingId, coordinator);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("CqlResult")
        .omitNullValues()
        .add("rows", rows.size())
        .add("pagingState", pagingState)
        .add("warnings", warnings.isEmpty() ? null : warnings)
        .add("tracingId", tracingId)
        .add("coordinator", coordinator)
        .toString();
  }
}
