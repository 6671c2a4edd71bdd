package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

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

  /** {@code left operator right}, its operands checked. */
  static Selector of(Arithmetic operator, Selector left, Selector right) {
    checkOperand(left, operator);
    checkOperand(right, operator);
    return new OperationSelector(operator, left, right);
  }

  /** Checks that {@code operand} may stand in an operation: not null, selectable, no alias. */
  static void checkOperand(Selector operand, Arithmetic operator) {
    checkArgument(
        operand != null,
        "an operand of %s must not be null: pass a selector, e.g. column(\"a\") or"
            + " term(Term.literal(1))",
        operator.symbol);
    checkArgument(
        operand.isSelectable() && !(operand instanceof AliasedSelector),
        "%s cannot be an operand of %s: give the alias to the whole expression",
        operand,
        operator.symbol);
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
