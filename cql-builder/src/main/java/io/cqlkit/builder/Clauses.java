package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.cqlkit.builder.internal.Part;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.internal.ShapeCache;
import io.cqlkit.builder.internal.Sink;
import io.cqlkit.builder.internal.Target;
import io.cqlkit.builder.rules.CqlValidator;
import java.util.Arrays;
import javax.annotation.CheckForNull;

/** The clauses UPDATE, DELETE and SELECT share: USING, WHERE and IF. */
final class Clauses {
  private Clauses() {}

  static <T> T checkNotNull(@CheckForNull T value, String what) {
    checkArgument(value != null, "%s must not be null", what);
    return value;
  }

  static Term term(@CheckForNull Term term, String what) {
    checkArgument(term != null, "%s must not be null: pass a value or marker()", what);
    return term;
  }

  /**
   * {@code " USING TTL ? AND TIMESTAMP ?"}, or the part that is set, or nothing: the TTL is the
   * statement's first option, the timestamp its second (see {@link #build}).
   */
  static void using(Sink sink, @CheckForNull Term ttl, @CheckForNull Term timestamp) {
    if (ttl != null) {
      sink.sb.append(" USING TTL ");
      sink.from(ShapeCache.FIRST_OPTION);
      ttl.render(sink);
    }
    if (timestamp != null) {
      sink.sb.append(ttl == null ? " USING TIMESTAMP " : " AND TIMESTAMP ");
      sink.from(ShapeCache.SECOND_OPTION);
      timestamp.render(sink);
    }
  }

  /** {@code USING TTL ? AND TIMESTAMP ? AND TIMEOUT ?}, each part when present. */
  static void using(
      Sink sink, @CheckForNull Term ttl, @CheckForNull Term timestamp, @CheckForNull Term timeout) {
    using(sink, ttl, timestamp);
    if (timeout != null) {
      sink.sb.append(ttl == null && timestamp == null ? " USING TIMEOUT " : " AND TIMEOUT ");
      timeout.render(sink);
    }
  }

  /**
   * The {@code USING TIMEOUT} term among {@code parts} (the last given), or null. A statement of
   * plain parts has none, and is answered without a walk.
   */
  @CheckForNull
  static Term timeout(@CheckForNull Part parts) {
    if (Part.shapeHash(parts) != 0) {
      return null;
    }
    for (Part p = parts; p != null; p = p.previous) {
      if (p.clause() == Part.TIMEOUT) {
        return (Term) p.item();
      }
    }
    return null;
  }

  static void where(Sink sink, Relation[] where) {
    if (where.length > 0) {
      sink.sb.append(" WHERE ");
      relations(sink, where, Part.WHERE);
    }
  }

  /** {@code " IF EXISTS"}, {@code " IF c1 AND c2"}, or nothing. */
  static void conditions(Sink sink, boolean ifExists, Relation[] conditions) {
    if (ifExists) {
      sink.sb.append(" IF EXISTS");
    } else if (conditions.length > 0) {
      sink.conditionsFollow();
      sink.sb.append(" IF ");
      relations(sink, conditions, Part.IF);
    }
  }

  private static void relations(Sink sink, Relation[] relations, int clause) {
    for (int i = 0; i < relations.length; i++) {
      if (i > 0) {
        sink.sb.append(" AND ");
      }
      sink.from(ShapeCache.source(clause, i));
      int firstParam = sink.size();
      int textStart = sink.sb.length();
      relations[i].render(sink);
      if (clause == Part.WHERE || relations[i].hasOneValueRight()) {
        sink.relationMarkers(
            firstParam,
            textStart,
            relations[i].column(),
            relations[i].operator().ordinal(),
            clause == Part.IF);
      }
    }
  }

