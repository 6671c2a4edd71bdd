package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.Arrays;

final class TupleTerm extends Term {
  private final Term[] elements;

  TupleTerm(Term[] elements) {
    this.elements = elements;
  }

  @Override
  void render(Sink sink) {
    sink.sb.append('(');
    renderAll(sink, elements);
    sink.sb.append(')');
  }

  @Override
  int paramCount() {
    return paramCount(elements);
  }

  @Override
  boolean isTuple() {
    return true;
  }

  @Override
  boolean isTupleOfMarkersOrOfTuples() {
    boolean markers = true;
    boolean tuples = true;
    for (Term element : elements) {
      markers &= element.isSingleMarker();
      tuples &= element.isTuple();
    }
    return markers || tuples;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TupleTerm && Arrays.equals(((TupleTerm) o).elements, elements);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(elements);
  }
}
