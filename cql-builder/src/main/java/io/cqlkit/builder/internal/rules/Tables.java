package io.cqlkit.builder.internal.rules;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.rules.TableFacts;
import io.cqlkit.builder.rules.TableInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.annotation.CheckForNull;

/**
 * What one check knows of the tables its statements write: partition keys declared by the caller
 * first, then the sender's table facts, each table looked up once.
 */
public final class Tables {
  private final BiFunction<String, String, Optional<List<String>>> declared;
  private final TableFacts facts;
  @CheckForNull private final String keyspaceOverride;
  private final Map<Table, Optional<TableInfo>> cache = new HashMap<>();

  /**
   * @param declared partition keys declared by the caller, by (keyspace or null, table)
   * @param keyspaceOverride the keyspace unqualified tables refer to, or null
   */
  public Tables(
      BiFunction<String, String, Optional<List<String>>> declared,
      TableFacts facts,
      @CheckForNull String keyspaceOverride) {
    this.declared = declared;
    this.facts = facts;
    this.keyspaceOverride = keyspaceOverride;
  }

  /** The table a statement writes. */
  Table of(CqlStatement statement) {
    return new Table(statement.keyspace().orElse(keyspaceOverride), statement.table().orElse(null));
  }

  /** What is known of the table a statement writes, or null. */
  @CheckForNull
  public TableInfo info(CqlStatement statement) {
    return info(of(statement));
  }

  @CheckForNull
  TableInfo info(Table table) {
    if (table.name == null) {
      return null;
    }
    return cache.computeIfAbsent(table, this::lookUp).orElse(null);
  }

  private Optional<TableInfo> lookUp(Table table) {
    Optional<TableInfo> known = facts.table(table.keyspace, table.name);
    Optional<List<String>> key = declared.apply(table.keyspace, table.name);
    if (key.isEmpty()) {
      return known;
    }
    if (known.isEmpty()) {
      return Optional.of(TableInfo.of(key.get()));
    }
    TableInfo schema = known.get();
    TableInfo merged = TableInfo.of(key.get()).withTypes(schema.types());
    if (schema.clustering().isPresent()) {
      merged = merged.withClustering(schema.clustering().get());
    }
    if (schema.isCounter().isPresent()) {
      merged = merged.withCounter(schema.isCounter().get());
    }
    return Optional.of(merged);
  }

  static String name(@CheckForNull String keyspace, String table) {
    return keyspace == null ? table : keyspace + "." + table;
  }

  /** A table as a statement names it; the keyspace is null when neither statement nor options name one. */
  static final class Table {
    @CheckForNull final String keyspace;
    @CheckForNull final String name;

    Table(@CheckForNull String keyspace, @CheckForNull String name) {
      this.keyspace = keyspace;
      this.name = name;
    }

    /** Same table, treating an unknown keyspace as matching any. */
    boolean sameAs(Table other) {
      return Objects.equals(name, other.name)
          && (keyspace == null || other.keyspace == null || keyspace.equals(other.keyspace));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Table
          && Objects.equals(keyspace, ((Table) o).keyspace)
          && Objects.equals(name, ((Table) o).name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(keyspace, name);
    }

    @Override
    public String toString() {
      return keyspace == null ? String.valueOf(name) : keyspace + "." + name;
    }
  }
}
