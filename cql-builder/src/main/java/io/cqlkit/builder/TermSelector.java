package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;

/**
 * A value selected as it is: a literal ({@code 'x'}, {@code 1}), a marker ({@code ?}), a
 * collection or tuple literal, a value with a type hint ({@code (int) ?}).
 */
final class TermSelector extends Selector {
  private final Term term;

  TermSelector(Term term) {
    this.term = term;
  }

  @Override
  int precedence() {
    return term.precedence();
  }

  @Override
  boolean isUntypedValue() {
    return !(term instanceof TypeHintTerm);
  }

  @Override
  Set<Operator> operators() {
    return EnumSet.noneOf(Operator.class);
  }

  @Override
  void render(Sink sink) {
    term.render(sink);
  }

  @Override
  int paramCount() {
    return term.paramCount();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermSelector && ((TermSelector) o).term.equals(term);
  }

  @Override
  public int hashCode() {
    return term.hashCode();
  }
}
