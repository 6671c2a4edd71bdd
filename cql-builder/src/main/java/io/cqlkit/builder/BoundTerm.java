package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.Arrays;
import java.util.Objects;
import javax.annotation.CheckForNull;

/** A plain value, rendered {@code ?}. */
final class BoundTerm extends Term {
  @CheckForNull private final Object value;

  BoundTerm(@CheckForNull Object value) {
    this.value = value;
  }

  @Override
  void render(Sink sink) {
    sink.value(value);
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
  boolean isPlain() {
    return true;
  }

  @Override
  @CheckForNull
  Object plainValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BoundTerm && Objects.deepEquals(((BoundTerm) o).value, value);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(new Object[] {value});
  }
}
