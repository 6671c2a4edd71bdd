package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
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
  private final Target target;
  @CheckForNull private final Chain<Assignment> assignments;
  @CheckForNull private final Chain<Relation> where;
  @CheckForNull private final Chain<Relation> conditions;
  private final boolean ifExists;
  @CheckForNull private final Term ttl;
  @CheckForNull private final Term timestamp;

  private Update(
      Target target,
      @CheckForNull Chain<Assignment> assignments,
      @CheckForNull Chain<Relation> where,
      @CheckForNull Chain<Relation> conditions,
      boolean ifExists,
      @CheckForNull Term ttl,
      @CheckForNull Term timestamp) {
    this.target = target;
    this.assignments = assignments;
    this.where = where;
    this.conditions = conditions;
    this.ifExists = ifExists;
    this.ttl = ttl;
    this.timestamp = timestamp;
  }

  static Update into(Target target) {
    return new Update(target, null, null, null, false, null, null);
  }

  /** {@code column = value}. */
  public Update set(String column, Object value) {
    return assign(new Assignment(column, Assignment.Kind.SET, null, Term.of(value)));
  }

  /** {@code l = l + ?}: appends the elements of a List (not idempotent). */
  public Update append(String column, Object elements) {
    return assign(new Assignment(column, Assignment.Kind.APPEND, null, Term.of(elements)));
  }

  /** {@code l = ? + l}: prepends the elements of a List (not idempotent). */
  public Update prepend(String column, Object elements) {
    return assign(new Assignment(column, Assignment.Kind.PREPEND, null, Term.of(elements)));
  }

  /** {@code l = l - ?}: removes every occurrence of the List's elements (not idempotent). */
  public Update removeFromList(String column, Object elements) {
    return assign(
        new Assignment(column, Assignment.Kind.REMOVE_FROM_LIST, null, Term.of(elements)));
  }

  /** {@code s = s + ?}: adds the elements of a Set. */
  public Update addToSet(String column, Object elements) {
    return assign(new Assignment(column, Assignment.Kind.ADD, null, Term.of(elements)));
  }

  /** {@code s = s - ?}: removes the elements of a Set. */
  public Update removeFromSet(String column, Object elements) {
    return assign(new Assignment(column, Assignment.Kind.REMOVE, null, Term.of(elements)));
  }

  /** {@code m[?] = ?}: puts one entry into a map. */
  public Update put(String column, Object key, Object value) {
    return assign(new Assignment(column, Assignment.Kind.PUT, Term.of(key), Term.of(value)));
  }

  /** {@code m = m + ?}: puts every entry of a Map. */
  public Update putAll(String column, Object entries) {
    return assign(new Assignment(column, Assignment.Kind.ADD, null, Term.of(entries)));
  }

  /** {@code m = m - ?}: removes the keys of a Set from a map. */
  public Update removeKeys(String column, Object keys) {
    return assign(new Assignment(column, Assignment.Kind.REMOVE, null, Term.of(keys)));
  }

  /** {@code l[?] = ?}: replaces the list element at an index. */
  public Update setElement(String column, Object index, Object value) {
    return assign(new Assignment(column, Assignment.Kind.PUT, Term.of(index), Term.of(value)));
  }

  /** {@code c = c + ?} on a counter column; the amount is bound as a bigint (long). */
  public Update increment(String column, long amount) {
    return increment(column, Term.of(amount));
  }

  /** {@code c = c + ?} with a marker or other term as the amount. */
  public Update increment(String column, Term amount) {
    return assign(
        new Assignment(
            column, Assignment.Kind.INCREMENT, null, Clauses.term(amount, "the amount")));
  }

  /** {@code c = c - ?} on a counter column; the amount is bound as a bigint (long). */
  public Update decrement(String column, long amount) {
    return decrement(column, Term.of(amount));
  }

  /** {@code c = c - ?} with a marker or other term as the amount. */
  public Update decrement(String column, Term amount) {
    return assign(
        new Assignment(
            column, Assignment.Kind.DECREMENT, null, Clauses.term(amount, "the amount")));
  }

  /** {@code WHERE column = value} (further relations are joined with AND). */
  public Update where(String column, Object value) {
    return where(Relation.eq(column, value));
  }

  /** A WHERE relation such as {@code in("ck", cks)}; relations are joined with AND. */
  public Update where(Relation relation) {
    Relation checked = checkRelation(relation).checkWhere();
    return new Update(
        target, assignments, Chain.add(where, checked), conditions, ifExists, ttl, timestamp);
  }

  /** {@code IF EXISTS}: apply only if the row exists (a lightweight transaction). */
  public Update ifExists() {
    return new Update(target, assignments, where, conditions, true, ttl, timestamp);
  }

  /**
   * An IF condition such as {@code eq("v", old)} or {@code element("m", k).eq(v)}; conditions are
   * joined with AND and make the update a lightweight transaction.
   */
  public Update onlyIf(Relation condition) {
    Relation checked = checkRelation(condition).checkCondition();
    return new Update(
        target, assignments, where, Chain.add(conditions, checked), ifExists, ttl, timestamp);
  }

  /** {@code USING TTL ?}: the written values expire after this many seconds (0: never). */
  public Update usingTtl(int seconds) {
    return usingTtl(Clauses.ttl(seconds));
  }

  /** {@code USING TTL ?} with a marker or other term. */
  public Update usingTtl(Term seconds) {
    return new Update(
        target, assignments, where, conditions, ifExists, Clauses.intValue(seconds, "the TTL"), timestamp);
  }

  /** {@code USING TIMESTAMP ?}: the write time, in microseconds since the epoch. */
  public Update usingTimestamp(long micros) {
    return usingTimestamp(Term.of(micros));
  }

  /** {@code USING TIMESTAMP ?} with a marker or other term. */
  public Update usingTimestamp(Term micros) {
    return new Update(
        target, assignments, where, conditions, ifExists, ttl, Clauses.intValue(micros, "the timestamp"));
  }

  /**
   * The statement.
   *
   * @throws IllegalStateException if the statement is incomplete or breaks a CQL rule (no SET, no
   *     WHERE, a column set and assigned again, a counter update with TTL, timestamp or
   *     conditions, a conditional update with timestamp, a marker without a value)
   */
  public CqlStatement build() {
    Sink sink = render();
    return sink.statement(shape(sink));
  }

  /** A template to bind many times: the text is rendered once, each bind only copies values. */
  public CqlTemplate template() {
    Sink sink = render();
    return sink.template(shape(sink));
  }

  private Update assign(Assignment assignment) {
    return new Update(
        target, Chain.add(assignments, assignment), where, conditions, ifExists, ttl, timestamp);
  }

  private static Relation checkRelation(Relation relation) {
    return Clauses.checkNotNull(relation, "a relation");
  }

  private Sink render() {
    checkState(
        assignments != null,
        "UPDATE %s has nothing to set: add set(column, value) or another assignment",
        target);
    checkState(
        where != null,
        "UPDATE %s has no WHERE clause: add where(column, value) for each primary-key column",
        target);
    Assignment[] sets = Chain.toArray(assignments, Assignment[]::new);
    int params = Clauses.count(ttl) + Clauses.count(timestamp);
    int counters = 0;
    for (Assignment a : sets) {
      params += a.paramCount();
      counters += a.kind.counter ? 1 : 0;
    }
    if (counters > 0) {
      checkCounterUpdate(counters == sets.length);
    }
    checkNoIncompatibleSet(sets);
    Clauses.checkOneKindOfCondition("UPDATE", target, ifExists, conditions);
    Clauses.checkNoTimestampIfConditional(
        "UPDATE", target, Clauses.conditionKind(ifExists, conditions), timestamp);
    params += Clauses.paramCount(where) + Clauses.paramCount(conditions);
    Sink sink = Sink.forStatement(64 + target.length() + 16 * sets.length, params);
    render(sink, sets);
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

  private void checkCounterUpdate(boolean onlyCounters) {
    checkState(
        onlyCounters,
        "UPDATE %s mixes counter increments with other assignments: a counter table takes only"
            + " increment/decrement (Cassandra: \"Cannot mix counter and non counter columns in"
            + " the same update\"); update the other columns in another statement",
        target);
    checkState(
        ttl == null,
        "UPDATE %s is a counter update and so cannot carry USING TTL (Cassandra: \"Cannot provide"
            + " custom TTL for counter updates\"): remove usingTtl(...)",
        target);
    checkState(
        timestamp == null,
        "UPDATE %s is a counter update and so cannot carry USING TIMESTAMP (counter updates take"
            + " no custom timestamp): remove usingTimestamp(...)",
        target);
    checkState(
        !ifExists && conditions == null,
        "UPDATE %s is a counter update and so cannot be conditional (Cassandra: \"Conditions on"
            + " counters are not supported\"): remove ifExists()/onlyIf(...)",
        target);
  }

  private void render(Sink sink, Assignment[] sets) {
    StringBuilder sb = sink.sb;
    sb.append("UPDATE ");
    target.appendTo(sb);
    Clauses.using(sink, ttl, timestamp);
    sb.append(" SET ");
    for (int i = 0; i < sets.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sets[i].render(sink);
    }
    Clauses.where(sink, where);
    Clauses.conditions(sink, ifExists, conditions);
  }

  private Shape shape(Sink sink) {
    ConditionKind condition = Clauses.conditionKind(ifExists, conditions);
    boolean counter = assignments.head.kind.counter;
    boolean idempotent = !condition.isConditional() && !sink.hasNonDeterministicCall();
    for (Chain<Assignment> c = assignments; c != null && idempotent; c = c.tail) {
      idempotent = c.head.isIdempotent();
    }
    return sink.shape(
        StatementKind.UPDATE,
        target,
        condition,
        counter,
        ttl != null,
        timestamp != null,
        idempotent);
  }

  /** The text so far, for debugging; {@link #build()} checks that the statement is complete. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(Sink.textOnly(sb), Chain.toArray(assignments, Assignment[]::new));
    return sb.toString();
  }
}
