package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableMap;
import io.cqlkit.builder.rules.BatchLimits;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * How {@link ConcurrentExecution#groupByPartition(GroupingOptions)} groups statements of one
 * partition into UNLOGGED batches: at most {@link #maxStatements()} statements a batch, and an
 * estimated size below the warn threshold of {@link #limits()}. The partition-key columns come
 * from the executor's {@link SchemaFacts} or, for tables declared here, from the caller.
 *
 * <pre>{@code
 * engine.concurrently().withWindow(256)
 *     .groupByPartition(GroupingOptions.defaults().withPartitionKey("ks", "events", "tenant", "day"))
 *     .executeWithArgs(insert::bind, rows);
 * }</pre>
 */
public final class GroupingOptions {
  /** The most statements in one batch when none is set (DSBulk's default is 32 too). */
  public static final int DEFAULT_MAX_STATEMENTS = 32;

  /** The largest look-ahead {@link #withLookAhead} takes. */
  public static final int MAX_LOOK_AHEAD = 1 << 20;

  private static final GroupingOptions DEFAULTS =
      new GroupingOptions(DEFAULT_MAX_STATEMENTS, BatchLimits.cassandra(), ImmutableMap.of(), 0);

  private final int maxStatements;
  private final BatchLimits limits;
  private final ImmutableMap<String, List<String>> declared;
  /** Statements of input a partition's first statement waits for others; 0: window × max. */
  private final int lookAhead;

  private GroupingOptions(
      int maxStatements,
      BatchLimits limits,
      ImmutableMap<String, List<String>> declared,
      int lookAhead) {
    this.maxStatements = maxStatements;
    this.limits = limits;
    this.declared = declared;
    this.lookAhead = lookAhead;
  }

  /** 32 statements a batch, Cassandra's thresholds, partition keys from the executor's schema. */
  public static GroupingOptions defaults() {
    return DEFAULTS;
  }

  /** At most {@code statements} statements in one batch (2 to 65,535). */
  @CheckReturnValue
  public GroupingOptions withMaxStatements(int statements) {
    checkArgument(
        statements >= 2 && statements <= 65_535,
        "a batch groups 2 to 65535 statements (the protocol's limit), not %s",
        statements);
    return new GroupingOptions(statements, limits, declared, lookAhead);
  }

  /** The thresholds whose warn size a batch's estimated size stays below. */
  @CheckReturnValue
  public GroupingOptions withLimits(BatchLimits limits) {
    checkArgument(limits != null, "limits must not be null: pass BatchLimits.cassandra()");
    return new GroupingOptions(maxStatements, limits, declared, lookAhead);
  }

  /**
   * Declares the partition-key columns of a table, in key order, for an executor without schema
   * facts (or to override them). A null keyspace means the statements name the table alone.
   */
  @CheckReturnValue
  public GroupingOptions withPartitionKey(
      @CheckForNull String keyspace, String table, String... columns) {
    checkArgument(table != null && !table.isEmpty(), "the table must be named");
    checkArgument(
        columns != null && columns.length > 0 && Arrays.stream(columns).allMatch(Objects::nonNull),
        "withPartitionKey(...) needs the partition-key columns of %s, in key order",
        table);
    Map<String, List<String>> copy = new java.util.LinkedHashMap<>(declared);
    copy.put(key(keyspace, table), List.of(columns));
    return new GroupingOptions(maxStatements, limits, ImmutableMap.copyOf(copy), lookAhead);
  }

  /**
   * How far a batch looks ahead: the statements of a partition that come fewer than this many
   * statements of input after the batch's first join it; then it leaves with what came (or the
   * first alone). A full batch leaves at once. The default, the window ×
   * {@link #maxStatements()}, groups rows of a partition spread through the input;
   * when the input comes clustered by partition (sorted, or written a partition at a time), a
   * small look-ahead such as 4 × max statements (DSBulk's buffer) groups as well and holds fewer
   * statements in memory. The streaming form holds at most about twice this many statements
   * besides those in flight.
   *
   * <pre>{@code
   * GroupingOptions.defaults().withLookAhead(128) // rows come sorted by partition
   * }</pre>
   */
  @CheckReturnValue
  public GroupingOptions withLookAhead(int statements) {
    checkArgument(
        statements >= 1 && statements <= MAX_LOOK_AHEAD,
        "the look-ahead is 1 to %s statements of input, not %s",
        MAX_LOOK_AHEAD,
        statements);
    return new GroupingOptions(maxStatements, limits, declared, statements);
  }

  /** The look-ahead for this window: the one set, else window × max statements (at most 2^20). */
  public int lookAhead(int window) {
    return lookAhead > 0 ? lookAhead : (int) Math.min(MAX_LOOK_AHEAD, (long) window * maxStatements);
  }

  public int maxStatements() {
    return maxStatements;
  }

  public BatchLimits limits() {
    return limits;
  }

  /** The partition-key columns declared for a table, if any. */
  public Optional<List<String>> declaredPartitionKey(@CheckForNull String keyspace, String table) {
    return Optional.ofNullable(declared.get(key(keyspace, table)));
  }

  private static String key(@CheckForNull String keyspace, String table) {
    return keyspace == null ? "." + table : keyspace + "." + table;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupingOptions other
        && maxStatements == other.maxStatements
        && limits.equals(other.limits)
        && declared.equals(other.declared)
        && lookAhead == other.lookAhead;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxStatements, limits, declared, lookAhead);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("GroupingOptions")
        .add("maxStatements", maxStatements)
        .add("limits", limits)
        .add("declared", declared)
        .add("lookAhead", lookAhead == 0 ? "window × maxStatements" : lookAhead)
        .toString();
  }
}
