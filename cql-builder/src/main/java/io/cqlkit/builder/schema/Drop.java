package io.cqlkit.builder.schema;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlStatement;
import javax.annotation.CheckForNull;

/**
 * {@code DROP KEYSPACE | TABLE | INDEX | MATERIALIZED VIEW | TYPE [IF EXISTS] name}.
 *
 * <pre>{@code
 * dropTable("ks", "events").ifExists().build().cql();   // DROP TABLE IF EXISTS ks.events
 * }</pre>
 */
@CheckReturnValue
public final class Drop implements SchemaStatementBuilder {

  /** What a DROP statement removes. */
  enum Target {
    KEYSPACE("KEYSPACE"),
    TABLE("TABLE"),
    INDEX("INDEX"),
    MATERIALIZED_VIEW("MATERIALIZED VIEW"),
    TYPE("TYPE"),
    FUNCTION("FUNCTION"),
    AGGREGATE("AGGREGATE");

    final String keyword;

    Target(String keyword) {
      this.keyword = keyword;
    }
  }

  private final Target target;
  @CheckForNull private final String keyspace;
  @CheckForNull private final String table;
  private final String name;
  private final boolean ifExists;

  private Drop(
      Target target,
      @CheckForNull String keyspace,
      @CheckForNull String table,
      String name,
      boolean ifExists) {
    this.target = target;
    this.keyspace = keyspace;
    this.table = table;
    this.name = name;
    this.ifExists = ifExists;
  }

  /** A DROP of {@code name} (already rendered), recording {@code keyspace} and {@code table}. */
  static Drop of(
      Target target, @CheckForNull String keyspace, @CheckForNull String table, String name) {
    return new Drop(target, keyspace, table, name, false);
  }

  /** Adds {@code IF EXISTS}: no error when there is nothing to drop. */
  public Drop ifExists() {
    return new Drop(target, keyspace, table, name, true);
  }

  @Override
  public CqlStatement build() {
    StringBuilder sb = new StringBuilder("DROP ").append(target.keyword).append(' ');
    if (ifExists) {
      sb.append("IF EXISTS ");
    }
    sb.append(name);
    return Statements.ddl(sb, keyspace, table);
  }

  /** The CQL. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
