package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;

final class ElementSelector extends Selector {
  private static final Set<Operator> OPERATORS =
      EnumSet.of(
          Operator.EQ,
          Operator.NE,
          Operator.LT,
          Operator.LTE,
          Operator.GT,
          Operator.GTE,
          Operator.IN);
  private final String column;
  private final Term key;

  ElementSelector(String column, Term key) {
    this.column = column;
    this.key = key;
  }

  @Override
  Set<Operator> operators() {
    return OPERATORS;
  }

  @Override
  void render(Sink sink) {
    CqlIdentifier.appendName(sink.sb, column);
    sink.sb.append('[');
    key.render(sink);
    sink.sb.append(']');
  }

  @Override
  boolean isElement() {
    return true;
  }

  @Override
  boolean hasNullKey() {
    return key.isPlain() && key.plainValue() == null;
  }

  @Override
  int paramCount() {
    return key.paramCount();
  }

  @Override
  boolean isColumnOrElement() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElementSelector
        && ((ElementSelector) o).column.equals(column)
        && ((ElementSelector) o).key.equals(key);
  }

  @Override
  public int hashCode() {
    return 31 * column.hashCode() + key.hashCode();
  }
}