  /**
   * The statement of an UPDATE, DELETE or SELECT from the cached shape of the same key, or null
   * when there is none: only its params are filled, by the plan the render pass wrote. {@code
   * first} and {@code second} are the terms of the statement's two option slots (plain when
   * {@code options} is not -1; null when absent).
   */
  @CheckForNull
  static CqlStatement cached(
      Target target,
      @CheckForNull Part parts,
      int options,
      @CheckForNull Object extra,
      @CheckForNull Term first,
      @CheckForNull Term second) {
    int hash = ShapeCache.hash(Part.shapeHash(parts), target, options, extra);
    if (hash == 0) {
      return null;
    }
    ShapeCache.Entry cached = ShapeCache.find(hash, target, options, extra);
    Object[] params =
        cached == null ? null : cached.paramsIfSame(parts, plainValue(first), plainValue(second));
    return params == null ? null : new CqlStatement(cached.shape, params);
  }

  /** The statement rendered into {@code sink}, its shape cached when its key is cacheable. */
  static CqlStatement rendered(
      Target target,
      @CheckForNull Part parts,
      int options,
      @CheckForNull Object extra,
      Sink sink,
      Shape shape) {
    CqlStatement statement = CqlStatement.rendered(sink, shape);
    int hash = ShapeCache.hash(Part.shapeHash(parts), target, options, extra);
    if (hash != 0) {
      ShapeCache.remember(hash, target, options, extra, parts, shape, sink);
    }
    return statement;
  }

