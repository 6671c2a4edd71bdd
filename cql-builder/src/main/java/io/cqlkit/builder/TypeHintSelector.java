package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;

/** A selector with a type hint: {@code (bigint) a}. */
final class TypeHintSelector extends Selector {
  private final String type;
  private final Selector selector;

  TypeHintSelector(String type, Selector selector) {
    this.type = type;
    this.selector = selector;
  }

  @Override
  Set<Operator> operators() {
    return EnumSet.noneOf(Operator.class);
  }

  @Override
  void render(Sink sink) {
    sink.sb.append('(').append(type).append(") ");
    selector.renderOperand(sink, Arithmetic.NEGATE.precedence);
  }

  @Override
  int precedence() {
    return Arithmetic.NEGATE.precedence;
  }

  @Override
  int paramCount() {
    return selector.paramCount();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TypeHintSelector
        && ((TypeHintSelector) o).type.equals(type)
        && ((TypeHintSelector) o).selector.equals(selector);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + selector.hashCode();
  }
}
