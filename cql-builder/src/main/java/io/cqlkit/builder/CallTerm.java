package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.Arrays;

final class CallTerm extends Term {
  private final String function;
  private final Term[] arguments;
  /** False for now(), uuid()...: the server computes a different value on each call. */
  private final boolean deterministic;

  CallTerm(String function, Term[] arguments) {
    this.function = function;
    this.arguments = arguments;
    this.deterministic = !NON_DETERMINISTIC.contains(function);
  }

  @Override
  void render(Sink sink) {
    if (!deterministic) {
      sink.nonDeterministicCall();
    }
    sink.sb.append(function).append('(');
    renderAll(sink, arguments);
    sink.sb.append(')');
  }

  @Override
  int paramCount() {
    return paramCount(arguments);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CallTerm
        && ((CallTerm) o).function.equals(function)
        && Arrays.equals(((CallTerm) o).arguments, arguments);
  }

  @Override
  public int hashCode() {
    return 31 * function.hashCode() + Arrays.hashCode(arguments);
  }
}
