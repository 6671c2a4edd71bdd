package io.cqlkit.builder.internal.rules;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.internal.rules.Counters.Kind;
import io.cqlkit.builder.rules.BatchLimits;
import io.cqlkit.builder.rules.BatchTransport;
import io.cqlkit.builder.rules.CqlRule;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.builder.rules.Dialect;
import io.cqlkit.builder.rules.TableInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.CheckForNull;

/** One run of the batch rules over a batch's parts; every batch rule lives here. */
public final class BatchRules {
  /** The most conditional statements whose rows are compared pairwise. */
  static final int MAX_MIXED_CHECK = 1_000;

  private final CqlValidator validator;
  private final BatchType type;
  private final boolean batchTimestamp;
  private final boolean batchTtl;
  private final List<CqlStatement> children;
  private final Tables tables;
  private final BatchTransport transport;
  private final List<String> warnings = new ArrayList<>();

  public BatchRules(
      CqlValidator validator,
      BatchType type,
      boolean batchTimestamp,
      boolean batchTtl,
      List<CqlStatement> children,
      Tables tables,
      BatchTransport transport) {
    this.validator = validator;
    this.type = type;
    this.batchTimestamp = batchTimestamp;
    this.batchTtl = batchTtl;
    this.children = children;
    this.tables = tables;
    this.transport = transport;
  }

  /**
   * Rule 1 for a statement added to a batch (the batch builder calls it at {@code add}).
   *
   * @param index its index in the batch
   */
  public static void checkChild(int index, CqlStatement child) {
    if (!child.kind().isModification()) {
      throw StatementRules.violation(CqlRule.BATCH_ONLY_MODIFICATIONS, child, index, child.kind());
    }
  }

  /**
   * The rules a builder checks at {@code build()}: the counter rules, on what the statements show
   * by themselves, which hold however the batch is sent (each child was checked at its own build).
   */
  public void runShared() {
    checkCounters(kinds());
  }

  /** Every rule; returns the warnings (what the server would only warn about, checks not made). */
  public List<String> run() {
    int size = children.size();
    if (transport.isProtocol() && size > CqlValidator.MAX_PROTOCOL_BATCH_STATEMENTS) {
      throw batchViolation(CqlRule.TOO_MANY_STATEMENTS, size, CqlValidator.MAX_PROTOCOL_BATCH_STATEMENTS);
    }
    if (batchTtl) {
      throw batchViolation(CqlRule.BATCH_TTL);
    }
    boolean textTimestamp = textTimestamp();
    for (int i = 0; i < size; i++) {
      CqlStatement child = children.get(i);
      checkChild(i, child);
      if (transport == BatchTransport.PROTOCOL_BY_NAME && child.hasNamedMarkers()) {
        throw StatementRules.violation(CqlRule.NAMED_MARKERS_IN_BATCH, child, i, child.markerNames());
      }
      StatementRules.check(child, i, tables.info(child));
      if (textTimestamp && child.hasTimestamp()) {
        throw StatementRules.violation(CqlRule.TIMESTAMP_ON_BATCH_AND_STATEMENT, child, i);
      }
    }
    checkCounters(kinds());
    int firstConditional = firstConditional();
    if (textTimestamp && firstConditional >= 0) {
      throw batchViolation(CqlRule.TIMESTAMP_ON_CONDITIONAL_BATCH, firstConditional);
    }
    Partitions partitions = Partitions.of(children, tables);
    if (firstConditional >= 0) {
      checkConditional(partitions);
    } else {
      checkSize(partitions);
    }
    return warnings;
  }

  /** Rule 3 is about the text: a protocol batch carries its timestamp outside it, and the server takes it. */
  private boolean textTimestamp() {
    return batchTimestamp && transport == BatchTransport.TEXT;
  }

