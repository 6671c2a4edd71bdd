package io.cqlkit.builder.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.internal.rules.BatchRules;
import io.cqlkit.builder.internal.rules.MutationSizes;
import io.cqlkit.builder.internal.rules.StatementRules;
import io.cqlkit.builder.internal.rules.Tables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;
import javax.annotation.CheckForNull;

/**
 * The rule engine: checks statements and batches against every {@link CqlRule} — batch contents,
 * counters, timestamps and TTL, LWT conditions, null keys, one table and one partition for a
 * conditional batch, statement count and size thresholds. The builders call it at {@code build()}
 * for what a statement shows by itself; the executor engine calls it before sending, with a {@link
 * RuleContext} (how batches travel, what is known of tables). A breach throws a {@link
 * CqlRuleViolationException}; what the server would only warn about comes back as warnings.
 *
 * <p>Partition checks need the partition-key columns of each table: declared here (or on the
 * executor engine's batch) first, else asked from the context's {@link TableFacts}. When neither
 * knows, a strict validator refuses and the default one warns and lets the server decide. Batch
 * sizes are the server's mutation sizes, modelled from the bound values and the table facts (see
 * {@link BatchLimits}).
 *
 * <pre>{@code
 * CqlValidator v = CqlValidator.scylla().withStrictPartitions(true).withPartitionKey("ks", "t", "pk");
 * }</pre>
 */
@CheckReturnValue
public final class CqlValidator {
  /** The most statements the native protocol carries in one batch (a text batch has no such limit). */
  public static final int MAX_PROTOCOL_BATCH_STATEMENTS = 65_535;

  private static final CqlValidator CASSANDRA =
      new CqlValidator(Dialect.CASSANDRA, BatchLimits.cassandra(), false, ImmutableMap.of());
  private static final CqlValidator SCYLLA =
      new CqlValidator(Dialect.SCYLLADB, BatchLimits.scylla(), false, ImmutableMap.of());

  private final Dialect dialect;
  private final BatchLimits limits;
  private final boolean strictPartitions;
  /** Declared partition keys by "keyspace.table", or "*.table" for any keyspace. */
  private final ImmutableMap<String, ImmutableList<String>> partitionKeys;

  private CqlValidator(
      Dialect dialect,
      BatchLimits limits,
      boolean strictPartitions,
      ImmutableMap<String, ImmutableList<String>> partitionKeys) {
    this.dialect = dialect;
    this.limits = limits;
    this.strictPartitions = strictPartitions;
    this.partitionKeys = partitionKeys;
  }

  /** Cassandra's rules and default limits; partition checks left to the server when unknown. */
  public static CqlValidator cassandra() {
    return CASSANDRA;
  }

  /** ScyllaDB's rules and default limits; partition checks left to the server when unknown. */
  public static CqlValidator scylla() {
    return SCYLLA;
  }

  /** The rules and default limits of {@code dialect}. */
  public static CqlValidator of(Dialect dialect) {
    checkArgument(dialect != null, "dialect must not be null: pass Dialect.CASSANDRA or Dialect.SCYLLADB");
    return dialect == Dialect.CASSANDRA ? CASSANDRA : SCYLLA;
  }

  /** Other batch size thresholds (e.g. the server's configured ones). */
  public CqlValidator withLimits(BatchLimits limits) {
    checkArgument(limits != null, "limits must not be null: pass BatchLimits.cassandra() or BatchLimits.scylla()");
    return new CqlValidator(dialect, limits, strictPartitions, partitionKeys);
  }

  /**
   * When true, refuse a batch whose check cannot be made for want of a table fact (a partition key
   * unknown, or whether a DELETE's table is a counter table); when false (the default), warn and
   * let the server decide.
   */
  public CqlValidator withStrictPartitions(boolean strict) {
    return new CqlValidator(dialect, limits, strict, partitionKeys);
  }

  /**
   * Declares the partition-key columns of a table, in key order, for partition checks.
   *
   * @param keyspace the table's keyspace, or null for a table of that name in any keyspace
   */
  public CqlValidator withPartitionKey(@CheckForNull String keyspace, String table, String... columns) {
    checkArgument(table != null && !table.isEmpty(), "table must not be null or empty");
    checkArgument(
        columns != null && columns.length > 0,
        "the partition key of %s needs at least one column",
        table);
    for (String column : columns) {
      checkArgument(
          column != null && !column.isEmpty(),
          "partition-key column names of %s must not be null or empty",
          table);
    }
    Map<String, ImmutableList<String>> keys = new LinkedHashMap<>(partitionKeys);
    keys.put(tableKey(keyspace, table), ImmutableList.copyOf(columns));
    return new CqlValidator(dialect, limits, strictPartitions, ImmutableMap.copyOf(keys));
  }

  /** The server family whose rules apply. */
  public Dialect dialect() {
    return dialect;
  }

  /** The batch size thresholds. */
  public BatchLimits limits() {
    return limits;
  }

  /** True if a partition check that cannot be made refuses the batch. */
  public boolean isStrictPartitions() {
    return strictPartitions;
  }

  /**
   * The partition-key columns declared for a table.
   *
   * @param keyspace the keyspace, or null when the statement does not name one
   */
  public Optional<List<String>> declaredPartitionKey(@CheckForNull String keyspace, String table) {
    ImmutableList<String> columns = partitionKeys.get(tableKey(keyspace, table));
    if (columns == null && keyspace != null) {
      columns = partitionKeys.get(tableKey(null, table));
    }
    return Optional.ofNullable(columns);
  }

