package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Part;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.internal.ShapeCache;
import io.cqlkit.builder.internal.Sink;
import io.cqlkit.builder.internal.Target;
import io.cqlkit.builder.rules.CqlValidator;
import java.time.Duration;
import javax.annotation.CheckForNull;

/**
 * An immutable UPDATE builder: each step returns a new builder in O(1), so a partial builder can
 * be a shared constant.
 *
 * <pre>{@code
 * update("ks", "t").usingTtl(60).set("a", a).append("l", List.of(4)).put("m", 1, "x")
 *     .where("pk", pk).where("ck", ck).ifExists().build();
 * // UPDATE ks.t USING TTL ? SET a = ?, l = l + ?, m[?] = ? WHERE pk = ? AND ck = ? IF EXISTS
 * }</pre>
 */
@CheckReturnValue
public final class Update {
  /** The SET assignments, WHERE relations and IF conditions, newest first. */
  private final Target target;
  @CheckForNull private final Part parts;
  private final boolean ifExists;
  @CheckForNull private final Term ttl;
  @CheckForNull private final Term timestamp;

  private Update(
      Target target,
      @CheckForNull Part parts,
      boolean ifExists,
      @CheckForNull Term ttl,
      @CheckForNull Term timestamp) {
    this.target = target;
    this.parts = parts;
    this.ifExists = ifExists;
    this.ttl = ttl;
    this.timestamp = timestamp;
  }

  static Update into(Target target) {
    return new Update(target, null, false, null, null);
  }

  /** {@code column = value}. */
  public Update set(String column, Object value) {
    return assign(column, Assignment.Kind.SET, value);
  }

  /** {@code l = l + ?}: appends the elements of a List (not idempotent). */
  public Update append(String column, Object elements) {
    return assign(column, Assignment.Kind.APPEND, elements);
  }

  /** {@code l = ? + l}: prepends the elements of a List (not idempotent). */
  public Update prepend(String column, Object elements) {
    return assign(column, Assignment.Kind.PREPEND, elements);
  }

  /** {@code l = l - ?}: removes every occurrence of the List's elements (not idempotent). */
  public Update removeFromList(String column, Object elements) {
    return assign(column, Assignment.Kind.REMOVE_FROM_LIST, elements);
  }

  /** {@code s = s + ?}: adds the elements of a Set. */
  public Update addToSet(String column, Object elements) {
    return assign(column, Assignment.Kind.ADD, elements);
  }

  /** {@code s = s - ?}: removes the elements of a Set. */
  public Update removeFromSet(String column, Object elements) {
    return assign(column, Assignment.Kind.REMOVE, elements);
  }

  /** {@code m[?] = ?}: puts one entry into a map. */
  public Update put(String column, Object key, Object value) {
    return assign(new Assignment(column, Assignment.Kind.PUT, Term.of(key), Term.of(value)));
  }

  /** {@code address.city = ?}: sets one field of a user-defined type column (a non-frozen UDT). */
  public Update setField(String column, String field, Object value) {
    return assign(Assignment.field(column, field, Term.of(value)));
  }

  /** {@code m = m + ?}: puts every entry of a Map. */
  public Update putAll(String column, Object entries) {
    return assign(column, Assignment.Kind.ADD, entries);
  }

  /** {@code m = m - ?}: removes the keys of a Set from a map. */
  public Update removeKeys(String column, Object keys) {
    return assign(column, Assignment.Kind.REMOVE, keys);
  }

  /** {@code l[?] = ?}: replaces the list element at an index. */
  public Update setElement(String column, Object index, Object value) {
    return assign(new Assignment(column, Assignment.Kind.PUT, Term.of(index), Term.of(value)));
  }

  /** {@code c = c + ?} on a counter column; the amount is bound as a bigint (long). */
  public Update increment(String column, long amount) {
    return assign(column, Assignment.Kind.INCREMENT, amount);
  }

  /** {@code c = c + ?} with a marker or other term as the amount. */
  public Update increment(String column, Term amount) {
    return assign(
        new Assignment(
            column, Assignment.Kind.INCREMENT, null, TermChecks.counterAmount(amount)));
  }

  /** {@code c = c - ?} on a counter column; the amount is bound as a bigint (long). */
  public Update decrement(String column, long amount) {
    return assign(column, Assignment.Kind.DECREMENT, amount);
  }

  /** {@code c = c - ?} with a marker or other term as the amount. */
  public Update decrement(String column, Term amount) {
    return assign(
        new Assignment(
            column, Assignment.Kind.DECREMENT, null, TermChecks.counterAmount(amount)));
  }

