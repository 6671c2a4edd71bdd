package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * An element or a slice of a collection in a SELECT: {@code m[?][?]} (an element of any
 * selector), {@code s[? .. ?]}, {@code s[? ..]}, {@code s[.. ?]}.
 */
final class SubSelector extends Selector {
  private final Selector base;
  @CheckForNull private final Term from;
  @CheckForNull private final Term to;
  private final boolean slice;

  SubSelector(Selector base, @CheckForNull Term from, @CheckForNull Term to, boolean slice) {
    this.base = base;
    this.from = from;
    this.to = to;
    this.slice = slice;
  }

  @Override
  Set<Operator> operators() {
    return EnumSet.noneOf(Operator.class);
  }

  @Override
  void render(Sink sink) {
    base.renderOperand(sink, Arithmetic.ATOM);
    StringBuilder sb = sink.sb;
    sb.append('[');
    if (from != null) {
      from.render(sink);
    }
    if (slice) {
      sb.append(from == null ? ".. " : to == null ? " .." : " .. ");
      if (to != null) {
        to.render(sink);
      }
    }
    sb.append(']');
  }

  @Override
  int paramCount() {
    return base.paramCount()
        + (from == null ? 0 : from.paramCount())
        + (to == null ? 0 : to.paramCount());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubSelector
        && ((SubSelector) o).base.equals(base)
        && Objects.equals(((SubSelector) o).from, from)
        && Objects.equals(((SubSelector) o).to, to)
        && ((SubSelector) o).slice == slice;
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, from, to, slice);
  }
}
