package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlLiteral;
import io.cqlkit.builder.CqlStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.CheckForNull;

/**
 * {@code CREATE [CUSTOM] INDEX [IF NOT EXISTS] [name] ON ks.t (target) [USING 'class'] [WITH
 * OPTIONS = {...}]}: a secondary index, a storage-attached index (SAI) or a custom index.
 *
 * <pre>{@code
 * createIndex().onTable("ks", "items").column("embedding").usingSai()
 *     .withSimilarityFunction(SimilarityFunction.DOT_PRODUCT).build().cql();
 * // CREATE INDEX ON ks.items (embedding) USING 'sai' WITH OPTIONS = {'similarity_function': 'DOT_PRODUCT'}
 * createIndex("by_tag").onTable("ks", "t").keys("m").build().cql();
 * // CREATE INDEX by_tag ON ks.t (KEYS(m))
 * }</pre>
 *
 * <p>Without {@link #usingSai()} or {@link #custom(String)} the server's default index applies
 * (Cassandra 5.0: the legacy secondary index), which takes no options.
 */
@CheckReturnValue
public final class CreateIndex implements SchemaStatementBuilder {

  /** What the index covers: a column, or the keys, values or entries of a collection. */
  private enum Target {
    COLUMN(null),
    KEYS("KEYS"),
    VALUES("VALUES"),
    ENTRIES("ENTRIES"),
    FULL("FULL");

    @CheckForNull final String function;

    Target(@CheckForNull String function) {
      this.function = function;
    }
  }

  @CheckForNull private final CqlIdentifier name;
  private final boolean ifNotExists;
  @CheckForNull private final QualifiedName table;
  private final Target target;
  @CheckForNull private final CqlIdentifier column;

  /** The class after USING, or null. */
  @CheckForNull private final String using;

  /** True for {@code CREATE CUSTOM INDEX}. */
  private final boolean custom;

  private final Chain<Map.Entry<String, Object>> options;

  private CreateIndex(
      @CheckForNull CqlIdentifier name,
      boolean ifNotExists,
      @CheckForNull QualifiedName table,
      Target target,
      @CheckForNull CqlIdentifier column,
      @CheckForNull String using,
      boolean custom,
      Chain<Map.Entry<String, Object>> options) {
    this.name = name;
    this.ifNotExists = ifNotExists;
    this.table = table;
    this.target = target;
    this.column = column;
    this.using = using;
    this.custom = custom;
    this.options = options;
  }

  static CreateIndex of(@CheckForNull CqlIdentifier name) {
    return new CreateIndex(name, false, null, Target.COLUMN, null, null, false, Chain.empty());
  }

  /** Adds {@code IF NOT EXISTS}: no error when an index of that name already exists. */
  public CreateIndex ifNotExists() {
    return new CreateIndex(name, true, table, target, column, using, custom, options);
  }

  /** The indexed table, in the session's keyspace. */
  public CreateIndex onTable(String table) {
    return onTable(QualifiedName.of(null, Names.of(table, "table")));
  }

  /** The indexed table. */
  public CreateIndex onTable(String keyspace, String table) {
    return onTable(QualifiedName.of(Names.of(keyspace, "keyspace"), Names.of(table, "table")));
  }

  private CreateIndex onTable(QualifiedName table) {
    return new CreateIndex(name, ifNotExists, table, target, column, using, custom, options);
  }

  /** Indexes a column's values: {@code (c)}; for a collection, its values. */
  public CreateIndex column(String column) {
    return target(Target.COLUMN, column);
  }

  /** Indexes a map's keys: {@code (KEYS(m))}, for {@code CONTAINS KEY}. */
  public CreateIndex keys(String mapColumn) {
    return target(Target.KEYS, mapColumn);
  }

  /** Indexes a collection's values: {@code (VALUES(c))}, for {@code CONTAINS}. */
  public CreateIndex values(String collectionColumn) {
    return target(Target.VALUES, collectionColumn);
  }

  /** Indexes a map's entries: {@code (ENTRIES(m))}, for {@code m[key] = value}. */
  public CreateIndex entries(String mapColumn) {
    return target(Target.ENTRIES, mapColumn);
  }

  /** Indexes a frozen collection as a whole: {@code (FULL(c))}. */
  public CreateIndex full(String frozenCollectionColumn) {
    return target(Target.FULL, frozenCollectionColumn);
  }

