package io.cqlkit.executor;

import static io.cqlkit.executor.CqlValidator.subject;
import static io.cqlkit.executor.CqlValidator.violation;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.MessageValues;
import io.cqlkit.builder.StatementKind;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.CheckForNull;

/** One run of the batch rules over a batch's parts; every batch rule lives here. */
final class BatchCheck {
  /** The most conditional statements whose rows are compared pairwise. */
  static final int MAX_MIXED_CHECK = 1_000;

  private final CqlValidator validator;
  private final BatchType type;
  private final boolean batchTimestamp;
  private final boolean batchTtl;
  private final List<CqlStatement> children;
  @CheckForNull private final SchemaFacts schema;
  @CheckForNull private final String keyspaceOverride;
  private final List<String> warnings = new ArrayList<>();
  private final Map<Table, Optional<List<String>>> keyCache = new HashMap<>();

  BatchCheck(
      CqlValidator validator,
      BatchType type,
      boolean batchTimestamp,
      boolean batchTtl,
      List<CqlStatement> children,
      @CheckForNull SchemaFacts schema,
      @CheckForNull String keyspaceOverride) {
    this.validator = validator;
    this.type = type;
    this.batchTimestamp = batchTimestamp;
    this.batchTtl = batchTtl;
    this.children = children;
    this.schema = schema;
    this.keyspaceOverride = keyspaceOverride;
  }

  List<String> run() {
    int size = children.size();
    if (size > CqlValidator.MAX_BATCH_STATEMENTS) {
      throw batchViolation(CqlRule.TOO_MANY_STATEMENTS, size);
    }
    if (batchTtl) {
      throw batchViolation(CqlRule.BATCH_TTL);
    }
    int firstConditional = -1;
    for (int i = 0; i < size; i++) {
      CqlStatement child = children.get(i);
      if (!child.kind().isModification()) {
        throw violation(CqlRule.BATCH_ONLY_MODIFICATIONS, child, i, child.kind());
      }
      if (child.hasNamedMarkers()) {
        throw violation(CqlRule.NAMED_MARKERS_IN_BATCH, child, i, child.markerNames());
      }
      CqlValidator.checkOne(child, i);
      if (batchTimestamp && child.hasTimestamp()) {
        throw violation(CqlRule.TIMESTAMP_ON_BATCH_AND_STATEMENT, child, i);
      }
      if (firstConditional < 0 && child.isConditional()) {
        firstConditional = i;
      }
    }
    checkCounters();
    if (batchTimestamp && firstConditional >= 0) {
      throw batchViolation(CqlRule.TIMESTAMP_ON_CONDITIONAL_BATCH, firstConditional);
    }
    Partitions partitions = partitions();
    if (firstConditional >= 0) {
      checkConditional(partitions);
    }
    checkSize(partitions);
    return warnings;
  }

  private void checkCounters() {
    if (children.isEmpty()) {
      return;
    }
    if (type == BatchType.COUNTER) {
      for (int i = 0; i < children.size(); i++) {
        if (!children.get(i).isCounter()) {
          throw violation(CqlRule.COUNTER_BATCH_ONLY_COUNTERS, children.get(i), i);
        }
      }
      if (batchTimestamp) {
        throw batchViolation(CqlRule.TIMESTAMP_ON_COUNTER_BATCH);
      }
      return;
    }
    boolean firstIsCounter = children.get(0).isCounter();
    for (int i = 1; i < children.size(); i++) {
      if (children.get(i).isCounter() != firstIsCounter) {
        throw violation(
            CqlRule.COUNTER_MIXED_WITH_NON_COUNTER,
            children.get(i),
            i,
            counterWords(!firstIsCounter),
            0,
            counterWords(firstIsCounter));
      }
    }
    if (firstIsCounter && type == BatchType.LOGGED) {
      throw violation(CqlRule.COUNTER_IN_LOGGED_BATCH, children.get(0), 0);
    }
    if (firstIsCounter && batchTimestamp) {
      throw batchViolation(CqlRule.TIMESTAMP_ON_COUNTER_BATCH);
    }
  }

  private static String counterWords(boolean counter) {
    return counter ? "a counter update" : "not a counter update";
  }

