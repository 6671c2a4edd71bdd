package io.cqlkit.builder.schema;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;

/**
 * {@code TRUNCATE TABLE ks.t}: removes every row of a table on all nodes. Its statement kind is
 * {@link StatementKind#TRUNCATE}, not DDL.
 */
@CheckReturnValue
public final class Truncate implements SchemaStatementBuilder {
  private final QualifiedName table;

  private Truncate(QualifiedName table) {
    this.table = table;
  }

  static Truncate of(QualifiedName table) {
    return new Truncate(table);
  }

  @Override
  public CqlStatement build() {
    StringBuilder sb = new StringBuilder("TRUNCATE TABLE ");
    table.appendTo(sb);
    return CqlStatement.schema(
        StatementKind.TRUNCATE, sb.toString(), table.keyspaceName(), table.name());
  }

  /** The CQL. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