  private CreateIndex target(Target target, String column) {
    CqlIdentifier id = Names.of(column, "indexed column");
    return new CreateIndex(name, ifNotExists, table, target, id, using, custom, options);
  }

  /**
   * A storage-attached index: {@code USING 'sai'} (Cassandra 5.0). SAI serves equality, range,
   * {@code CONTAINS} and, on a vector column, {@code ORDER BY ... ANN OF} queries.
   */
  public CreateIndex usingSai() {
    return new CreateIndex(name, ifNotExists, table, target, column, "sai", false, options);
  }

  /**
   * A custom index implementation: {@code CREATE CUSTOM INDEX ... USING 'className'}, e.g. {@code
   * "StorageAttachedIndex"} or {@code "org.apache.cassandra.index.sasi.SASIIndex"}.
   */
  public CreateIndex custom(String className) {
    checkArgument(
        className != null && !className.isEmpty(),
        "the index class must not be null or empty: pass its name, e.g. \"StorageAttachedIndex\"");
    return new CreateIndex(name, ifNotExists, table, target, column, className, true, options);
  }

  /**
   * An index option, rendered in {@code WITH OPTIONS = {...}} with the keys sorted; e.g. SAI's
   * {@code withOption("case_sensitive", false)}. Needs {@link #usingSai()} or {@link
   * #custom(String)}.
   */
  public CreateIndex withOption(String key, Object value) {
    checkArgument(
        key != null && !key.isEmpty(),
        "the index option name must not be null or empty: pass e.g. \"case_sensitive\"");
    checkArgument(
        !key.equals("class_name") && !key.equals("target"),
        "index option %s is reserved: set the class with custom(className) and the target with"
            + " column(...), keys(...), values(...), entries(...) or full(...)",
        key);
    Object checked = // checked as any map option's value
        Option.canonicalMap("WITH OPTIONS", ImmutableMap.of(key, requireValue(key, value)))
            .get(key);
    return new CreateIndex(
        name,
        ifNotExists,
        table,
        target,
        column,
        using,
        custom,
        options.add(Map.entry(key, checked)));
  }

  private static Object requireValue(String key, @CheckForNull Object value) {
    checkArgument(
        value != null,
        "the value of index option %s must not be null: pass a string, number or boolean",
        key);
    return value;
  }

  /** The vector index's {@code similarity_function} option (SAI on a vector column). */
  public CreateIndex withSimilarityFunction(SimilarityFunction function) {
    checkArgument(
        function != null,
        "the similarity function must not be null: pass e.g. SimilarityFunction.COSINE");
    return withOption("similarity_function", function.name());
  }

  @Override
  public CqlStatement build() {
    checkState(
        table != null,
        "CREATE INDEX %sneeds its table: call onTable(\"ks\", \"table\")",
        name == null ? "" : name + " ");
    checkState(
        column != null,
        "CREATE INDEX on %s needs a target: call column(\"c\"), or keys, values, entries or"
            + " full for a collection",
        table);
    checkState(
        options.isEmpty() || using != null,
        "index options need an index implementation, but CREATE INDEX on %s has none: call"
            + " usingSai() or custom(className); the default secondary index takes no options",
        table);

    StringBuilder sb = new StringBuilder(custom ? "CREATE CUSTOM INDEX " : "CREATE INDEX ");
    if (ifNotExists) {
      sb.append("IF NOT EXISTS ");
    }
    if (name != null) {
      name.appendTo(sb);
      sb.append(' ');
    }
    table.appendTo(sb.append("ON "));
    sb.append(" (");
    if (target.function == null) {
      column.appendTo(sb);
    } else {
      column.appendTo(sb.append(target.function).append('('));
      sb.append(')');
    }
    sb.append(')');
    if (using != null) {
      CqlLiteral.appendTo(sb.append(" USING "), using);
    }
    if (!options.isEmpty()) {
      Map<String, Object> latest = new LinkedHashMap<>();
      for (Map.Entry<String, Object> option : options.toList()) {
        latest.put(option.getKey(), option.getValue());
      }
      CqlLiteral.appendTo(
          sb.append(" WITH OPTIONS = "), Option.canonicalMap("WITH OPTIONS", latest));
    }
    return Statements.ddl(sb, table.keyspaceName(), table.name());
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
