package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;

/**
 * A term with a type hint: {@code (int) ?}, {@code (map<text, int>) ?}. Not a single marker where
 * the grammar wants a bare one ({@code IN ?}, a tuple of markers, {@code JSON ?}).
 */
final class TypeHintTerm extends Term {
  private final String type;
  private final Term term;

  TypeHintTerm(String type, Term term) {
    this.type = type;
    this.term = term;
  }

  @Override
  void render(Sink sink) {
    sink.sb.append('(').append(type).append(") ");
    if (term.precedence() < Arithmetic.ATOM) {
      sink.sb.append('(');
      term.render(sink);
      sink.sb.append(')');
    } else {
      term.render(sink);
    }
  }

  @Override
  int paramCount() {
    return term.paramCount();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TypeHintTerm
        && ((TypeHintTerm) o).type.equals(type)
        && ((TypeHintTerm) o).term.equals(term);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + term.hashCode();
  }
}