  /** The value of a plain option term, or null when there is none. */
  @CheckForNull
  static Object plainValue(@CheckForNull Term term) {
    return term == null ? null : term.plainValue();
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

  /** The relations of a WHERE or IF clause, oldest first (plain parts become relations). */
  public static Relation[] relations(@CheckForNull Part parts, int clause) {
    Part[] own = Part.of(parts, clause);
    Relation[] out = new Relation[own.length];
    for (int i = 0; i < own.length; i++) {
      Part p = own[i];
      out[i] =
          p.isItem()
              ? (Relation) p.item()
              : new Relation(
                  Selector.column(p.column()), Operator.values()[p.op()], Term.of(p.value()));
    }
    return out;
  }

  /**
   * The selected columns and expressions of {@code parts} ({@link Part#COLUMNS} and {@link Part#SELECTOR}
   * parts), oldest first; empty when there are none.
   */
  public static Selector[] selectors(@CheckForNull Part parts) {
    int n = 0;
    for (Part p = parts; p != null; p = p.previous) {
      int clause = p.clause();
      n += clause == Part.COLUMNS ? (p.names()).length : clause == Part.SELECTOR ? 1 : 0;
    }
    Selector[] out = new Selector[n];
    for (Part p = parts; p != null; p = p.previous) {
      if (p.clause() == Part.COLUMNS) {
        String[] names = p.names();
        for (int i = names.length - 1; i >= 0; i--) {
          out[--n] = Selector.column(names[i]);
        }
      } else if (p.clause() == Part.SELECTOR) {
        out[--n] = (Selector) p.item();
      }
    }
    return out;
  }

  /** The columns of the {@code String[]} parts of a clause (GROUP BY), oldest first. */
  static String[] columns(@CheckForNull Part parts, int clause) {
    Part[] own = Part.of(parts, clause);
    int n = 0;
    for (Part p : own) {
      n += (p.names()).length;
    }
    String[] out = new String[n];
    int at = 0;
    for (Part p : own) {
      String[] names = p.names();
      System.arraycopy(names, 0, out, at, names.length);
      at += names.length;
    }
    return out;
  }

  /**
   * {@code parts} with the last selected column or expression named {@code alias}.
   *
   * @throws IllegalStateException if nothing is selected yet
   */
  static Part aliasLast(@CheckForNull Part parts, String alias) {
    Part last = parts;
    while (last != null && last.clause() != Part.COLUMNS && last.clause() != Part.SELECTOR) {
      last = last.previous;
    }
    checkState(
        last != null,
        "as(\"%s\") names the last selected column or expression, but nothing is selected yet:"
            + " call columns(...) or select(...) first",
        alias);
    Part aliased;
    if (last.clause() == Part.SELECTOR) {
      aliased = Part.item(last.previous, Part.SELECTOR, ((Selector) last.item()).as(alias));
    } else {
      String[] names = last.names();
      Selector column = Selector.column(names[names.length - 1]).as(alias);
      Part before =
          names.length == 1
              ? last.previous
              : Part.names(last.previous, Part.COLUMNS, Arrays.copyOf(names, names.length - 1));
      aliased = Part.item(before, Part.SELECTOR, column);
    }
    return replay(parts, last, aliased);
  }


  /** {@code parts} with {@code old} replaced by {@code replacement} (the parts after it re-added). */
  private static Part replay(Part parts, Part old, Part replacement) {
    if (parts == old) {
      return replacement;
    }
    Part rest = replay(parts.previous, old, replacement);
    return parts.on(rest);
  }

  /** The assignments of the SET clause, oldest first (plain parts become assignments). */
  static Assignment[] assignments(@CheckForNull Part parts) {
    Part[] own = Part.of(parts, Part.SET);
    Assignment[] sets = new Assignment[own.length];
    for (int i = 0; i < own.length; i++) {
      Part p = own[i];
      sets[i] =
          p.isItem()
              ? (Assignment) p.item()
              : new Assignment(
                  p.column(), Assignment.Kind.values()[p.op()], null, Term.of(p.value()));
    }
    return sets;
  }

  /**
   * {@code parts} with {@code WHERE column = value}: a plain part for a plain value, a relation
   * for a {@link Term}. The one path of every builder's {@code where(column, value)}.
   */
  static Part whereEq(@CheckForNull Part parts, String column, @CheckForNull Object value) {
    if (value instanceof Term) {
      return where(parts, Relation.eq(column, value));
    }
    String name = CqlIdentifier.checkName(column, "column");
    if (value == null || value == Unset.UNSET) {
      throw new IllegalArgumentException(MissingValues.inWhere(name, Operator.EQ, value));
    }
    Object plain = Term.checkPlain(value);
    if (Part.mayRestrict(parts, name)) {
      checkNotRestrictedTwice(parts, name, Operator.EQ);
    }
    return Part.plain(parts, Part.WHERE, Operator.EQ.ordinal(), name, plain);
  }

  /** {@code parts} with a WHERE relation, checked to stand there. */
  static Part where(@CheckForNull Part parts, @CheckForNull Relation relation) {
    Relation checked = checkNotNull(relation, "a relation").checkWhere();
    String column = checked.column();
    if (column != null && Part.mayRestrict(parts, column)) {
      checkNotRestrictedTwice(parts, column, checked.operator());
    }
    return checked.asPart(parts, Part.WHERE);
  }

  /**
   * The server refuses a column restricted by {@code =} (or IN) and by another relation: "cannot
   * be restricted by more than one relation if it includes an Equal".
   */
  private static void checkNotRestrictedTwice(
      @CheckForNull Part parts, String column, Operator operator) {
    for (Part p = parts; p != null; p = p.previous) {
      if (p.clause() != Part.WHERE) {
        continue;
      }
      Operator other;
      if (p.isItem()) {
        Relation r = (Relation) p.item();
        if (!column.equals(r.column())) {
          continue;
        }
        other = r.operator();
      } else if (column.equals(p.column())) {
        other = Operator.values()[p.op()];
      } else {
        continue;
      }
      if (isEqualOrIn(operator) || isEqualOrIn(other)) {
        CqlIdentifier id = CqlIdentifier.of(column);
        throw new IllegalArgumentException(
            String.format(
                "WHERE restricts %s twice (%s %s ? and %s %s ?): the server refuses a column"
                    + " restricted by = or IN and by another relation; keep one where(...) for %s",
                id, id, other.cql, id, operator.cql, id));
      }
    }
  }

  private static boolean isEqualOrIn(Operator operator) {
    return operator == Operator.EQ || operator == Operator.IN;
  }
}