  private void checkConditional(Partitions partitions) {
    Table firstTable = partitions.tables.get(0);
    for (int i = 1; i < children.size(); i++) {
      Table table = partitions.tables.get(i);
      if (!table.sameAs(firstTable)) {
        throw violation(
            CqlRule.CONDITIONAL_BATCH_MULTIPLE_TABLES, children.get(i), i, table, 0, firstTable);
      }
    }
    if (partitions.inIndex >= 0) {
      throw violation(
          CqlRule.CONDITIONAL_BATCH_PARTITION_IN,
          children.get(partitions.inIndex),
          partitions.inIndex,
          partitions.inColumn);
    }
    if (partitions.unknownIndex >= 0) {
      unknown(partitions, "whether the conditional batch stays in one partition");
    } else {
      List<Object> first = partitions.keys.get(0);
      for (int i = 1; i < children.size(); i++) {
        List<Object> key = partitions.keys.get(i);
        if (!key.equals(first)) {
          throw violation(
              CqlRule.CONDITIONAL_BATCH_MULTIPLE_PARTITIONS,
              children.get(i),
              i,
              render(key),
              partitions.tables.get(i),
              0,
              render(first));
        }
      }
    }
    if (validator.dialect() == Dialect.CASSANDRA) {
      checkMixedConditions(partitions);
    } else if (type == BatchType.UNLOGGED) {
      warnings.add(CqlRule.UNLOGGED_CONDITIONAL_BATCH.message("the batch"));
    }
  }