  /**
   * Checks one statement, or a whole batch statement, knowing nothing of how it is sent nor of its
   * tables: only the rules that hold for every transport and need no schema apply.
   *
   * @return the warnings (rules the server would only warn about, checks that could not be made)
   * @throws CqlRuleViolationException if a rule is broken
   */
  public List<String> check(CqlStatement statement) {
    return check(statement, RuleContext.unknown());
  }

  /**
   * Checks one statement, or a whole batch statement.
   *
   * @param context how it is sent and what is known of its tables
   * @return the warnings (rules the server would only warn about, checks that could not be made)
   * @throws CqlRuleViolationException if a rule is broken
   */
  public List<String> check(CqlStatement statement, RuleContext context) {
    checkArgument(statement != null, "statement must not be null");
    checkArgument(context != null, "context must not be null: pass RuleContext.unknown()");
    if (statement.batchType().isPresent()) {
      return checkBatch(
          statement.batchType().get(),
          statement.hasTimestamp(),
          statement.hasTtl(),
          statement.children(),
          context);
    }
    StatementRules.check(
        statement, -1, StatementRules.needsTable(statement) ? tables(context).info(statement) : null);
    return List.of();
  }

  /**
   * Checks the parts of a batch before its statement is built.
   *
   * @return the warnings
   * @throws CqlRuleViolationException if a rule is broken
   */
  public List<String> checkBatch(
      BatchType type,
      boolean batchTimestamp,
      boolean batchTtl,
      List<CqlStatement> children,
      RuleContext context) {
    return new BatchRules(
            this, type, batchTimestamp, batchTtl, children, tables(context), context.transport())
        .run();
  }

  /**
   * The size the server counts for {@code statements} sent in one batch (its mutations: partitions,
   * rows and cells with their overhead, not the partition-key bytes), the figure the batch size
   * thresholds of {@link #limits()} apply to. Exact when {@code context} has the tables' facts.
   */
  public long mutationSize(List<CqlStatement> statements, RuleContext context) {
    checkArgument(statements != null, "statements must not be null");
    checkArgument(context != null, "context must not be null: pass RuleContext.unknown()");
    return MutationSizes.of(statements, tables(context));
  }

  /**
   * The mutation size of one statement sent alone, as {@link #mutationSize} gives it, from a sizer
   * that looks each table up once: for sizing many statements, such as grouping them into batches
   * below the warn threshold.
   *
   * <pre>{@code
   * ToLongFunction<CqlStatement> size = validator.statementSizer(context);
   * long bytes = size.applyAsLong(insert);
   * }</pre>
   */
  public ToLongFunction<CqlStatement> statementSizer(RuleContext context) {
    checkArgument(context != null, "context must not be null: pass RuleContext.unknown()");
    Tables tables = tables(context);
    return statement -> MutationSizes.ofOne(statement, tables);
  }

  private Tables tables(RuleContext context) {
    return new Tables(this::declaredPartitionKey, context.facts(), context.keyspace());
  }

  /**
   * Rules 8-10 on what a statement shows by itself, for the builders at {@code build()}, before
   * its text exists.
   *
   * @param subject how a message names the statement, e.g. {@code "UPDATE ks.t"}
   * @param counter true for a counter update
   * @throws CqlRuleViolationException if a rule is broken
   */
  public static void checkStatement(
      String subject,
      StatementKind kind,
      ConditionKind condition,
      boolean counter,
      boolean ttl,
      boolean timestamp) {
    StatementRules.check(subject, null, -1, kind, condition, counter, ttl, timestamp);
  }

  /**
   * Rule 1 for a statement added to a batch at {@code index}, for the batch builder.
   *
   * @throws CqlRuleViolationException if it is not an INSERT, UPDATE or DELETE
   */
  public static void checkBatchStatement(int index, CqlStatement statement) {
    BatchRules.checkChild(index, statement);
  }

  /**
   * The batch rules a batch builder checks at {@code build()}: the counter rules, on what the
   * statements show, which hold however the batch is sent and need no schema. The rest waits for
   * the executor engine, which knows more.
   *
   * @throws CqlRuleViolationException if a rule is broken
   */
  public static void checkBatchAtBuild(BatchType type, List<CqlStatement> children) {
    if (!BatchRules.countersToCheck(type, children)) {
      return; // the common batch: nothing for the counter rules to refuse, nothing allocated
    }
    new BatchRules(
            CASSANDRA,
            type,
            false,
            false,
            children,
            new Tables((keyspace, table) -> Optional.empty(), TableFacts.none(), null),
            BatchTransport.UNKNOWN)
        .runShared();
  }

  private static String tableKey(@CheckForNull String keyspace, String table) {
    return (keyspace == null ? "*" : keyspace) + "." + table;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CqlValidator)) {
      return false;
    }
    CqlValidator that = (CqlValidator) o;
    return dialect == that.dialect
        && strictPartitions == that.strictPartitions
        && limits.equals(that.limits)
        && partitionKeys.equals(that.partitionKeys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dialect, limits, strictPartitions, partitionKeys);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("CqlValidator")
        .add("dialect", dialect)
        .add("limits", limits)
        .add("strictPartitions", strictPartitions)
        .add("partitionKeys", partitionKeys)
        .toString();
  }
}