  /** {@code WHERE column = value} (further relations are joined with AND). */
  public Update where(String column, Object value) {
    return withPart(Clauses.whereEq(parts, column, value));
  }

  /** A WHERE relation such as {@code in("ck", cks)}; relations are joined with AND. */
  public Update where(Relation relation) {
    return withPart(Clauses.where(parts, relation));
  }

  /** {@code IF EXISTS}: apply only if the row exists (a lightweight transaction). */
  public Update ifExists() {
    return new Update(target, parts, true, ttl, timestamp);
  }

  /**
   * An IF condition such as {@code eq("v", old)} or {@code element("m", k).eq(v)}; conditions are
   * joined with AND and make the update a lightweight transaction.
   */
  public Update onlyIf(Relation condition) {
    Relation checked = checkRelation(condition).checkCondition();
    return withPart(checked.asPart(parts, Part.IF));
  }

  /** {@code USING TTL ?}: the written values expire after this many seconds (0: never). */
  public Update usingTtl(int seconds) {
    return new Update(target, parts, ifExists, TermChecks.ttl(seconds), timestamp);
  }

  /** {@code USING TTL ?} with a marker or other term. */
  public Update usingTtl(Term seconds) {
    return new Update(target, parts, ifExists, TermChecks.ttl(seconds), timestamp);
  }

  /** {@code USING TIMESTAMP ?}: the write time, in microseconds since the epoch. */
  public Update usingTimestamp(long micros) {
    return new Update(target, parts, ifExists, ttl, Term.of(micros)); // a long: nothing to check
  }

  /** {@code USING TIMESTAMP ?} with a marker or other term. */
  public Update usingTimestamp(Term micros) {
    return new Update(
        target, parts, ifExists, ttl, TermChecks.intValue(micros, "the timestamp"));
  }

  /**
   * {@code USING TIMEOUT 500ms}: a per-query server-side timeout, written as a duration literal.
   * ScyllaDB only. (A part of its own, not a field: the builders of every other UPDATE stay as
   * small as they were.)
   */
  public Update usingTimeout(Duration timeout) {
    return withPart(Part.item(parts, Part.TIMEOUT, TermChecks.timeout(timeout)));
  }

  /** {@code USING TIMEOUT ?} with a marker (bound as a CQL duration). ScyllaDB only. */
  public Update usingTimeout(Term timeout) {
    return withPart(Part.item(parts, Part.TIMEOUT, TermChecks.timeoutMarker(timeout)));
  }

  /**
   * The statement.
   *
   * @throws IllegalStateException if the statement is incomplete or breaks a CQL rule (no SET, no
   *     WHERE, a column set and assigned again, a counter update with TTL, timestamp or
   *     conditions, a conditional update with timestamp, a marker without a value)
   */
  public CqlStatement build() {
    CqlStatement cached = Clauses.cached(target, parts, shapeOptions(), null, ttl, timestamp);
    if (cached != null) {
      return cached;
    }
    Sink sink = render();
    return Clauses.rendered(target, parts, shapeOptions(), null, sink, shape(sink));
  }

  /** A template to bind many times: the text is rendered once, each bind only copies values. */
  public CqlTemplate template() {
    Sink sink = render();
    return CqlTemplate.rendered(sink, shape(sink));
  }

  private Update assign(Assignment assignment) {
    return withPart(Part.item(parts, Part.SET, assignment));
  }

  /** A plain value becomes a plain part (its column and value only); a Term an assignment. */
  private Update assign(String column, Assignment.Kind kind, Object value) {
    if (value instanceof Term) {
      return assign(new Assignment(column, kind, null, (Term) value));
    }
    Object plain = Term.checkPlain(value); // the value first, as for a term's assignment
    return withPart(
        Part.plain(parts, Part.SET, kind.ordinal(), CqlIdentifier.checkName(column, "column"), plain));
  }

  private Update withPart(Part part) {
    return new Update(target, part, ifExists, ttl, timestamp);
  }

  /**
   * What the text depends on besides the table and the parts, or -1 when the USING terms are not
   * plain values (then the text depends on more and is not cached).
   */
  private int shapeOptions() {
    if ((ttl != null && !ttl.isPlain()) || (timestamp != null && !timestamp.isPlain())) {
      return -1;
    }
    return StatementKind.UPDATE.ordinal() << 16
        | (ifExists ? 1 : 0)
        | (ttl != null ? 2 : 0)
        | (timestamp != null ? 4 : 0);
  }


  private static Relation checkRelation(Relation relation) {
    return Clauses.checkNotNull(relation, "a relation");
  }

