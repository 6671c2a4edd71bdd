package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;

final class CastSelector extends Selector {
  private final Selector selector;
  private final String type;

  CastSelector(Selector selector, String type) {
    this.selector = selector;
    this.type = type;
  }

  @Override
  Set<Operator> operators() {
    return EnumSet.noneOf(Operator.class);
  }

  @Override
  void render(Sink sink) {
    sink.sb.append("cast(");
    selector.render(sink);
    sink.sb.append(" AS ").append(type).append(')');
  }

  @Override
  int paramCount() {
    return selector.paramCount();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CastSelector
        && ((CastSelector) o).selector.equals(selector)
        && ((CastSelector) o).type.equals(type);
  }

  @Override
  public int hashCode() {
    return 31 * selector.hashCode() + type.hashCode();
  }
}
