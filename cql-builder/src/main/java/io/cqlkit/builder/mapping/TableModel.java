package io.cqlkit.builder.mapping;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.Delete;
import io.cqlkit.builder.Insert;
import io.cqlkit.builder.InsertOptions;
import io.cqlkit.builder.Select;
import io.cqlkit.builder.Term;
import io.cqlkit.builder.Update;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * A table declared once — keyspace, name, partition key, clustering columns, other columns — and
 * the templates of its everyday statements, in the spirit of gocqlx's {@code table} package. Each
 * is an ordinary {@link CqlTemplate} with positional {@code ?} markers named after their columns,
 * so it binds by position, from a map or from a record ({@link CqlTemplate#bindNamed(Record)}),
 * and its statements go in batches and concurrent runs like any other.
 *
 * <pre>{@code
 * record Event(@PartitionKey UUID userId, @ClusteringColumn Instant ts, String eventType) {}
 *
 * TableModel events = TableModel.of("ks", "events", Event.class);
 * events.insert().bindNamed(new Event(uid, ts, "login"));
 * // INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?)
 * events.get().bind(uid, ts);
 * // SELECT user_id, ts, event_type FROM ks.events WHERE user_id = ? AND ts = ?
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@CheckReturnValue
public final class TableModel {
  @CheckForNull private final String keyspace;
  private final String name;
  private final ImmutableList<String> partitionKey;
  private final ImmutableList<String> clusteringColumns;
  private final ImmutableList<String> columns;
  private final CqlTemplate insert;
  private final CqlTemplate get;
  private final CqlTemplate select;
  private final CqlTemplate delete;

  private TableModel(
      @CheckForNull String keyspace,
      String name,
      ImmutableList<String> partitionKey,
      ImmutableList<String> clusteringColumns,
      ImmutableList<String> columns) {
    this.keyspace = keyspace;
    this.name = name;
    this.partitionKey = partitionKey;
    this.clusteringColumns = clusteringColumns;
    this.columns = columns;
    this.insert = insert(InsertOptions.none());
    this.get = get(columns.toArray(new String[0]));
    this.select = select(columns.toArray(new String[0]));
    this.delete = makeDelete();
  }

  /**
   * A builder of a model of {@code keyspace.table}.
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  public static Builder builder(@CheckForNull String keyspace, String table) {
    return new Builder(keyspace, table);
  }

  /**
   * The model of {@code keyspace.table} whose columns are the components of {@code record}, named
   * by the naming rule of {@link RecordModel} ({@code userId} is column {@code user_id}, {@link
   * Column @Column} overrides), in declaration order; {@link PartitionKey @PartitionKey} and {@link
   * ClusteringColumn @ClusteringColumn} mark the primary key.
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   * @throws IllegalArgumentException if no component is marked {@code @PartitionKey}
   */
  public static TableModel of(
      @CheckForNull String keyspace, String table, Class<? extends Record> record) {
    return RecordTables.model(keyspace, table, record);
  }

  /** The keyspace, if the model names one. */
  public Optional<String> keyspace() {
    return Optional.ofNullable(keyspace);
  }

  /** The table's name. */
  public String name() {
    return name;
  }

  /** The partition-key columns, in key order. */
  public List<String> partitionKey() {
    return partitionKey;
  }

  /** The clustering columns, in clustering order. */
  public List<String> clusteringColumns() {
    return clusteringColumns;
  }

  /** The primary key: partition key, then clustering columns. */
  public List<String> primaryKey() {
    return ImmutableList.<String>builder().addAll(partitionKey).addAll(clusteringColumns).build();
  }

  /** Every column, keys included, in the model's order. */
  public List<String> columns() {
    return columns;
  }

  /** {@code INSERT INTO ks.t (every column) VALUES (?, ...)}. */
  public CqlTemplate insert() {
    return insert;
  }

  /**
   * {@link #insert()} with options: {@code IF NOT EXISTS}, a TTL or timestamp (fixed values in the
   * template), nulls bound as {@link io.cqlkit.builder.Unset#UNSET}.
   */
  public CqlTemplate insert(InsertOptions options) {
    checkArgument(options != null, "options must not be null: pass InsertOptions.none()");
    Insert insert = keyspace == null ? Cql.insertInto(name) : Cql.insertInto(keyspace, name);
    for (String column : columns) {
      insert = insert.value(column, Term.marker());
    }
    CqlTemplate template = options.applyTo(insert).template().withNames(names(columns));
    return options.nullsAsUnset() ? template.withNullsAsUnset() : template;
  }

  /** {@code SELECT every column FROM ks.t WHERE pk = ? AND ck = ?}: one row by primary key. */
  public CqlTemplate get() {
    return get;
  }

  /** {@code SELECT columns FROM ks.t WHERE pk = ? AND ck = ?}: some columns of one row. */
  public CqlTemplate get(String... columns) {
    return where(selectColumns(columns, "get"), primaryKey());
  }

  /** {@code SELECT every column FROM ks.t WHERE pk = ?}: the rows of one partition. */
  public CqlTemplate select() {
    return select;
  }

  /** {@code SELECT columns FROM ks.t WHERE pk = ?}: some columns of one partition's rows. */
  public CqlTemplate select(String... columns) {
    return where(selectColumns(columns, "select"), partitionKey);
  }

  /**
   * {@code UPDATE ks.t SET a = ?, b = ? WHERE pk = ? AND ck = ?}: the chosen columns of one row, by
   * primary key; the markers are the columns, then the primary key.
   *
   * @throws IllegalArgumentException if no column is given, or one is a key column or not the
   *     model's
   */
  public CqlTemplate update(String... columns) {
    checkArgument(
        columns.length > 0,
        "update(...) needs the columns to set, e.g. update(\"%s\")",
        this.columns.size() > primaryKey().size() ? nonKey().get(0) : "column");
    Update update = keyspace == null ? Cql.update(name) : Cql.update(keyspace, name);
    List<String> names = new ArrayList<>();
    for (String column : columns) {
      checkColumn(column, "update");
      checkArgument(
          !primaryKey().contains(column),
          "update(...) cannot set %s: it is in the primary key %s of %s",
          column,
          primaryKey(),
          this);
      update = update.set(column, Term.marker());
      names.add(column);
    }
    for (String key : primaryKey()) {
      update = update.where(key, Term.marker());
      names.add(key);
    }
    return update.template().withNames(names.toArray(new String[0]));
  }

  /** {@code DELETE FROM ks.t WHERE pk = ? AND ck = ?}: one row by primary key. */
  public CqlTemplate delete() {
    return delete;
  }

  /**
   * {@code DELETE a, b FROM ks.t WHERE pk = ? AND ck = ?}: some columns of one row, by primary key.
   *
   * @throws IllegalArgumentException if a column is a key column or not the model's
   */
  public CqlTemplate delete(String... columns) {
    if (columns.length == 0) {
      return delete;
    }
    for (String column : columns) {
      checkColumn(column, "delete");
      checkArgument(
          !primaryKey().contains(column),
          "delete(...) cannot delete %s alone: it is in the primary key %s of %s; delete() deletes"
              + " the row",
          column,
          primaryKey(),
          this);
    }
    return makeDelete(columns);
  }

  private CqlTemplate makeDelete(String... columns) {
    Delete delete = keyspace == null ? Cql.deleteFrom(name) : Cql.deleteFrom(keyspace, name);
    if (columns.length > 0) {
      delete = delete.columns(columns);
    }
    for (String key : primaryKey()) {
      delete = delete.where(key, Term.marker());
    }
    return delete.template().withNames(names(primaryKey()));
  }

  private Select selectColumns(String[] columns, String method) {
    Select select = keyspace == null ? Cql.selectFrom(name) : Cql.selectFrom(keyspace, name);
    if (columns.length == 0) {
      return select.columns(this.columns.toArray(new String[0]));
    }
    for (String column : columns) {
      checkColumn(column, method);
    }
    return select.columns(columns);
  }

  private static CqlTemplate where(Select select, List<String> keys) {
    Select out = select;
    for (String key : keys) {
      out = out.where(key, Term.marker());
    }
    return out.template().withNames(names(keys));
  }

  private void checkColumn(String column, String method) {
    checkArgument(
        columns.contains(column),
        "%s(...) names %s, which is not a column of %s: its columns are %s",
        method,
        column,
        this,
        columns);
  }

  private List<String> nonKey() {
    List<String> out = new ArrayList<>(columns);
    out.removeAll(primaryKey());
    return out;
  }

  private static String[] names(List<String> columns) {
    return columns.toArray(new String[0]);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TableModel)) {
      return false;
    }
    TableModel that = (TableModel) o;
    return java.util.Objects.equals(keyspace, that.keyspace)
        && name.equals(that.name)
        && partitionKey.equals(that.partitionKey)
        && clusteringColumns.equals(that.clusteringColumns)
        && columns.equals(that.columns);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(keyspace, name, partitionKey, clusteringColumns, columns);
  }

  /** {@code ks.t}. */
  @Override
  public String toString() {
    return keyspace == null ? name : keyspace + "." + name;
  }

  /** Collects a table's columns; not thread-safe. */
  public static final class Builder {
    @CheckForNull private final String keyspace;
    private final String table;
    private final Set<String> partitionKey = new LinkedHashSet<>();
    private final Set<String> clusteringColumns = new LinkedHashSet<>();
    private final Set<String> columns = new LinkedHashSet<>();

    private Builder(@CheckForNull String keyspace, String table) {
      checkArgument(
          keyspace == null || !keyspace.isEmpty(),
          "keyspace must not be empty: pass null for the session's keyspace");
      checkArgument(table != null && !table.isEmpty(), "table must not be null or empty");
      this.keyspace = keyspace;
      this.table = table;
    }

    /** Partition-key columns, in key order (a column of the model too). */
    @CanIgnoreReturnValue
    public Builder partitionKey(String... columns) {
      add(partitionKey, columns, "partition-key column");
      return this;
    }

    /** Clustering columns, in clustering order (a column of the model too). */
    @CanIgnoreReturnValue
    public Builder clusteringColumns(String... columns) {
      add(clusteringColumns, columns, "clustering column");
      return this;
    }

    /** Columns of the model; the key columns need not be repeated. */
    @CanIgnoreReturnValue
    public Builder columns(String... columns) {
      add(this.columns, columns, "column");
      return this;
    }

    private static void add(Set<String> to, String[] columns, String what) {
      for (String column : columns) {
        checkArgument(column != null && !column.isEmpty(), "a %s name must not be null or empty", what);
        checkArgument(to.add(column), "%s %s is given twice", what, column);
      }
    }

    /**
     * The model; its columns are the key columns (unless listed by {@link #columns}), then the
     * others, in the order given.
     *
     * @throws IllegalArgumentException if there is no partition key, or a column is both partition
     *     key and clustering column
     */
    public TableModel build() {
      checkArgument(
          !partitionKey.isEmpty(),
          "the model of %s has no partition key: call partitionKey(...)",
          keyspace == null ? table : keyspace + "." + table);
      for (String column : clusteringColumns) {
        checkArgument(
            !partitionKey.contains(column),
            "%s is given as both partition-key and clustering column",
            column);
      }
      Set<String> all = new LinkedHashSet<>();
      for (String key : partitionKey) {
        if (!columns.contains(key)) {
          all.add(key);
        }
      }
      for (String key : clusteringColumns) {
        if (!columns.contains(key)) {
          all.add(key);
        }
      }
      if (all.isEmpty()) {
        all = columns;
      } else {
        all.addAll(columns);
      }
      return new TableModel(
          keyspace,
          table,
          ImmutableList.copyOf(partitionKey),
          ImmutableList.copyOf(clusteringColumns),
          ImmutableList.copyOf(all));
    }
  }
}
