package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;

import io.cqlkit.builder.CqlIdentifier;
import javax.annotation.CheckForNull;

/**
 * The entry point of the schema builders: static-import it and write DDL as it reads in CQL.
 *
 * <pre>{@code
 * import static io.cqlkit.builder.schema.ClusteringOrder.DESC;
 * import static io.cqlkit.builder.schema.DataType.*;
 * import static io.cqlkit.builder.schema.Schema.*;
 *
 * createKeyspace("ks").ifNotExists().withReplication(Replication.simpleStrategy(1)).build();
 * createTable("ks", "events").ifNotExists()
 *     .withPartitionKey("user_id", UUID).withClusteringColumn("ts", TIMESTAMP)
 *     .withColumn("event_type", TEXT).withClusteringOrder("ts", DESC)
 *     .build();
 * }</pre>
 *
 * <p>Forms without a keyspace use the session's keyspace. Names are exact (case-sensitive) and
 * quoted only when needed. A name to create must suit Cassandra: letters, digits and underscores,
 * at most 48 characters for a keyspace and 222 for a table or view.
 */
public final class Schema {
  private Schema() {}

  /** {@code CREATE KEYSPACE ks}; set its replication before building. */
  public static CreateKeyspace createKeyspace(String keyspace) {
    return CreateKeyspace.of(keyspace);
  }

  /** {@code ALTER KEYSPACE ks WITH ...}. */
  public static AlterKeyspace alterKeyspace(String keyspace) {
    return AlterKeyspace.of(keyspace);
  }

  /** {@code DROP KEYSPACE ks}. */
  public static Drop dropKeyspace(String keyspace) {
    CqlIdentifier id = Names.of(keyspace, "keyspace");
    return Drop.of(Drop.Target.KEYSPACE, id.name(), null, id.asCql());
  }

  /** {@code CREATE TABLE t} in the session's keyspace. */
  public static CreateTable createTable(String table) {
    return CreateTable.of(QualifiedName.of(null, Names.newTable(table, "table")));
  }

  /** {@code CREATE TABLE ks.t}. */
  public static CreateTable createTable(String keyspace, String table) {
    return CreateTable.of(
        QualifiedName.of(Names.of(keyspace, "keyspace"), Names.newTable(table, "table")));
  }

  /** {@code ALTER TABLE t} in the session's keyspace. */
  public static AlterTable alterTable(String table) {
    return AlterTable.of(existing(null, table, "table"));
  }

  /** {@code ALTER TABLE ks.t}. */
  public static AlterTable alterTable(String keyspace, String table) {
    return AlterTable.of(existing(keyspace(keyspace), table, "table"));
  }

  /** {@code DROP TABLE t} in the session's keyspace. */
  public static Drop dropTable(String table) {
    return drop(Drop.Target.TABLE, existing(null, table, "table"));
  }

  /** {@code DROP TABLE ks.t}. */
  public static Drop dropTable(String keyspace, String table) {
    return drop(Drop.Target.TABLE, existing(keyspace(keyspace), table, "table"));
  }

  /** {@code TRUNCATE TABLE t} in the session's keyspace. */
  public static Truncate truncate(String table) {
    return Truncate.of(existing(null, table, "table"));
  }

  /** {@code TRUNCATE TABLE ks.t}. */
  public static Truncate truncate(String keyspace, String table) {
    return Truncate.of(existing(keyspace(keyspace), table, "table"));
  }

  /** {@code CREATE INDEX ON ...}: an index named by the server ({@code table_column_idx}). */
  public static CreateIndex createIndex() {
    return CreateIndex.of(null);
  }

  /** {@code CREATE INDEX name ON ...}. */
  public static CreateIndex createIndex(String name) {
    return CreateIndex.of(Names.newIndex(name));
  }

  /** {@code DROP INDEX name} in the session's keyspace. */
  public static Drop dropIndex(String name) {
    return drop(Drop.Target.INDEX, existing(null, name, "index"));
  }

  /** {@code DROP INDEX ks.name}. */
  public static Drop dropIndex(String keyspace, String name) {
    return drop(Drop.Target.INDEX, existing(keyspace(keyspace), name, "index"));
  }

  /** {@code CREATE MATERIALIZED VIEW v} in the session's keyspace. */
  public static CreateMaterializedView createMaterializedView(String view) {
    return CreateMaterializedView.of(
        QualifiedName.of(null, Names.newTable(view, "materialized view")));
  }

  /** {@code CREATE MATERIALIZED VIEW ks.v}. */
  public static CreateMaterializedView createMaterializedView(String keyspace, String view) {
    return CreateMaterializedView.of(
        QualifiedName.of(keyspace(keyspace), Names.newTable(view, "materialized view")));
  }

