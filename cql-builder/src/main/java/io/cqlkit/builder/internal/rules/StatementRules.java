package io.cqlkit.builder.internal.rules;

import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.Unset;
import io.cqlkit.builder.rules.CqlRule;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.TableInfo;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;

/** The rules of one statement (cql-rules.md 8-10, null keys): one place for each. */
public final class StatementRules {
  private StatementRules() {}

  /**
   * Rules 8-10 on what a statement shows by itself (the builders call this at {@code build()},
   * before the text exists, with a {@code subject} such as "the statement (UPDATE ks.t)"; the engine
   * with the statement, whose subject is then made only when a rule is broken).
   *
   * @param counter true for a counter statement (an increment, or a DELETE on a counter table)
   */
  public static void check(
      @CheckForNull String subject,
      @CheckForNull CqlStatement statement,
      int index,
      StatementKind kind,
      ConditionKind condition,
      boolean counter,
      boolean ttl,
      boolean timestamp) {
    CqlRule broken = null;
    Object arg = null;
    switch (condition) {
      case IF_NOT_EXISTS:
        if (kind != StatementKind.INSERT) {
          broken = CqlRule.IF_NOT_EXISTS_ONLY_ON_INSERT;
          arg = kind == StatementKind.UPDATE ? "an UPDATE" : "a " + kind;
        }
        break;
      case IF_EXISTS:
      case IF_CONDITIONS:
        if (kind == StatementKind.INSERT) {
          broken = CqlRule.INSERT_ONLY_IF_NOT_EXISTS;
          arg = describe(condition);
        }
        break;
      default:
        break;
    }
    if (broken == null && counter) {
      if (condition.isConditional()) {
        broken = CqlRule.COUNTER_CONDITION;
        arg = describe(condition);
      } else if (ttl) {
        broken = CqlRule.COUNTER_TTL;
      } else if (timestamp) {
        broken = CqlRule.COUNTER_TIMESTAMP;
      }
    }
    if (broken == null && condition.isConditional() && timestamp) {
      broken = CqlRule.CONDITIONAL_WITH_TIMESTAMP;
      arg = describe(condition);
    }
    if (broken != null) {
      String named = subject != null ? subject : subject(statement, index);
      throw arg == null ? broken.violation(index, named) : broken.violation(index, named, arg);
    }
  }

  /**
   * Every rule of one statement, with what is known of its table ({@code table} null when
   * nothing): a DELETE on a counter table counts as a counter statement, and a null primary-key
   * value is refused.
   */
  public static void check(CqlStatement statement, int index, @CheckForNull TableInfo table) {
    check(
        null,
        statement,
        index,
        statement.kind(),
        statement.conditionKind(),
        Counters.kind(statement, table) == Counters.Kind.COUNTER,
        statement.hasTtl(),
        statement.hasTimestamp());
    if (table != null && statement.kind().isModification()) {
      checkNullKeys(statement, index, table);
    }
  }

  /**
   * True when the rules of one statement need its table's facts: a DELETE or a raw UPDATE (is its
   * table a counter table?) or a modification with a null or UNSET value (is it a key?). Others
   * skip the lookup.
   */
  public static boolean needsTable(CqlStatement statement) {
    return Counters.tableDecides(statement)
        || (statement.kind().isModification() && hasNullOrUnset(statement.params()));
  }

  private static boolean hasNullOrUnset(List<Object> params) {
    for (Object param : params) {
      if (param == null || param == Unset.UNSET) {
        return true;
      }
    }
    return false;
  }

  private static void checkNullKeys(CqlStatement statement, int index, TableInfo table) {
    Map<String, Object> bindings = statement.bindings();
    if (bindings.isEmpty() || !(bindings.containsValue(null) || bindings.containsValue(Unset.UNSET))) {
      return;
    }
    checkNotNull(bindings, table.partitionKey(), statement, index);
    checkNotNull(bindings, table.clustering().orElse(List.of()), statement, index);
  }

  private static void checkNotNull(
      Map<String, Object> bindings, List<String> columns, CqlStatement statement, int index) {
    for (String column : columns) {
      Object value = bindings.get(column);
      if (bindings.containsKey(column) && (value == null || value == Unset.UNSET)) {
        throw violation(
            value == null ? CqlRule.NULL_KEY_VALUE : CqlRule.UNSET_KEY_VALUE,
            statement,
            index,
            column,
            Tables.name(statement.keyspace().orElse(null), statement.table().orElse("?")));
      }
    }
  }

  /** "statement 2 (CQL)", or "the statement (CQL)" outside a batch. */
  public static String subject(CqlStatement statement, int index) {
    return (index < 0 ? "the statement (" : "statement " + index + " (") + statement.cql() + ")";
  }

  /** How a message names a condition kind. */
  public static String describe(ConditionKind kind) {
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

  /** For callers that throw the exception themselves. */
  static CqlRuleViolationException violation(
      CqlRule rule, CqlStatement statement, int index, Object... args) {
    return rule.violation(index, subject(statement, index), args);
  }
}
