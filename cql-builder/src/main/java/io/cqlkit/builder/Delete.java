package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Part;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.internal.Sink;
import io.cqlkit.builder.internal.Target;
import java.time.Duration;
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
  /**
   * What to delete (COLUMNS and SELECTOR parts; none deletes whole rows), the WHERE relations and
   * the IF conditions, newest first.
   */
  @CheckForNull private final Part parts;

  private final boolean ifExists;
  @CheckForNull private final Term timestamp;
  /** {@code USING TIMEOUT} (ScyllaDB), or null. */
  @CheckForNull private final Term timeout;
  /** True once a list element is deleted by index: deleting it again deletes the next one. */
  private final boolean listElements;

  private Delete(
      Target target,
      @CheckForNull Part parts,
      boolean ifExists,
      @CheckForNull Term timestamp,
      @CheckForNull Term timeout,
      boolean listElements) {
    this.target = target;
    this.timeout = timeout;
    this.parts = parts;
    this.ifExists = ifExists;
    this.timestamp = timestamp;
    this.listElements = listElements;
  }

  static Delete from(Target target) {
    return new Delete(target, null, false, null, null, false);
  }

  /** Deletes these columns only, instead of the whole row. */
  public Delete columns(String... columns) {
    checkArgument(
        columns != null && columns.length > 0,
        "columns(...) needs at least one column name; to delete whole rows, call no columns(...)");
    for (String column : columns) {
      CqlIdentifier.checkName(column, "column");
    }
    return withPart(Part.names(parts, Part.COLUMNS, columns.clone()));
  }

  /** Deletes one map entry, {@code m[?]}, by key. */
  public Delete element(String column, Object key) {
    return withPart(Part.item(parts, Part.SELECTOR, Selector.element(column, key)));
  }

  /** Deletes one field of a user-defined type column, {@code address.city} (a non-frozen UDT). */
  public Delete field(String column, String field) {
    return withPart(Part.item(parts, Part.SELECTOR, Selector.field(column, field)));
  }

  /**
   * Deletes one list element, {@code l[?]}, by index. Not idempotent: a retry would delete the
   * element that moved into that index.
   */
  public Delete listElement(String column, int index) {
    checkArgument(index >= 0, "a list index is 0 or more, not %s", index);
    return new Delete(
        target,
        Part.item(parts, Part.SELECTOR, Selector.element(column, index)),
        ifExists,
        timestamp,
        timeout,
        true);
  }

  /** {@code WHERE column = value} (further relations are joined with AND). */
  public Delete where(String column, Object value) {
    return withPart(Clauses.whereEq(parts, column, value));
  }

  /** A WHERE relation, such as a clustering range {@code gte("ck", from)}; joined with AND. */
  public Delete where(Relation relation) {
    return withPart(Clauses.where(parts, relation));
  }

  /** {@code IF EXISTS}: delete only if the row exists (a lightweight transaction). */
  public Delete ifExists() {
    return new Delete(target, parts, true, timestamp, timeout, listElements);
  }

  /** An IF condition such as {@code eq("v", old)}; conditions are joined with AND. */
  public Delete onlyIf(Relation condition) {
    Relation checked = Clauses.checkNotNull(condition, "a condition").checkCondition();
    return withPart(checked.asPart(parts, Part.IF));
  }

  /** {@code USING TIMESTAMP ?}: deletes only what was written before this time (microseconds). */
  public Delete usingTimestamp(long micros) {
    // a long: nothing to check
    return new Delete(target, parts, ifExists, Term.of(micros), timeout, listElements);
  }

  /** {@code USING TIMESTAMP ?} with a marker or other term. */
  public Delete usingTimestamp(Term micros) {
    return new Delete(
        target, parts, ifExists, TermChecks.intValue(micros, "the timestamp"), timeout, listElements);
  }

  /**
   * {@code USING TIMEOUT 500ms}: a per-query server-side timeout, written as a duration literal.
   * ScyllaDB only.
   */
  public Delete usingTimeout(Duration timeout) {
    return new Delete(target, parts, ifExists, timestamp, TermChecks.timeout(timeout), listElements);
  }

  /** {@code USING TIMEOUT ?} with a marker (bound as a CQL duration). ScyllaDB only. */
  public Delete usingTimeout(Term timeout) {
    return new Delete(
        target, parts, ifExists, timestamp, TermChecks.timeoutMarker(timeout), listElements);
  }

  /**
   * The statement.
   *
   * @throws IllegalStateException if it has no WHERE clause, both IF EXISTS and conditions, a
   *     condition with USING TIMESTAMP, or a marker without a value
   */
  public CqlStatement build() {
    CqlStatement cached = Clauses.cached(target, parts, shapeOptions(), null, null, timestamp);
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

  private Delete withPart(Part part) {
    return new Delete(target, part, ifExists, timestamp, timeout, listElements);
  }

  /**
   * What the text depends on besides the table and the parts, or -1 when the timestamp is not a
   * plain value (then the text depends on more and is not cached).
   */
  private int shapeOptions() {
    if ((timestamp != null && !timestamp.isPlain()) || timeout != null) {
      return -1;
    }
    return StatementKind.DELETE.ordinal() << 16 | (ifExists ? 1 : 0) | (timestamp != null ? 4 : 0);
  }



  private Sink render() {
    Relation[] where = Clauses.relations(parts, Part.WHERE);
    Relation[] conditions = Clauses.relations(parts, Part.IF);
    Selector[] selection = Clauses.selectors(parts);
    checkState(
        where.length > 0,
        "DELETE FROM %s has no WHERE clause: add where(column, value) for the partition key"
            + " (CQL cannot delete every row; use TRUNCATE for that)",
        target);
    Clauses.checkOneKindOfCondition("DELETE FROM", target, ifExists, conditions);
    Clauses.checkNoTimestampIfConditional(
        "DELETE FROM", target, Clauses.conditionKind(ifExists, conditions), timestamp);
    int params =
        Clauses.count(timestamp) + Clauses.count(timeout) + Clauses.paramCount(where)
            + Clauses.paramCount(conditions);
    for (Selector selector : selection) {
      params += selector.paramCount();
    }
    Sink sink = Sink.forStatement(64 + target.length() + 8 * selection.length, params);
    render(sink, selection, where, conditions);
    return sink;
  }

  private void render(Sink sink, Selector[] selectors, Relation[] where, Relation[] conditions) {
    StringBuilder sb = sink.sb;
    sb.append("DELETE ");
    if (selectors.length > 0) {
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
    Clauses.using(sink, null, timestamp, timeout);
    Clauses.where(sink, where);
    Clauses.conditions(sink, ifExists, conditions);
  }

  private Shape shape(Sink sink) {
    ConditionKind condition = Clauses.conditionKind(ifExists, Clauses.relations(parts, Part.IF));
    return sink.shape(
        StatementKind.DELETE,
        target,
        condition,
        false,
        false,
        timestamp != null,
        !condition.isConditional() && !listElements && !sink.hasNonDeterministicCall(),
        timeout == null ? null : timeout.toString());
  }

  /** The text so far, for debugging; {@link #build()} checks that the statement is complete. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(
        Sink.textOnly(sb),
        Clauses.selectors(parts),
        Clauses.relations(parts, Part.WHERE),
        Clauses.relations(parts, Part.IF));
    return sb.toString();
  }
}
