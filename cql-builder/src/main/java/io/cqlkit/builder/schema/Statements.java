package io.cqlkit.builder.schema;

import io.cqlkit.builder.CqlSnippet;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import java.util.List;
import javax.annotation.CheckForNull;

/** The few rendering steps every schema builder shares. */
final class Statements {
  private Statements() {}

  /** A DDL statement changing {@code keyspace} and, when not null, {@code table}. */
  static CqlStatement ddl(
      StringBuilder cql, @CheckForNull String keyspace, @CheckForNull String table) {
    return CqlStatement.schema(StatementKind.DDL, cql.toString(), keyspace, table);
  }

  /** Appends {@code WITH a AND b ...} when there is anything to append. */
  static void appendWith(StringBuilder sb, List<? extends CqlSnippet> properties) {
    if (!properties.isEmpty()) {
      CqlSnippet.join(sb, properties, " WITH ", " AND ", "");
    }
  }

  /** The builder's CQL, or why it cannot build yet: for toString, which must never throw. */
  static String describe(SchemaStatementBuilder builder) {
    try {
      return builder.build().cql();
    } catch (RuntimeException e) {
      return builder.getClass().getSimpleName() + " (incomplete: " + e.getMessage() + ")";
    }
  }
}
