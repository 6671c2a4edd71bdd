package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;

final class ColumnSelector extends Selector {
  private static final Set<Operator> OPERATORS = EnumSet.allOf(Operator.class);
  private final String name;

  ColumnSelector(String name) {
    this.name = name;
  }

  @Override
  Set<Operator> operators() {
    return OPERATORS;
  }

  @Override
  void render(Sink sink) {
    CqlIdentifier.appendName(sink.sb, name);
  }

  @Override
  int paramCount() {
    return 0;
  }

  @Override
  String columnName() {
    return name;
  }

  @Override
  String[] restrictedColumns() {
    return new String[] {name};
  }

  @Override
  boolean isColumnOrElement() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnSelector && ((ColumnSelector) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }
}
