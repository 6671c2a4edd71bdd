package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;
import io.cqlkit.builder.CqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CREATE TABLE [IF NOT EXISTS] ks.t (columns, PRIMARY KEY ((partition key), clustering
 * columns)) [WITH CLUSTERING ORDER BY (...)] [AND options]}. Columns render in the order declared;
 * the partition key always in its own parentheses.
 *
 * <pre>{@code
 * createTable("ks", "events").ifNotExists()
 *     .withPartitionKey("user_id", UUID)
 *     .withClusteringColumn("ts", TIMESTAMP)
 *     .withColumn("event_type", TEXT)
 *     .withClusteringOrder("ts", DESC)
 *     .build().cql();
 * // CREATE TABLE IF NOT EXISTS ks.events (user_id uuid, ts timestamp, event_type text,
 * //     PRIMARY KEY ((user_id), ts)) WITH CLUSTERING ORDER BY (ts DESC)
 * }</pre>
 *
 * <p>{@link #build()} refuses a table Cassandra would refuse: no columns, no partition key, a
 * column declared twice, a static column without clustering columns, a clustering order on another
 * column, counter and non-counter columns mixed, or a default TTL on a counter table.
 */
@CheckReturnValue
public final class CreateTable implements SchemaStatementBuilder, TableOptions<CreateTable> {
  private final QualifiedName table;
  private final boolean ifNotExists;
  private final Chain<Column> columns;
  private final Chain<Ordering> orderings;
  private final Chain<Option> options;

  private CreateTable(
      QualifiedName table,
      boolean ifNotExists,
      Chain<Column> columns,
      Chain<Ordering> orderings,
      Chain<Option> options) {
    this.table = table;
    this.ifNotExists = ifNotExists;
    this.columns = columns;
    this.orderings = orderings;
    this.options = options;
  }

  static CreateTable of(QualifiedName table) {
    return new CreateTable(table, false, Chain.empty(), Chain.empty(), Chain.empty());
  }

  /** Adds {@code IF NOT EXISTS}: no error (and no change) when the table already exists. */
  public CreateTable ifNotExists() {
    return new CreateTable(table, true, columns, orderings, options);
  }

  /**
   * Declares a partition key column; several make a composite partition key, in call order. Its
   * type cannot be counter, duration or a non-frozen collection or user type.
   */
  public CreateTable withPartitionKey(String column, DataType type) {
    return with(Column.of(column, type, Column.Role.PARTITION_KEY));
  }

  /** Declares a clustering column; the clustering key follows call order. */
  public CreateTable withClusteringColumn(String column, DataType type) {
    return with(Column.of(column, type, Column.Role.CLUSTERING));
  }

  /** Declares a regular column. */
  public CreateTable withColumn(String column, DataType type) {
    return with(Column.of(column, type, Column.Role.REGULAR));
  }

  /**
   * Declares a {@code STATIC} column: one value shared by all rows of a partition. Only allowed
   * when the table has a clustering column.
   */
  public CreateTable withStaticColumn(String column, DataType type) {
    return with(Column.of(column, type, Column.Role.STATIC));
  }

  private CreateTable with(Column column) {
    return new CreateTable(table, ifNotExists, columns.add(column), orderings, options);
  }

  /**
   * Sets the order of a clustering column within a partition (ASC unless given). The clause lists
   * every clustering column in key order, e.g. {@code CLUSTERING ORDER BY (ts DESC, id ASC)}.
   */
  public CreateTable withClusteringOrder(String clusteringColumn, ClusteringOrder order) {
    return new CreateTable(
        table, ifNotExists, columns, orderings.add(Ordering.of(clusteringColumn, order)), options);
  }

  @Override
  public CreateTable withOption(String name, Object value) {
    return new CreateTable(
        table, ifNotExists, columns, orderings, options.add(Option.of(name, value)));
  }

  @Override
  public CqlStatement build() {
    String what = "table " + table;
    checkState(
        !columns.isEmpty(),
        "CREATE TABLE %s has no columns: declare at least its partition key, e.g."
            + " withPartitionKey(\"id\", DataType.UUID)",
        table);
    Map<CqlIdentifier, Column> byName = new LinkedHashMap<>();
    List<CqlIdentifier> partitionKey = new ArrayList<>();
    List<CqlIdentifier> clustering = new ArrayList<>();
    List<Column> counters = new ArrayList<>();
    List<Column> nonCounters = new ArrayList<>();
    Column firstStatic = null;
    for (Column column : columns.toList()) {
      Column earlier = byName.put(column.name, column);
      checkState(
          earlier == null,
          "column %s is declared twice in %s, as %s %s and as %s %s: declare each column once",
          column.name,
          what,
          earlier == null ? "" : earlier.role.description,
          earlier == null ? "" : earlier.type,
          column.role.description,
          column.type);
      if (column.role == Column.Role.PARTITION_KEY) {
        partitionKey.add(column.name);
      } else if (column.role == Column.Role.CLUSTERING) {
        clustering.add(column.name);
      } else {
        if (column.role == Column.Role.STATIC && firstStatic == null) {
          firstStatic = column;
        }
        (column.type.isCounter() ? counters : nonCounters).add(column);
      }
    }
    checkState(
        !partitionKey.isEmpty(),
        "CREATE TABLE %s has no partition key: declare one with withPartitionKey(\"id\", type)",
        table);
    checkState(
        firstStatic == null || !clustering.isEmpty(),
        "static column %s needs a clustering column, but %s has none: add"
            + " withClusteringColumn(...) or declare %s with withColumn(...)",
        firstStatic == null ? "" : firstStatic.name,
        what,
        firstStatic == null ? "" : firstStatic.name);
    checkState(
        counters.isEmpty() || nonCounters.isEmpty(),
        "%s mixes counter columns (%s) with other non-key columns (%s): Cassandra keeps counters"
            + " in tables of their own; move the other columns to another table",
        what,
        names(counters),
        names(nonCounters));
    List<Option> latest = Option.latest(options);
    if (!counters.isEmpty()) {
      for (Option option : latest) {
        checkState(
            !option.name().equals("default_time_to_live"),
            "%s has counter columns, which cannot expire: remove default_time_to_live",
            what);
      }
    }

    StringBuilder sb = new StringBuilder("CREATE TABLE ");
    if (ifNotExists) {
      sb.append("IF NOT EXISTS ");
    }
    table.appendTo(sb);
    CqlSnippet.join(sb, byName.values(), " (", ", ", ", ");
    appendPrimaryKey(sb, partitionKey, clustering);
    sb.append(')');
    ImmutableList.Builder<CqlSnippet> properties = ImmutableList.builder();
    CqlSnippet order = Ordering.clause(orderings, clustering, what);
    if (order != null) {
      properties.add(order);
    }
    Statements.appendWith(sb, properties.addAll(latest).build());
    return Statements.ddl(sb, table.keyspaceName(), table.name());
  }

  /** {@code PRIMARY KEY ((p1, p2), c1, c2)}, shared with materialized views. */
  static void appendPrimaryKey(
      StringBuilder sb, List<CqlIdentifier> partitionKey, List<CqlIdentifier> clustering) {
    CqlSnippet.join(sb, partitionKey, "PRIMARY KEY ((", ", ", ")");
    CqlSnippet.join(sb, clustering, clustering.isEmpty() ? "" : ", ", ", ", ")");
  }

  private static List<CqlIdentifier> names(List<Column> columns) {
    List<CqlIdentifier> names = new ArrayList<>(columns.size());
    for (Column column : columns) {
      names.add(column.name);
    }
    return names;
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
