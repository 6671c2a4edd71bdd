package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlLiteral;
import io.cqlkit.builder.CqlSnippet;
import io.cqlkit.builder.CqlStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * {@code CREATE MATERIALIZED VIEW [IF NOT EXISTS] ks.v AS SELECT ... FROM ks.t WHERE ... PRIMARY
 * KEY (...) [WITH ...]}. Every primary key column of the view is restricted with {@code IS NOT
 * NULL}, as Cassandra requires, unless {@link #where} restricts it otherwise.
 *
 * <pre>{@code
 * createMaterializedView("ks", "events_by_type").asSelectFrom("events")
 *     .withPartitionKey("event_type").withClusteringColumn("ts").withClusteringColumn("user_id")
 *     .withClusteringOrder("ts", DESC)
 *     .build().cql();
 * // CREATE MATERIALIZED VIEW ks.events_by_type AS SELECT * FROM ks.events
 * //     WHERE event_type IS NOT NULL AND ts IS NOT NULL AND user_id IS NOT NULL
 * //     PRIMARY KEY ((event_type), ts, user_id) WITH CLUSTERING ORDER BY (ts DESC, user_id ASC)
 * }</pre>
 *
 * <p>Materialized views are experimental in Cassandra 5.0 and disabled unless {@code
 * materialized_views_enabled} is set in cassandra.yaml.
 */
@CheckReturnValue
public final class CreateMaterializedView
    implements SchemaStatementBuilder, TableOptions<CreateMaterializedView> {

  private static final ImmutableSet<String> OPERATORS = ImmutableSet.of("=", "<", "<=", ">", ">=");

  /** A restriction {@code column op literal} of the view's WHERE clause. */
  private static final class Restriction implements CqlSnippet {
    final CqlIdentifier column;
    final String text;

    Restriction(CqlIdentifier column, String text) {
      this.column = column;
      this.text = text;
    }

    @Override
    public void appendTo(StringBuilder sb) {
      sb.append(text);
    }
  }

  /** A primary key column of the view; its type is the base table's. */
  private static final class KeyColumn {
    final CqlIdentifier name;
    final boolean partitionKey;

    KeyColumn(CqlIdentifier name, boolean partitionKey) {
      this.name = name;
      this.partitionKey = partitionKey;
    }
  }

  private final QualifiedName view;
  private final boolean ifNotExists;
  @CheckForNull private final QualifiedName base;
  private final Chain<CqlIdentifier> selected;
  private final Chain<KeyColumn> key;
  private final Chain<Ordering> orderings;
  private final Chain<Restriction> restrictions;
  private final Chain<Option> options;

  private CreateMaterializedView(
      QualifiedName view,
      boolean ifNotExists,
      @CheckForNull QualifiedName base,
      Chain<CqlIdentifier> selected,
      Chain<KeyColumn> key,
      Chain<Ordering> orderings,
      Chain<Restriction> restrictions,
      Chain<Option> options) {
    this.view = view;
    this.ifNotExists = ifNotExists;
    this.base = base;
    this.selected = selected;
    this.key = key;
    this.orderings = orderings;
    this.restrictions = restrictions;
    this.options = options;
  }

  static CreateMaterializedView of(QualifiedName view) {
    return new CreateMaterializedView(
        view,
        false,
        null,
        Chain.empty(),
        Chain.empty(),
        Chain.empty(),
        Chain.empty(),
        Chain.empty());
  }

  /** Adds {@code IF NOT EXISTS}: no error (and no change) when the view already exists. */
  public CreateMaterializedView ifNotExists() {
    return new CreateMaterializedView(
        view, true, base, selected, key, orderings, restrictions, options);
  }

  /** The base table, in the view's keyspace (a view cannot read another keyspace). */
  public CreateMaterializedView asSelectFrom(String baseTable) {
    return new CreateMaterializedView(
        view,
        ifNotExists,
        view.sibling(Names.of(baseTable, "base table")),
        selected,
        key,
        orderings,
        restrictions,
        options);
  }

  /** Selects these columns of the base table; without any, the view selects {@code *}. */
  public CreateMaterializedView column(String column) {
    return new CreateMaterializedView(
        view,
        ifNotExists,
        base,
        selected.add(Names.of(column, "selected column")),
        key,
        orderings,
        restrictions,
        options);
  }

  /** Adds a partition key column of the view; several make a composite key, in call order. */
  public CreateMaterializedView withPartitionKey(String column) {
    return withKey(new KeyColumn(Names.of(column, "partition key column"), true));
  }

  /** Adds a clustering column of the view, in call order. */
  public CreateMaterializedView withClusteringColumn(String column) {
    return withKey(new KeyColumn(Names.of(column, "clustering column"), false));
  }

  private CreateMaterializedView withKey(KeyColumn keyColumn) {
    return new CreateMaterializedView(
        view, ifNotExists, base, selected, key.add(keyColumn), orderings, restrictions, options);
  }

  /** Sets the order of a clustering column of the view (ASC unless given). */
  public CreateMaterializedView withClusteringOrder(
      String clusteringColumn, ClusteringOrder order) {
    return new CreateMaterializedView(
        view,
        ifNotExists,
        base,
        selected,
        key,
        orderings.add(Ordering.of(clusteringColumn, order)),
        restrictions,
        options);
  }

  /**
   * Restricts the view to base rows where {@code column operator value}, a literal; e.g. {@code
   * where("country", "=", "FR")}. Cassandra allows this on base primary key columns only. The
   * operator is one of {@code = < <= > >=}.
   */
  public CreateMaterializedView where(String column, String operator, Object value) {
    CqlIdentifier id = Names.of(column, "restricted column");
    checkArgument(
        operator != null && OPERATORS.contains(operator),
        "the operator of a view restriction must be one of %s, but was %s",
        OPERATORS,
        operator);
    checkArgument(
        value != null,
        "the value restricting %s must not be null: views already require IS NOT NULL on key"
            + " columns",
        column);
    String text = id.asCql() + ' ' + operator + ' ' + CqlLiteral.render(value);
    return new CreateMaterializedView(
        view,
        ifNotExists,
        base,
        selected,
        key,
        orderings,
        restrictions.add(new Restriction(id, text)),
        options);
  }

  /**
   * An option of the view. {@code default_time_to_live} is refused: a view's rows expire with their
   * base rows.
   */
  @Override
  public CreateMaterializedView withOption(String name, Object value) {
    return new CreateMaterializedView(
        view,
        ifNotExists,
        base,
        selected,
        key,
        orderings,
        restrictions,
        options.add(viewOption(name, value)));
  }

  static Option viewOption(String name, Object value) {
    checkArgument(
        !"default_time_to_live".equals(name),
        "a materialized view cannot set default_time_to_live: its rows expire with the base"
            + " table's rows; set it on the base table");
    return Option.of(name, value);
  }

  @Override
  public CqlStatement build() {
    String what = "materialized view " + view;
    checkState(
        base != null,
        "CREATE MATERIALIZED VIEW %s needs its base table: call asSelectFrom(\"table\")",
        view);
    List<CqlIdentifier> partitionKey = new ArrayList<>();
    List<CqlIdentifier> clustering = new ArrayList<>();
    Set<CqlIdentifier> keyColumns = new HashSet<>();
    for (KeyColumn column : key.toList()) {
      checkState(
          keyColumns.add(column.name),
          "column %s is in the primary key of %s twice: name each key column once",
          column.name,
          what);
      (column.partitionKey ? partitionKey : clustering).add(column.name);
    }
    checkState(
        !partitionKey.isEmpty(),
        "%s has no partition key: declare one with withPartitionKey(\"column\")",
        what);
    ImmutableList<CqlIdentifier> columns = selected.toList();
    checkState(
        ImmutableSet.copyOf(columns).size() == columns.size(),
        "%s selects a column twice (%s): select each column once",
        what,
        columns);

    StringBuilder sb = new StringBuilder("CREATE MATERIALIZED VIEW ");
    if (ifNotExists) {
      sb.append("IF NOT EXISTS ");
    }
    view.appendTo(sb);
    sb.append(" AS SELECT ");
    if (columns.isEmpty()) {
      sb.append('*');
    } else {
      CqlSnippet.join(sb, columns, "", ", ", "");
    }
    base.appendTo(sb.append(" FROM "));
    sb.append(" WHERE ");
    appendWhere(sb, partitionKey, clustering);
    sb.append(' ');
    CreateTable.appendPrimaryKey(sb, partitionKey, clustering);
    ImmutableList.Builder<CqlSnippet> properties = ImmutableList.builder();
    CqlSnippet order = Ordering.clause(orderings, clustering, what);
    if (order != null) {
      properties.add(order);
    }
    Statements.appendWith(sb, properties.addAll(Option.latest(options)).build());
    return Statements.ddl(sb, view.keyspaceName(), view.name());
  }

  private void appendWhere(
      StringBuilder sb, List<CqlIdentifier> partitionKey, List<CqlIdentifier> clustering) {
    List<Restriction> explicit = restrictions.toList();
    Set<CqlIdentifier> restricted = new HashSet<>();
    for (Restriction restriction : explicit) {
      restricted.add(restriction.column);
    }
    List<CqlSnippet> all = new ArrayList<>();
    for (List<CqlIdentifier> part : List.of(partitionKey, clustering)) {
      for (CqlIdentifier column : part) {
        if (!restricted.contains(column)) {
          all.add(s -> s.append(column.asCql()).append(" IS NOT NULL"));
        }
      }
    }
    all.addAll(explicit);
    CqlSnippet.join(sb, all, "", " AND ", "");
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