  private Sink render() {
    checkState(
        Part.has(parts, Part.SET),
        "UPDATE %s has nothing to set: add set(column, value) or another assignment",
        target);
    checkState(
        Part.has(parts, Part.WHERE),
        "UPDATE %s has no WHERE clause: add where(column, value) for each primary-key column",
        target);
    Assignment[] sets = Clauses.assignments(parts);
    Relation[] where = Clauses.relations(parts, Part.WHERE);
    Relation[] conditions = Clauses.relations(parts, Part.IF);
    int params =
        Clauses.count(ttl) + Clauses.count(timestamp) + Clauses.count(Clauses.timeout(parts));
    int counters = 0;
    for (Assignment a : sets) {
      params += a.paramCount();
      counters += a.kind.counter ? 1 : 0;
    }
    if (counters > 0) {
      checkCounterUpdate(counters == sets.length, conditions);
    }
    checkNoIncompatibleSet(sets);
    Clauses.checkOneKindOfCondition("UPDATE", target, ifExists, conditions);
    Clauses.checkNoTimestampIfConditional(
        "UPDATE", target, Clauses.conditionKind(ifExists, conditions), timestamp);
    params += Clauses.paramCount(where) + Clauses.paramCount(conditions);
    Sink sink = Sink.forStatement(64 + target.length() + 16 * sets.length, params);
    render(sink, sets, where, conditions);
    return sink;
  }

  /** CQL refuses a plain SET of a column together with any other assignment of that column. */
  private void checkNoIncompatibleSet(Assignment[] sets) {
    for (int i = 1; i < sets.length; i++) {
      Assignment a = sets[i];
      for (int j = 0; j < i; j++) {
        Assignment b = sets[j];
        if ((a.kind == Assignment.Kind.SET || b.kind == Assignment.Kind.SET)
            && a.column.equals(b.column)) {
          CqlIdentifier column = CqlIdentifier.of(a.column);
          throw new IllegalStateException(
              String.format(
                  "UPDATE %s sets column %s and assigns it again: a plain set(...) cannot be"
                      + " combined with another assignment of the same column (Cassandra:"
                      + " \"Multiple incompatible setting of column %s\"); give the column one"
                      + " set(...), or only collection steps such as append(...) and put(...)",
                  target,
                  column,
                  column));
        }
      }
    }
  }

  /** The SET assignments, oldest first (plain parts become assignments). */
  private void checkCounterUpdate(boolean onlyCounters, Relation[] conditions) {
    checkState(
        onlyCounters,
        "UPDATE %s mixes counter increments with other assignments: a counter table takes only"
            + " increment/decrement (Cassandra: \"Cannot mix counter and non counter columns in"
            + " the same update\"); update the other columns in another statement",
        target);
    CqlValidator.checkStatement(
        "the statement (UPDATE " + target + ")",
        StatementKind.UPDATE,
        Clauses.conditionKind(ifExists, conditions),
        true,
        ttl != null,
        timestamp != null);
  }

  private void render(Sink sink, Assignment[] sets, Relation[] where, Relation[] conditions) {
    StringBuilder sb = sink.sb;
    sb.append("UPDATE ");
    target.appendTo(sb);
    Clauses.using(sink, ttl, timestamp, Clauses.timeout(parts));
    sb.append(" SET ");
    for (int i = 0; i < sets.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sink.from(ShapeCache.source(Part.SET, i));
      sets[i].render(sink);
    }
    Clauses.where(sink, where);
    Clauses.conditions(sink, ifExists, conditions);
  }

  private Shape shape(Sink sink) {
    boolean hasConditions = Part.has(parts, Part.IF);
    ConditionKind condition =
        ifExists
            ? ConditionKind.IF_EXISTS
            : hasConditions ? ConditionKind.IF_CONDITIONS : ConditionKind.NONE;
    boolean counter = false;
    boolean idempotent = !condition.isConditional() && !sink.hasNonDeterministicCall();
    for (Assignment a : Clauses.assignments(parts)) {
      counter = a.kind.counter;
      idempotent &= a.isIdempotent();
    }
    return sink.shape(
        StatementKind.UPDATE,
        target,
        condition,
        counter,
        ttl != null,
        timestamp != null,
        idempotent,
        timeoutText());
  }

  /** The {@code USING TIMEOUT} term's text, or null (a statement of plain parts has none). */
  @CheckForNull
  private String timeoutText() {
    Term timeout = Clauses.timeout(parts);
    return timeout == null ? null : timeout.toString();
  }

  /** The text so far, for debugging; {@link #build()} checks that the statement is complete. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(
        Sink.textOnly(sb),
        Clauses.assignments(parts),
        Clauses.relations(parts, Part.WHERE),
        Clauses.relations(parts, Part.IF));
    return sb.toString();
  }
}
