package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;

final class MarkerTerm extends Term {
  @Override
  void render(Sink sink) {
    sink.marker();
  }

  @Override
  int paramCount() {
    return 1;
  }

  @Override
  boolean isSingleMarker() {
    return true;
  }
}