  /**
   * Cassandra refuses IF EXISTS, IF NOT EXISTS and column conditions on the same row. The row a
   * statement writes is read from its equality bindings: two statements write the same row when
   * they agree on every column both bind and the columns of one are among the other's (an UPDATE's
   * key within an INSERT's values). A statement binding exactly the partition key writes the
   * partition's static row. Checked up to {@value #MAX_MIXED_CHECK} conditional statements; beyond,
   * the server decides.
   */
  private void checkMixedConditions(Partitions partitions) {
    List<Integer> conditional = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      CqlStatement child = children.get(i);
      if (child.isConditional() && child.inColumns().isEmpty() && !child.bindings().isEmpty()) {
        conditional.add(i);
        rows.add(normalized(child.bindings()));
      }
    }
    if (conditional.size() > MAX_MIXED_CHECK) {
      return;
    }
    for (int b = 1; b < conditional.size(); b++) {
      for (int a = 0; a < b; a++) {
        int first = conditional.get(a);
        int second = conditional.get(b);
        if (children.get(first).conditionKind() != children.get(second).conditionKind()
            && sameRow(rows.get(a), rows.get(b), partitions.keyColumns.get(first))) {
          mixed(second, first);
        }
      }
    }
  }

  private static boolean sameRow(
      Map<String, Object> a, Map<String, Object> b, @CheckForNull List<String> partitionKey) {
    if (partitionKey != null) {
      boolean staticA = a.keySet().equals(Set.copyOf(partitionKey));
      boolean staticB = b.keySet().equals(Set.copyOf(partitionKey));
      if (staticA || staticB) {
        return staticA && staticB;
      }
    }
    Map<String, Object> smaller = a.size() <= b.size() ? a : b;
    Map<String, Object> larger = smaller == a ? b : a;
    for (Map.Entry<String, Object> entry : smaller.entrySet()) {
      if (!larger.containsKey(entry.getKey())
          || !Objects.equals(entry.getValue(), larger.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private void mixed(int index, int otherIndex) {
    ConditionKind kind = children.get(index).conditionKind();
    ConditionKind otherKind = children.get(otherIndex).conditionKind();
    if (kind != otherKind) {
      throw violation(
          CqlRule.MIXED_CONDITIONS_ON_ONE_ROW,
          children.get(index),
          index,
          CqlValidator.describe(kind),
          otherIndex,
          CqlValidator.describe(otherKind));
    }
  }

  private void checkSize(Partitions partitions) {
    BatchLimits limits = validator.limits();
    int count = partitions.count();
    if (type == BatchType.UNLOGGED
        && limits.unloggedPartitionsWarn() > 0
        && count > limits.unloggedPartitionsWarn()) {
      warnings.add(
          CqlRule.UNLOGGED_BATCH_MANY_PARTITIONS.message(
              "the batch", count, limits.unloggedPartitionsWarn()));
    }
    if (count == 1 || children.isEmpty()) {
      return;
    }
    long bytes = ValueSizes.ofStatements(children);
    if (bytes <= limits.warnBytes()) {
      return;
    }
    String reach = count > 1 ? "touches " + count + " partitions" : partitions.reach();
    if (bytes > limits.failBytes()) {
      if (count > 1 || partitions.tableCount() > 1) {
        throw batchViolation(CqlRule.BATCH_TOO_LARGE, bytes, children.size(), reach, limits.failBytes());
      }
      unknown(
          partitions,
          "whether the batch of about "
              + bytes
              + " bytes, above the fail threshold of "
              + limits.failBytes()
              + " bytes, stays in one partition");
      return;
    }
    warnings.add(
        CqlRule.BATCH_SIZE_WARNING.message(
            "the batch", bytes, children.size(), reach, limits.warnBytes()));
  }

  private void unknown(Partitions partitions, String what) {
    int index = partitions.unknownIndex;
    String message =
        CqlRule.PARTITION_KEY_UNKNOWN.message(
            subject(children.get(index), index), partitions.unknownReason, what);
    if (validator.isStrictPartitions()) {
      throw new CqlRuleViolationException(CqlRule.PARTITION_KEY_UNKNOWN, index, message);
    }
    warnings.add(message + " (left to the server; a strict validator refuses)");
  }

  private CqlRuleViolationException batchViolation(CqlRule rule, Object... args) {
    return new CqlRuleViolationException(rule, -1, rule.message(type + " batch", args));
  }

  /** Where each statement writes: its table and, when its partition key is known, the key's values. */
  private Partitions partitions() {
    Partitions p = new Partitions(children.size());
    for (int i = 0; i < children.size(); i++) {
      CqlStatement child = children.get(i);
      Table table = new Table(child.keyspace().orElse(keyspaceOverride), child.table().orElse(null));
      p.tables.add(table);
      Optional<List<String>> keyColumns =
          table.name == null ? Optional.empty() : keyCache.computeIfAbsent(table, this::keyColumns);
      p.keyColumns.add(keyColumns.orElse(null));
      if (keyColumns.isEmpty()) {
        p.keys.add(null);
        p.markUnknown(
            i, "touches " + table + ", whose partition key is unknown (no schema facts, none declared)");
        continue;
      }
      Map<String, Object> bindings = child.bindings();
      List<Object> key = new ArrayList<>(keyColumns.get().size() + 1);
      key.add(table);
      for (String column : keyColumns.get()) {
        if (child.inColumns().contains(column)) {
          p.markIn(i, column);
          key = null;
          break;
        }
        if (!bindings.containsKey(column)) {
          p.markUnknown(i, "does not bind partition-key column " + column + " of " + table + " by equality");
          key = null;
          break;
        }
        key.add(normalize(bindings.get(column)));
      }
      p.keys.add(key);
    }
    return p;
  }

  private Optional<List<String>> keyColumns(Table table) {
    Optional<List<String>> declared = validator.declaredPartitionKey(table.keyspace, table.name);
    if (declared.isPresent() || schema == null) {
      return declared;
    }
    return schema.partitionKeyColumns(table.keyspace, table.name);
  }

  private static String render(List<Object> key) {
    return MessageValues.describeAll(key.subList(1, key.size())); // types only, unless values are shown
  }

  private static Map<String, Object> normalized(Map<String, Object> bindings) {
    Map<String, Object> out = new HashMap<>();
    bindings.forEach((k, v) -> out.put(k, normalize(v)));
    return out;
  }

  /** Makes arrays comparable by value. */
  @CheckForNull
  private static Object normalize(@CheckForNull Object value) {
    return value instanceof byte[] ? ByteBuffer.wrap((byte[]) value) : value;
  }

  /** The tables and partition keys of a batch's statements. */
  private static final class Partitions {
    final List<Table> tables;
    /** Per statement: its table's partition-key columns, or null when unknown. */
    final List<List<String>> keyColumns;
    /** Per statement: [table, key values...], or null when unknown. */
    final List<List<Object>> keys;
    int unknownIndex = -1;
    String unknownReason = "";
    int inIndex = -1;
    String inColumn = "";

    Partitions(int size) {
      tables = new ArrayList<>(size);
      keyColumns = new ArrayList<>(size);
      keys = new ArrayList<>(size);
    }

    void markUnknown(int index, String reason) {
      if (unknownIndex < 0) {
        unknownIndex = index;
        unknownReason = reason;
      }
    }

    void markIn(int index, String column) {
      if (inIndex < 0) {
        inIndex = index;
        inColumn = column;
      }
      markUnknown(index, "restricts partition-key column " + column + " with IN");
    }

    /** The number of distinct partitions, or -1 when some are unknown. */
    int count() {
      if (unknownIndex >= 0) {
        return -1;
      }
      return (int) keys.stream().distinct().count();
    }

    int tableCount() {
      return (int) tables.stream().distinct().count();
    }

    String reach() {
      return tableCount() > 1 ? "touches " + tableCount() + " tables" : "its partitions are unknown";
    }
  }

  /** A table as a statement names it; the keyspace is null when neither statement nor options name one. */
  private static final class Table {
    @CheckForNull final String keyspace;
    @CheckForNull final String name;

    Table(@CheckForNull String keyspace, @CheckForNull String name) {
      this.keyspace = keyspace;
      this.name = name;
    }

    /** Same table, treating an unknown keyspace as matching any. */
    boolean sameAs(Table other) {
      return Objects.equals(name, other.name)
          && (keyspace == null || other.keyspace == null || keyspace.equals(other.keyspace));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Table
          && Objects.equals(keyspace, ((Table) o).keyspace)
          && Objects.equals(name, ((Table) o).name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(keyspace, name);
    }

    @Override
    public String toString() {
      return keyspace == null ? String.valueOf(name) : keyspace + "." + name;
    }
  }
}
