package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * Checks statements and batches against every {@link CqlRule} before anything is sent: batch
 * contents, counters, timestamps and TTL, LWT conditions, one table and one partition for a
 * conditional batch, statement count and size thresholds. A breach throws a {@link
 * CqlRuleViolationException}; what the server would only warn about comes back as warnings.
 *
 * <p>Partition checks need the partition-key columns of each table: declared here (or on a {@link
 * CqlBatch}) first, else asked from the executor's {@link SchemaFacts}. When neither knows, a
 * strict validator refuses and the default one warns and lets the server decide. Batch sizes are
 * estimated from the bound values (strings' UTF-8 length, buffers' remaining bytes, numbers' widths,
 * collections summed), so they are an estimate, not the server's mutation size.
 *
 * <pre>{@code
 * CqlValidator v = CqlValidator.scylla().withStrictPartitions(true).withPartitionKey("ks", "t", "pk");
 * }</pre>
 */
@CheckReturnValue
public final class CqlValidator {
  /** The most statements the native protocol carries in one batch. */
  public static final int MAX_BATCH_STATEMENTS = 65_535;

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
   * When true, refuse a batch whose partition check cannot be made (partition key unknown);
   * when false (the default), warn and let the server decide.
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
   * Checks one statement, or a whole batch statement, with no schema facts and default options.
   *
   * @return the warnings (rules the server would only warn about, checks that could not be made)
   * @throws CqlRuleViolationException if a rule is broken
   */
  public List<String> check(CqlStatement statement) {
    return check(statement, null, ExecutionOptions.defaults());
  }

  /**
   * Checks one statement, or a whole batch statement.
   *
   * @param schema the executor's schema facts, or null when it has none
   * @param options the options it will be sent with (their keyspace applies to unqualified tables)
   * @return the warnings (rules the server would only warn about, checks that could not be made)
   * @throws CqlRuleViolationException if a rule is broken
   */
  public List<String> check(
      CqlStatement statement, @CheckForNull SchemaFacts schema, ExecutionOptions options) {
    checkArgument(statement != null, "statement must not be null");
    checkArgument(options != null, "options must not be null: pass ExecutionOptions.defaults()");
    if (statement.batchType().isPresent()) {
      return checkBatch(
          statement.batchType().get(),
          statement.hasTimestamp(),
          statement.hasTtl(),
          statement.children(),
          schema,
          options.keyspace().orElse(null));
    }
    checkOne(statement, -1);
    return List.of();
  }

  /** Checks the parts of a batch before its statement is built. */
  List<String> checkBatch(
      BatchType type,
      boolean batchTimestamp,
      boolean batchTtl,
      List<CqlStatement> children,
      @CheckForNull SchemaFacts schema,
      @CheckForNull String keyspaceOverride) {
    return new BatchCheck(this, type, batchTimestamp, batchTtl, children, schema, keyspaceOverride)
        .run();
  }

  /** Rules 8-10 for one statement; {@code index} is its place in a batch, or -1. */
  static void checkOne(CqlStatement statement, int index) {
    switch (statement.conditionKind()) {
      case IF_NOT_EXISTS:
        if (statement.kind() != StatementKind.INSERT) {
          throw violation(
              CqlRule.IF_NOT_EXISTS_ONLY_ON_INSERT,
              statement,
              index,
              statement.kind() == StatementKind.UPDATE ? "an UPDATE" : "a " + statement.kind());
        }
        break;
      case IF_EXISTS:
      case IF_CONDITIONS:
        if (statement.kind() == StatementKind.INSERT) {
          throw violation(
              CqlRule.INSERT_ONLY_IF_NOT_EXISTS, statement, index, describe(statement.conditionKind()));
        }
        break;
      default:
        break;
    }
    if (statement.isCounter()) {
      if (statement.isConditional()) {
        throw violation(
            CqlRule.COUNTER_CONDITION, statement, index, describe(statement.conditionKind()));
      }
      if (statement.hasTtl()) {
        throw violation(CqlRule.COUNTER_TTL, statement, index);
      }
      if (statement.hasTimestamp()) {
        throw violation(CqlRule.COUNTER_TIMESTAMP, statement, index);
      }
    }
    if (statement.isConditional() && statement.hasTimestamp()) {
      throw violation(
          CqlRule.CONDITIONAL_WITH_TIMESTAMP, statement, index, describe(statement.conditionKind()));
    }
  }

  static CqlRuleViolationException violation(
      CqlRule rule, CqlStatement statement, int index, Object... args) {
    return new CqlRuleViolationException(rule, index, rule.message(subject(statement, index), args));
  }

  static String subject(CqlStatement statement, int index) {
    return (index < 0 ? "the statement (" : "statement " + index + " (") + statement.cql() + ")";
  }

  static String describe(ConditionKind kind) {
    switch (kind) {
      case IF_EXISTS:
        return "IF EXISTS";
      case IF_NOT_EXISTS:
        return "IF NOT EXISTS";
      case IF_CONDITIONS:
        return "IF conditions";
      default:
        return "no condition";
    }
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
