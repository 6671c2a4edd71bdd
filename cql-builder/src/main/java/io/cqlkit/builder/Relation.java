package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Part;
import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * A restriction {@code left operator right}: a WHERE relation ({@code pk = ?}, {@code ck IN ?},
 * {@code token(pk) > ?}, {@code (ck1, ck2) > (?, ?)}) or an IF condition ({@code v = ?},
 * {@code m[?] = ?}, {@code w IN ?}). CQL writes both the same way, so one type serves both; each
 * builder step checks that a relation is valid where it is used.
 *
 * <pre>{@code
 * import static io.cqlkit.builder.Relation.*;
 * selectFrom("ks", "t").where(eq("pk", pk)).where(gte("ck", from)).where(lt("ck", to))
 * }</pre>
 *
 * <p>Plain values are bound ({@code ?}); pass a {@link Term} for a marker or a literal. Relations
 * on {@code token(...)}, tuples of columns and collection elements start from a {@link Selector}.
 */
@CheckReturnValue
public final class Relation implements CqlSnippet {
  private static final Set<Operator> WHERE_OPERATORS = EnumSet.complementOf(EnumSet.of(Operator.NE));
  private static final Set<Operator> CONDITION_OPERATORS =
      EnumSet.complementOf(EnumSet.of(Operator.LIKE));

  private final Selector left;
  private final Operator operator;
  private final Term right;

  Relation(Selector left, Operator operator, Term right) {
    this.left = left;
    this.operator = operator;
    this.right = right;
  }

  /**
   * {@code expr(index_name, ?)}: a custom index expression, for an index whose class takes
   * expressions (a custom {@code CREATE CUSTOM INDEX ... USING 'class'}); the value is bound.
   */
  public static Relation expr(String index, Object value) {
    return new Relation(
        new IndexExpressionSelector(CqlIdentifier.checkName(index, "index")),
        Operator.EXPR,
        Term.of(value));
  }

  /** {@code column = value}. */
  public static Relation eq(String column, Object value) {
    return Selector.column(column).eq(value);
  }

  /** {@code column != value}: an IF condition only (CQL has no {@code !=} in WHERE). */
  public static Relation ne(String column, Object value) {
    return Selector.column(column).ne(value);
  }

  /** {@code column < value}. */
  public static Relation lt(String column, Object value) {
    return Selector.column(column).lt(value);
  }

  /** {@code column <= value}. */
  public static Relation lte(String column, Object value) {
    return Selector.column(column).lte(value);
  }

  /** {@code column > value}. */
  public static Relation gt(String column, Object value) {
    return Selector.column(column).gt(value);
  }

  /** {@code column >= value}. */
  public static Relation gte(String column, Object value) {
    return Selector.column(column).gte(value);
  }

  /**
   * {@code column IN ?}: the values are ONE param (a List or Set), so the text is the same for any
   * number of values; pass {@link Term#tuple} for {@code IN (?, ?)}.
   */
  public static Relation in(String column, Object values) {
    return Selector.column(column).in(values);
  }

  /** {@code column CONTAINS value}: a collection holding the value. */
  public static Relation contains(String column, Object value) {
    return Selector.column(column).contains(value);
  }

  /** {@code column CONTAINS KEY key}: a map holding the key. */
  public static Relation containsKey(String column, Object key) {
    return Selector.column(column).containsKey(key);
  }

  /** {@code column LIKE pattern}: needs an SAI or SASI index on the column. */
  public static Relation like(String column, Object pattern) {
    return Selector.column(column).like(pattern);
  }

  /** The column on the left, when it is a plain column; otherwise null. */
  @CheckForNull
  String column() {
    return left.columnName();
  }

  Operator operator() {
    return operator;
  }

  /** True if the right side is one value or marker ({@code ?}), not a tuple or a call. */
  boolean hasOneValueRight() {
    return right.isSingleMarker();
  }

  /** Checks that this relation may stand in a WHERE clause. */
  Relation checkWhere() {
    String column = left.columnName();
    if (column != null
        && right.isPlain()
        && (right.plainValue() == null || right.plainValue() == Unset.UNSET)
        && MissingValues.isRefusedInWhere(column, operator, right.plainValue())) {
      throw new IllegalArgumentException(
          MissingValues.inWhere(column, operator, right.plainValue()));
    }
    checkArgument(
        WHERE_OPERATORS.contains(operator),
        "%s is not a WHERE relation: CQL takes %s only in IF conditions (use onlyIf(...))",
        this,
        operator.cql);
    checkArgument(
        !left.isConditionOnly(),
        "%s is not a WHERE relation: CQL takes a user-defined type's field only in IF conditions"
            + " (use onlyIf(...))",
        this);
    checkArgument(
        operator != Operator.IN || !left.isElement(),
        "%s is not a WHERE relation: CQL takes IN on a collection element only in IF conditions"
            + " (use onlyIf(...))",
        this);
    return this;
  }

  /** Checks that this relation may stand in an IF clause. */
  Relation checkCondition() {
    checkArgument(
        left.isColumnOrElement() && CONDITION_OPERATORS.contains(operator),
        "%s is not an IF condition: a condition is column, m[key] or udt.field with =, !=, <,"
            + " <=, >, >=, IN, CONTAINS or CONTAINS KEY",
        this);
    if (right.isPlain()) {
      Object value = right.plainValue();
      if ((value == null || value == Unset.UNSET)
          && MissingValues.isRefusedInCondition(operator, value)) {
        throw new IllegalArgumentException(MissingValues.inCondition(toString(), operator, value));
      }
    }
    checkArgument(
        !left.hasNullKey(),
        "IF %s gets a null map key, which the server refuses there (it says: Invalid null value"
            + " for map element access); pass a key",
        this);
    return this;
  }

  /**
   * This relation as a part of a builder's WHERE or IF clause: a plain part ({@code column op ?})
   * when it is a column with a plain value, so the statement's shape stays cacheable.
   */
  Part asPart(@CheckForNull Part parts, int clause) {
    String column = left.columnName();
    return column != null && right.isPlain()
        ? Part.plain(parts, clause, operator.ordinal(), column, right.plainValue())
        : Part.item(parts, clause, this);
  }

  /** Renders this relation, noting an equality binding or an IN restriction on the way. */
  void render(Sink sink) {
    left.render(sink);
    sink.sb.append(operator.spaced);
    int index = sink.size();
    right.render(sink);
    if (operator == Operator.EXPR) {
      sink.sb.append(')');
    }
    String column = left.columnName();
    if (operator == Operator.EQ && column != null) {
      right.noteBinding(sink, column, index);
    } else if (operator == Operator.IN) {
      for (String restricted : left.restrictedColumns()) {
        sink.inColumn(restricted);
      }
    }
  }

  int paramCount() {
    return left.paramCount() + right.paramCount();
  }

  @Override
  public void appendTo(StringBuilder sb) {
    render(Sink.textOnly(sb));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Relation)) {
      return false;
    }
    Relation that = (Relation) o;
    return left.equals(that.left) && operator == that.operator && right.equals(that.right);
  }

  @Override
  public int hashCode() {
    return (31 * left.hashCode() + operator.hashCode()) * 31 + right.hashCode();
  }

  /** The relation as it appears in CQL text. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    appendTo(sb);
    return sb.toString();
  }
}
