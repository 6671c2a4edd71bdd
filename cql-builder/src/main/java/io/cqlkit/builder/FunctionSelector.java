package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

final class FunctionSelector extends Selector {
  private final String name;
  private final Selector[] arguments;

  FunctionSelector(String name, Selector[] arguments) {
    this.name = name;
    this.arguments = arguments;
  }

  @Override
  Set<Operator> operators() {
    return EnumSet.noneOf(Operator.class);
  }

  @Override
  void render(Sink sink) {
    sink.sb.append(name).append('(');
    for (int i = 0; i < arguments.length; i++) {
      if (i > 0) {
        sink.sb.append(", ");
      }
      arguments[i].render(sink);
    }
    sink.sb.append(')');
  }

  @Override
  int paramCount() {
    int count = 0;
    for (Selector argument : arguments) {
      count += argument.paramCount();
    }
    return count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunctionSelector
        && ((FunctionSelector) o).name.equals(name)
        && Arrays.equals(((FunctionSelector) o).arguments, arguments);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(arguments);
  }
}
