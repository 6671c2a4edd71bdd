package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.CheckForNull;

/**
 * An immutable DELETE builder: a whole row (or a range of rows), some columns, or collection
 * elements. Each step returns a new builder in O(1).
 *
 * <pre>{@code
 * deleteFrom("ks", "t").columns("a").element("m", key).where("pk", pk).build();
 * // DELETE a, m[?] FROM ks.t WHERE pk = ?
 * deleteFrom("ks", "t").usingTimestamp(ts).where("pk", pk).where(gte("ck", from)).build();
 * // DELETE FROM ks.t USING TIMESTAMP ? WHERE pk = ? AND ck >= ?
 * }</pre>
 */
@CheckReturnValue
public final class Delete {
  private final Target target;
  /** What to delete; null deletes whole rows. */
  @CheckForNull private final Chain<Selector> selection;

  @CheckForNull private final Chain<Relation> where;
  @CheckForNull private final Chain<Relation> conditions;
  private final boolean ifExists;
  @CheckForNull private final Term timestamp;
  /** True once a list element is deleted by index: deleting it again deletes the next one. */
  private final boolean listElements;

  private Delete(
      Target target,
      @CheckForNull Chain<Selector> selection,
      @CheckForNull Chain<Relation> where,
      @CheckForNull Chain<Relation> conditions,
      boolean ifExists,
      @CheckForNull Term timestamp,
      boolean listElements) {
    this.target = target;
    this.selection = selection;
    this.where = where;
    this.conditions = conditions;
    this.ifExists = ifExists;
    this.timestamp = timestamp;
    this.listElements = listElements;
  }

  static Delete from(Target target) {
    return new Delete(target, null, null, null, false, null, false);
  }

  /** Deletes these columns only, instead of the whole row. */
  public Delete columns(String... columns) {
    checkArgument(
        columns != null && columns.length > 0,
        "columns(...) needs at least one column name; to delete whole rows, call no columns(...)");
    Chain<Selector> chain = selection;
    for (String column : columns) {
      chain = Chain.add(chain, Selector.column(column));
    }
    return new Delete(target, chain, where, conditions, ifExists, timestamp, listElements);
  }

  /** Deletes one map entry, {@code m[?]}, by key. */
  public Delete element(String column, Object key) {
    return new Delete(
        target,
        Chain.add(selection, Selector.element(column, key)),
        where,
        conditions,
        ifExists,
        timestamp,
        listElements);
  }

  /**
   * Deletes one list element, {@code l[?]}, by index. Not idempotent: a retry would delete the
   * element that moved into that index.
   */
  public Delete listElement(String column, int index) {
    checkArgument(index >= 0, "a list index is 0 or more, not %s", index);
    return new Delete(
        target,
        Chain.add(selection, Selector.element(column, index)),
        where,
        conditions,
        ifExists,
        timestamp,
        true);
  }

  /** {@code WHERE column = value} (further relations are joined with AND). */
  public Delete where(String column, Object value) {
    return where(Relation.eq(column, value));
  }

  /** A WHERE relation, such as a clustering range {@code gte("ck", from)}; joined with AND. */
  public Delete where(Relation relation) {
    Relation checked = Clauses.checkNotNull(relation, "a relation").checkWhere();
    return new Delete(
        target, selection, Chain.add(where, checked), conditions, ifExists, timestamp, listElements);
  }

  /** {@code IF EXISTS}: delete only if the row exists (a lightweight transaction). */
  public Delete ifExists() {
    return new Delete(target, selection, where, conditions, true, timestamp, listElements);
  }

  /** An IF condition such as {@code eq("v", old)}; conditions are joined with AND. */
  public Delete onlyIf(Relation condition) {
    Relation checked = Clauses.checkNotNull(condition, "a condition").checkCondition();
    return new Delete(
        target, selection, where, Chain.add(conditions, checked), ifExists, timestamp, listElements);
  }

  /** {@code USING TIMESTAMP ?}: deletes only what was written before this time (microseconds). */
  public Delete usingTimestamp(long micros) {
    return usingTimestamp(Term.of(micros));
  }

  /** {@code USING TIMESTAMP ?} with a marker or other term. */
  public Delete usingTimestamp(Term micros) {
    return new Delete(
        target,
        selection,
        where,
        conditions,
        ifExists,
        Clauses.intValue(micros, "the timestamp"),
        listElements);
  }

  /**
   * The statement.
   *
   * @throws IllegalStateException if it has no WHERE clause, both IF EXISTS and conditions, a
   *     condition with USING TIMESTAMP, or a marker without a value
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

  private Sink render() {
    checkState(
        where != null,
        "DELETE FROM %s has no WHERE clause: add where(column, value) for the partition key"
            + " (CQL cannot delete every row; use TRUNCATE for that)",
        target);
    Clauses.checkOneKindOfCondition("DELETE FROM", target, ifExists, conditions);
    Clauses.checkNoTimestampIfConditional(
        "DELETE FROM", target, Clauses.conditionKind(ifExists, conditions), timestamp);
    int params =
        Clauses.count(timestamp) + Clauses.paramCount(where) + Clauses.paramCount(conditions);
    for (Chain<Selector> c = selection; c != null; c = c.tail) {
      params += c.head.paramCount();
    }
    Sink sink = Sink.forStatement(64 + target.length() + 8 * Chain.size(selection), params);
    render(sink);
    return sink;
  }

  private void render(Sink sink) {
    StringBuilder sb = sink.sb;
    sb.append("DELETE ");
    if (selection != null) {
      Selector[] selectors = Chain.toArray(selection, Selector[]::new);
      for (int i = 0; i < selectors.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        selectors[i].render(sink);
      }
      sb.append(' ');
    }
    sb.append("FROM ");
    target.appendTo(sb);
    Clauses.using(sink, null, timestamp);
    Clauses.where(sink, where);
    Clauses.conditions(sink, ifExists, conditions);
  }

  private Shape shape(Sink sink) {
    ConditionKind condition = Clauses.conditionKind(ifExists, conditions);
    return sink.shape(
        StatementKind.DELETE,
        target,
        condition,
        false,
        false,
        timestamp != null,
        !condition.isConditional() && !listElements && !sink.hasNonDeterministicCall());
  }

  /** The text so far, for debugging; {@link #build()} checks that the statement is complete. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(Sink.textOnly(sb));
    return sb.toString();
  }
}