  private int firstConditional() {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).isConditional()) {
        return i;
      }
    }
    return -1;
  }

  private Kind[] kinds() {
    Kind[] kinds = new Kind[children.size()];
    for (int i = 0; i < kinds.length; i++) {
      CqlStatement child = children.get(i);
      kinds[i] = Counters.kind(child, Counters.tableDecides(child) ? tables.info(child) : null);
    }
    return kinds;
  }

  /**
   * False when rule 2 has nothing to refuse in a batch whose tables are not known: it is not a
   * COUNTER batch and holds no counter update (a DELETE or raw UPDATE beside no counter update is
   * accepted whatever its table).
   */
  public static boolean countersToCheck(BatchType type, List<CqlStatement> children) {
    if (type == BatchType.COUNTER) {
      return true;
    }
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).isCounter()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule 2, with a DELETE counting as a counter statement exactly when its table is a counter
   * table. When that is unknown, a DELETE is taken as a non-counter statement, except where that
   * would decide a refusal: in a COUNTER batch or beside counter updates the check says it could not
   * be made.
   */
  private void checkCounters(Kind[] kinds) {
    if (kinds.length == 0) {
      return;
    }
    if (type == BatchType.COUNTER) {
      for (int i = 0; i < kinds.length; i++) {
        if (kinds[i] == Kind.NOT_COUNTER) {
          throw StatementRules.violation(CqlRule.COUNTER_BATCH_ONLY_COUNTERS, children.get(i), i);
        }
      }
      if (textTimestamp()) {
        throw batchViolation(CqlRule.TIMESTAMP_ON_COUNTER_BATCH);
      }
      unknownKinds(kinds, "whether it belongs in a COUNTER batch");
      return;
    }
    int firstCounter = indexOf(kinds, Kind.COUNTER);
    int firstOther = indexOf(kinds, Kind.NOT_COUNTER);
    if (firstCounter >= 0 && firstOther >= 0) {
      int index = Math.max(firstCounter, firstOther);
      int other = Math.min(firstCounter, firstOther);
      throw StatementRules.violation(
          CqlRule.COUNTER_MIXED_WITH_NON_COUNTER,
          children.get(index),
          index,
          Counters.words(kinds[index]),
          other,
          Counters.words(kinds[other]));
    }
    if (firstCounter >= 0 && type == BatchType.LOGGED) {
      throw StatementRules.violation(CqlRule.COUNTER_IN_LOGGED_BATCH, children.get(firstCounter), firstCounter);
    }
    if (firstCounter >= 0 && textTimestamp()) {
      throw batchViolation(CqlRule.TIMESTAMP_ON_COUNTER_BATCH);
    }
    if (firstCounter >= 0) {
      unknownKinds(kinds, "whether it may sit beside counter updates");
    }
  }

  private static int indexOf(Kind[] kinds, Kind kind) {
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == kind) {
        return i;
      }
    }
    return -1;
  }

  private void unknownKinds(Kind[] kinds, String what) {
    int index = indexOf(kinds, Kind.UNKNOWN);
    if (index >= 0) {
      CqlStatement child = children.get(index);
      unknown(
          CqlRule.TABLE_KIND_UNKNOWN, index, StatementRules.subject(child, index), tables.of(child), what);
    }
  }

  /** Rule 11's table half, which needs no schema: a conditional batch targets one table. */
  private void checkTables() {
    int first = firstConditional();
    if (first < 0) {
      return;
    }
    Tables.Table firstTable = tables.of(children.get(0));
    for (int i = 1; i < children.size(); i++) {
      Tables.Table table = tables.of(children.get(i));
      if (!table.sameAs(firstTable)) {
        throw StatementRules.violation(
            CqlRule.CONDITIONAL_BATCH_MULTIPLE_TABLES, children.get(i), i, table, 0, firstTable);
      }
    }
  }

  private void checkConditional(Partitions partitions) {
    checkTables();
    if (partitions.inIndex >= 0) {
      throw StatementRules.violation(
          CqlRule.CONDITIONAL_BATCH_PARTITION_IN,
          children.get(partitions.inIndex),
          partitions.inIndex,
          partitions.inColumn);
    }
    if (partitions.unknownIndex >= 0) {
      unknownKey(partitions, "whether the conditional batch stays in one partition");
    } else {
      List<Object> first = partitions.keys.get(0);
      for (int i = 1; i < children.size(); i++) {
        if (!partitions.keys.get(i).equals(first)) {
          throw StatementRules.violation(
              CqlRule.CONDITIONAL_BATCH_MULTIPLE_PARTITIONS,
              children.get(i),
              i,
              partitions.render(i),
              partitions.tables.get(i),
              0,
              partitions.render(0));
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
        rows.add(normalized(child.bindings(), partitions.infos.get(i)));
      }
    }
    if (conditional.size() > MAX_MIXED_CHECK) {
      return;
    }
    for (int b = 1; b < conditional.size(); b++) {
      for (int a = 0; a < b; a++) {
        int first = conditional.get(a);
        int second = conditional.get(b);
        ConditionKind kind = children.get(second).conditionKind();
        ConditionKind otherKind = children.get(first).conditionKind();
        TableInfo info = partitions.infos.get(first);
        if (kind != otherKind
            && sameRow(rows.get(a), rows.get(b), info == null ? null : info.partitionKey())) {
          throw StatementRules.violation(
              CqlRule.MIXED_CONDITIONS_ON_ONE_ROW,
              children.get(second),
              second,
              StatementRules.describe(kind),
              first,
              StatementRules.describe(otherKind));
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

  private static Map<String, Object> normalized(Map<String, Object> bindings, @CheckForNull TableInfo info) {
    Map<String, Object> out = new HashMap<>();
    bindings.forEach(
        (k, v) -> out.put(k, KeyValues.normalize(v, info == null ? null : info.type(k).orElse(null))));
    return out;
  }

  /**
   * Rule 5, as the server checks it: only a batch without conditions, and only when it makes more
   * than one mutation (one per keyspace and partition key); the size is the mutations' ({@link
   * MutationSizes}).
   */
  private void checkSize(Partitions partitions) {
    BatchLimits limits = validator.limits();
    int mutations = partitions.mutations();
    if (type == BatchType.UNLOGGED
        && limits.unloggedPartitionsWarn() > 0
        && mutations > limits.unloggedPartitionsWarn()) {
      warnings.add(
          CqlRule.UNLOGGED_BATCH_MANY_PARTITIONS.message(
              "the batch", mutations, limits.unloggedPartitionsWarn()));
    }
    if (mutations == 1 || children.isEmpty()) {
      return;
    }
    long bytes = MutationSizes.of(children, partitions);
    if (bytes <= limits.warnBytes()) {
      return;
    }
    boolean several = mutations > 1 || partitions.keyspaceCount() > 1;
    String count = mutations > 1 ? String.valueOf(mutations) : "an unknown number of";
    if (bytes > limits.failBytes()) {
      if (several) {
        throw batchViolation(CqlRule.BATCH_TOO_LARGE, bytes, count, limits.failBytes());
      }
      unknownKey(
          partitions,
          "whether the batch, of a mutation size of about "
              + bytes
              + " bytes (above the fail threshold of "
              + limits.failBytes()
              + " bytes), spans more than one partition");
      return;
    }
    warnings.add(
        CqlRule.BATCH_SIZE_WARNING.message("the " + type + " batch", bytes, count, limits.warnBytes()));
  }

  private void unknownKey(Partitions partitions, String what) {
    int index = partitions.unknownIndex;
    unknown(
        CqlRule.PARTITION_KEY_UNKNOWN,
        index,
        StatementRules.subject(children.get(index), index),
        partitions.unknownReason,
        what);
  }

  /** A check that cannot be made: a strict validator refuses, the default one warns. */
  private void unknown(CqlRule rule, int index, String subject, Object... args) {
    if (validator.isStrictPartitions()) {
      throw rule.violation(index, subject, args);
    }
    warnings.add(rule.message(subject, args) + " (left to the server; a strict validator refuses)");
  }

  private CqlRuleViolationException batchViolation(CqlRule rule, Object... args) {
    return rule.violation(-1, "the " + type + " batch", args);
  }
}
