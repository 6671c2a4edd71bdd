package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;

final class NamedMarkerTerm extends Term {
  private final String name;

  NamedMarkerTerm(String name) {
    this.name = name;
  }

  @Override
  void render(Sink sink) {
    sink.namedMarker(name);
  }

  @Override
  int paramCount() {
    return 1;
  }

  @Override
  boolean isSingleMarker() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NamedMarkerTerm && ((NamedMarkerTerm) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }
}
