package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;

/** The left side of a custom index expression, {@code expr(index_name, ?)}: {@code expr(index_name}. */
final class IndexExpressionSelector extends Selector {
  private final String index;

  IndexExpressionSelector(String index) {
    this.index = index;
  }

  @Override
  Set<Operator> operators() {
    return EnumSet.of(Operator.EXPR);
  }

  @Override
  void render(Sink sink) {
    sink.sb.append("expr(");
    CqlIdentifier.appendName(sink.sb, index);
  }

  @Override
  int paramCount() {
    return 0;
  }

  @Override
  boolean isSelectable() {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexExpressionSelector && ((IndexExpressionSelector) o).index.equals(index);
  }

  @Override
  public int hashCode() {
    return index.hashCode();
  }
}
