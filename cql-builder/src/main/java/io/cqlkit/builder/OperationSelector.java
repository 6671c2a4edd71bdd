package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * Arithmetic on selectors: {@code a + b}, {@code a * ?}, {@code -a}, with parentheses only where
 * the grammar's precedence needs them ({@code (a + b) * c}).
 */
final class OperationSelector extends Selector {
  private final Arithmetic operator;
  /** Null for a negation. */
  @CheckForNull private final Selector left;
  private final Selector right;

  OperationSelector(Arithmetic operator, @CheckForNull Selector left, Selector right) {
    this.operator = operator;
    this.left = left;
    this.right = right;
  }

  @Override
  int precedence() {
    return operator.precedence;
  }

  @Override
  Set<Operator> operators() {
    return EnumSet.noneOf(Operator.class);
  }

  @Override
  void render(Sink sink) {
    if (left == null) {
      sink.sb.append('-');
      right.renderOperand(sink, Arithmetic.ATOM);
      return;
    }
    left.renderOperand(sink, operator.precedence);
    sink.sb.append(' ').append(operator.symbol).append(' ');
    right.renderOperand(sink, operator.precedence + 1);
  }

  @Override
  int paramCount() {
    return (left == null ? 0 : left.paramCount()) + right.paramCount();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OperationSelector
        && ((OperationSelector) o).operator == operator
        && Objects.equals(((OperationSelector) o).left, left)
        && ((OperationSelector) o).right.equals(right);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, left, right);
  }
}
