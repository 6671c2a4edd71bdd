package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.EnumSet;
import java.util.Set;

final class AliasedSelector extends Selector {
  private final Selector selector;
  private final String alias;

  AliasedSelector(Selector selector, String alias) {
    this.selector = selector;
    this.alias = alias;
  }

  @Override
  Set<Operator> operators() {
    return EnumSet.noneOf(Operator.class);
  }

  @Override
  void render(Sink sink) {
    selector.render(sink);
    sink.sb.append(" AS ");
    CqlIdentifier.appendName(sink.sb, alias);
  }

  @Override
  int paramCount() {
    return selector.paramCount();
  }

  @Override
  boolean isUntypedValue() {
    return selector.isUntypedValue();
  }

  @Override
  boolean isSelectable() {
    return selector.isSelectable();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AliasedSelector
        && ((AliasedSelector) o).selector.equals(selector)
        && ((AliasedSelector) o).alias.equals(alias);
  }

  @Override
  public int hashCode() {
    return 31 * selector.hashCode() + alias.hashCode();
  }
}
