package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.cqlkit.builder.rules.CqlValidator;
import java.math.BigInteger;
import javax.annotation.CheckForNull;

/** The clauses UPDATE, DELETE and SELECT share: USING, WHERE and IF. */
final class Clauses {
  /** Cassandra's largest TTL: 20 years, in seconds. */
  static final int MAX_TTL = 630_720_000;

  private Clauses() {}

  static Term ttl(int seconds) {
    checkArgument(
        seconds >= 0 && seconds <= MAX_TTL,
        "a TTL is 0 (no expiry) to %s seconds (20 years), not %s",
        MAX_TTL,
        seconds);
    return Term.of(seconds);
  }

  static <T> T checkNotNull(@CheckForNull T value, String what) {
    checkArgument(value != null, "%s must not be null", what);
    return value;
  }

  static Term term(@CheckForNull Term term, String what) {
    checkArgument(term != null, "%s must not be null: pass a value or marker()", what);
    return term;
  }

  /**
   * Checks a TTL, timestamp or limit: the grammar takes only a marker or an integer literal there
   * (its {@code intValue}), so a function call, a tuple or another literal would not parse.
   */
  static Term intValue(@CheckForNull Term term, String what) {
    term(term, what);
    checkArgument(
        term.isSingleMarker() || (term.isLiteral() && isInteger(term.literalValue())),
        "%s must be a marker or an integer literal, not %s (CQL takes nothing else there): pass"
            + " a number, marker(), marker(name) or literal(n)",
        what,
        term);
    return term;
  }

  private static boolean isInteger(@CheckForNull Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger;
  }

  /** {@code " USING TTL ? AND TIMESTAMP ?"}, or the part that is set, or nothing. */
  static void using(Sink sink, @CheckForNull Term ttl, @CheckForNull Term timestamp) {
    if (ttl != null) {
      sink.sb.append(" USING TTL ");
      ttl.render(sink);
    }
    if (timestamp != null) {
      sink.sb.append(ttl == null ? " USING TIMESTAMP " : " AND TIMESTAMP ");
      timestamp.render(sink);
    }
  }

  static void where(Sink sink, Relation[] where) {
    if (where.length > 0) {
      sink.sb.append(" WHERE ");
      relations(sink, where);
    }
  }

  /** {@code " IF EXISTS"}, {@code " IF c1 AND c2"}, or nothing. */
  static void conditions(Sink sink, boolean ifExists, Relation[] conditions) {
    if (ifExists) {
      sink.sb.append(" IF EXISTS");
    } else if (conditions.length > 0) {
      sink.conditionsFollow();
      sink.sb.append(" IF ");
      relations(sink, conditions);
    }
  }

  private static void relations(Sink sink, Relation[] relations) {
    for (int i = 0; i < relations.length; i++) {
      if (i > 0) {
        sink.sb.append(" AND ");
      }
      relations[i].render(sink);
    }
  }

  static ConditionKind conditionKind(boolean ifExists, Relation[] conditions) {
    return ifExists
        ? ConditionKind.IF_EXISTS
        : conditions.length > 0 ? ConditionKind.IF_CONDITIONS : ConditionKind.NONE;
  }

  static int paramCount(Relation[] relations) {
    int count = 0;
    for (Relation relation : relations) {
      count += relation.paramCount();
    }
    return count;
  }

  /** Rule 9 of cql-rules.md, checked by the rule engine: a conditional statement carries no custom timestamp. */
  static void checkNoTimestampIfConditional(
      String verb, Target target, ConditionKind condition, @CheckForNull Term timestamp) {
    if (timestamp == null || !condition.isConditional()) {
      return; // nothing to break: no message built on the hot path
    }
    CqlValidator.checkStatement(
        "the statement (" + verb + " " + target + ")",
        verb.startsWith("INSERT")
            ? StatementKind.INSERT
            : verb.startsWith("DELETE") ? StatementKind.DELETE : StatementKind.UPDATE,
        condition,
        false,
        false,
        timestamp != null);
  }

  /** CQL takes IF EXISTS or column conditions, not both. */
  static void checkOneKindOfCondition(
      String verb, Target target, boolean ifExists, Relation[] conditions) {
    checkState(
        !ifExists || conditions.length == 0,
        "%s %s has both IF EXISTS and IF conditions: CQL takes one or the other; drop ifExists() or"
            + " the onlyIf(...) conditions",
        verb,
        target);
  }

  static int count(@CheckForNull Term term) {
    return term == null ? 0 : term.paramCount();
  }
}
