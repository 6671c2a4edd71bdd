package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import javax.annotation.CheckForNull;

final class LiteralTerm extends Term {
  @CheckForNull private final Object value;
  private final String cql;

  LiteralTerm(@CheckForNull Object value, String cql) {
    this.value = value;
    this.cql = cql;
  }

  @Override
  void render(Sink sink) {
    sink.sb.append(cql);
  }

  @Override
  int paramCount() {
    return 0;
  }

  @Override
  boolean isLiteral() {
    return true;
  }

  @Override
  @CheckForNull
  Object literalValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LiteralTerm && ((LiteralTerm) o).cql.equals(cql);
  }

  @Override
  public int hashCode() {
    return cql.hashCode();
  }
}
