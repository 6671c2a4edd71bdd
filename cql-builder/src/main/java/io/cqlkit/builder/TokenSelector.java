package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

final class TokenSelector extends Selector {
  private static final Set<Operator> OPERATORS =
      EnumSet.of(Operator.EQ, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE);
  private final String[] columns;

  TokenSelector(String[] columns) {
    this.columns = columns;
  }

  @Override
  Set<Operator> operators() {
    return OPERATORS;
  }

  @Override
  void render(Sink sink) {
    sink.sb.append("token(");
    ColumnNames.render(sink, columns);
    sink.sb.append(')');
  }

  @Override
  int paramCount() {
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenSelector && Arrays.equals(((TokenSelector) o).columns, columns);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(columns);
  }
}
