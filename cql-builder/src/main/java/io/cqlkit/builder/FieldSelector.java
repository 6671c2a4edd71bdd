package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;

/** A field of a user-defined type value: {@code address.city}. */
final class FieldSelector extends Selector {
  /** The operators of an IF condition on a field (a field takes no WHERE relation). */
  private static final Set<Operator> OPERATORS =
      EnumSet.of(
          Operator.EQ,
          Operator.NE,
          Operator.LT,
          Operator.LTE,
          Operator.GT,
          Operator.GTE,
          Operator.IN);

  private final Selector base;
  private final String field;

  FieldSelector(Selector base, String field) {
    this.base = base;
    this.field = field;
  }

  @Override
  Set<Operator> operators() {
    return base.columnName() != null ? OPERATORS : EnumSet.noneOf(Operator.class);
  }

  @Override
  void render(Sink sink) {
    base.renderOperand(sink, Arithmetic.ATOM);
    sink.sb.append('.');
    CqlIdentifier.appendName(sink.sb, field);
  }

  @Override
  int paramCount() {
    return base.paramCount();
  }

  @Override
  boolean isColumnOrElement() {
    return base.columnName() != null;
  }

  @Override
  boolean isConditionOnly() {
    return true;
  }

  /** The column whose field this is, when it is a column's. */
  String fieldColumn() {
    return base.columnName();
  }

  String field() {
    return field;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldSelector
        && ((FieldSelector) o).base.equals(base)
        && ((FieldSelector) o).field.equals(field);
  }

  @Override
  public int hashCode() {
    return 31 * base.hashCode() + field.hashCode();
  }
}
