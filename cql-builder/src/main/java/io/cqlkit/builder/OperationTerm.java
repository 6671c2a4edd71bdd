package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.Objects;
import javax.annotation.CheckForNull;

/**
 * Arithmetic on terms: {@code ? + ?}, {@code ? * ?}, {@code -?}, with parentheses only where the
 * grammar's precedence needs them ({@code (? + ?) * ?}).
 */
final class OperationTerm extends Term {
  private final Arithmetic operator;
  /** Null for a negation. */
  @CheckForNull private final Term left;
  private final Term right;

  OperationTerm(Arithmetic operator, @CheckForNull Term left, Term right) {
    this.operator = operator;
    this.left = left;
    this.right = right;
  }

  @Override
  int precedence() {
    return operator.precedence;
  }

  @Override
  void render(Sink sink) {
    if (left == null) {
      sink.sb.append('-');
      renderOperand(sink, right, Arithmetic.ATOM);
      return;
    }
    renderOperand(sink, left, operator.precedence);
    sink.sb.append(' ').append(operator.symbol).append(' ');
    renderOperand(sink, right, operator.precedence + 1);
  }

  private static void renderOperand(Sink sink, Term operand, int atLeast) {
    if (operand.precedence() < atLeast) {
      sink.sb.append('(');
      operand.render(sink);
      sink.sb.append(')');
    } else {
      operand.render(sink);
    }
  }

  @Override
  int paramCount() {
    return (left == null ? 0 : left.paramCount()) + right.paramCount();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OperationTerm
        && ((OperationTerm) o).operator == operator
        && Objects.equals(((OperationTerm) o).left, left)
        && ((OperationTerm) o).right.equals(right);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, left, right);
  }
}
