package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;

/** The {@code *} of {@code count(*)}. */
final class StarSelector extends Selector {
  static final StarSelector INSTANCE = new StarSelector();

  @Override
  Set<Operator> operators() {
    return EnumSet.noneOf(Operator.class);
  }

  @Override
  void render(Sink sink) {
    sink.sb.append('*');
  }

  @Override
  int paramCount() {
    return 0;
  }
}