  /** {@code ALTER MATERIALIZED VIEW v WITH ...} in the session's keyspace. */
  public static AlterMaterializedView alterMaterializedView(String view) {
    return AlterMaterializedView.of(existing(null, view, "materialized view"));
  }

  /** {@code ALTER MATERIALIZED VIEW ks.v WITH ...}. */
  public static AlterMaterializedView alterMaterializedView(String keyspace, String view) {
    return AlterMaterializedView.of(existing(keyspace(keyspace), view, "materialized view"));
  }

  /** {@code DROP MATERIALIZED VIEW v} in the session's keyspace. */
  public static Drop dropMaterializedView(String view) {
    return drop(Drop.Target.MATERIALIZED_VIEW, existing(null, view, "materialized view"));
  }

  /** {@code DROP MATERIALIZED VIEW ks.v}. */
  public static Drop dropMaterializedView(String keyspace, String view) {
    return drop(
        Drop.Target.MATERIALIZED_VIEW, existing(keyspace(keyspace), view, "materialized view"));
  }

  /** {@code CREATE TYPE name} in the session's keyspace. */
  public static CreateType createType(String name) {
    return CreateType.of(type(null, name));
  }

  /** {@code CREATE TYPE ks.name}. */
  public static CreateType createType(String keyspace, String name) {
    return CreateType.of(type(keyspace(keyspace), name));
  }

  /** {@code ALTER TYPE name} in the session's keyspace. */
  public static AlterType alterType(String name) {
    return AlterType.of(type(null, name));
  }

  /** {@code ALTER TYPE ks.name}. */
  public static AlterType alterType(String keyspace, String name) {
    return AlterType.of(type(keyspace(keyspace), name));
  }

  /** {@code DROP TYPE name} in the session's keyspace. */
  public static Drop dropType(String name) {
    return drop(Drop.Target.TYPE, type(null, name));
  }

  /** {@code DROP TYPE ks.name}. */
  public static Drop dropType(String keyspace, String name) {
    return drop(Drop.Target.TYPE, type(keyspace(keyspace), name));
  }

  /** {@code CREATE FUNCTION ks.name(...)}: a user-defined function; its name is exact. */
  public static CreateFunction createFunction(String keyspace, String name) {
    return CreateFunction.of(function(keyspace, name, "function"));
  }

  /** {@code CREATE AGGREGATE ks.name(...)}: a user-defined aggregate; its name is exact. */
  public static CreateAggregate createAggregate(String keyspace, String name) {
    return CreateAggregate.of(function(keyspace, name, "aggregate"));
  }

  /**
   * {@code DROP FUNCTION ks.name(int, text)}: the overload with these argument types; with no
   * type given, {@code DROP FUNCTION ks.name} (the server refuses it when the name is
   * overloaded).
   */
  public static Drop dropFunction(String keyspace, String name, DataType... argumentTypes) {
    return dropFunction(Drop.Target.FUNCTION, function(keyspace, name, "function"), argumentTypes);
  }

  /** {@code DROP AGGREGATE ks.name(int)}, as {@link #dropFunction}. */
  public static Drop dropAggregate(String keyspace, String name, DataType... argumentTypes) {
    return dropFunction(
        Drop.Target.AGGREGATE, function(keyspace, name, "aggregate"), argumentTypes);
  }

  private static QualifiedName function(String keyspace, String name, String what) {
    return QualifiedName.ofFunction(keyspace(keyspace), Names.of(name, what));
  }

  private static Drop dropFunction(
      Drop.Target target, QualifiedName name, DataType[] argumentTypes) {
    StringBuilder sb = new StringBuilder(name.toString());
    if (argumentTypes != null && argumentTypes.length > 0) {
      for (DataType type : argumentTypes) {
        checkArgument(type != null, "an argument type of %s must not be null", name);
      }
      CreateAggregate.appendTypes(sb, java.util.Arrays.asList(argumentTypes));
    }
    return Drop.of(target, name.keyspaceName(), null, sb.toString());
  }

  private static CqlIdentifier keyspace(String keyspace) {
    return Names.of(keyspace, "keyspace");
  }

  private static QualifiedName existing(
      @CheckForNull CqlIdentifier keyspace, String name, String what) {
    return QualifiedName.of(keyspace, Names.of(name, what));
  }

  private static QualifiedName type(@CheckForNull CqlIdentifier keyspace, String name) {
    return QualifiedName.ofType(keyspace, Names.of(name, "user type"));
  }

  private static Drop drop(Drop.Target target, QualifiedName name) {
    return Drop.of(target, name.keyspaceName(), name.name(), name.toString());
  }
}
