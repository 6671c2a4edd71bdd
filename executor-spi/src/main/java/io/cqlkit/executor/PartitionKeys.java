package io.cqlkit.executor;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * The partitions of {@link PartitionGrouping}: which statements may join an UNLOGGED batch, and
 * the key (table and partition-key values, as the server compares them) that says which
 * statements share a partition. The key columns come from the declared keys, else the executor's
 * schema facts, looked up once per table.
 */
final class PartitionKeys {
  private final GroupingOptions options;
  private final SchemaFacts schema;
  private final Map<String, Optional<List<String>>> keyColumns = new HashMap<>();
  @CheckForNull private String lastKeyspace;
  @CheckForNull private String lastTable;
  @CheckForNull private List<String> lastColumns;

  PartitionKeys(GroupingOptions options, @CheckForNull SchemaFacts schema) {
    this.options = options;
    this.schema = schema == null ? (keyspace, table) -> Optional.empty() : schema;
  }

  /**
   * The partition of a statement that may join an UNLOGGED batch (a key with equals and
   * hashCode: its table and partition-key values); null when it goes alone (not a plain write, conditional, counter, named markers, a key
   * column unknown, not bound by equality, or bound by IN).
   */
  @CheckForNull
  Object of(CqlStatement statement) {
    StatementKind kind = statement.kind();
    if (!kind.isModification()
        || statement.isConditional()
        || statement.isCounter()
        || statement.hasNamedMarkers()
        || statement.table().isEmpty()) {
      return null;
    }
    String keyspace = statement.keyspace().orElse(null);
    String table = statement.table().get();
    List<String> columns = keyColumns(keyspace, table);
    if (columns == null) {
      return null;
    }
    if (columns.size() == 1) {
      Object value = keyValue(statement, columns.get(0));
      return value == null ? null : new PartitionKey(keyspace, table, value);
    }
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = keyValue(statement, columns.get(i));
      if (values[i] == null) {
        return null;
      }
    }
    return new PartitionKey(keyspace, table, values);
  }

  /** The value a statement binds to a key column by equality, as the server compares it; or null. */
  @CheckForNull
  private static Object keyValue(CqlStatement statement, String column) {
    Object value = statement.binding(column).orElse(null);
    return value == null || statement.inColumns().contains(column) ? null : sameAsServer(value);
  }

  /** A table and the values of its partition key: one value, or an Object[] of several. */
  private static final class PartitionKey {
    @CheckForNull private final String keyspace;
    private final String table;
    private final Object value;
    private final int hash;

    PartitionKey(@CheckForNull String keyspace, String table, Object value) {
      this.keyspace = keyspace;
      this.table = table;
      this.value = value;
      int valueHash =
          value instanceof Object[] ? Arrays.hashCode((Object[]) value) : value.hashCode();
      this.hash = (Objects.hashCode(keyspace) * 31 + table.hashCode()) * 31 + valueHash;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof PartitionKey other)) {
        return false;
      }
      return hash == other.hash
          && table.equals(other.table)
          && Objects.equals(keyspace, other.keyspace)
          && (value instanceof Object[] mine
              ? other.value instanceof Object[] theirs && Arrays.equals(mine, theirs)
              : value.equals(other.value));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The partition-key columns of a table, the last table's at the cost of two compares. */
  @CheckForNull
  private List<String> keyColumns(@CheckForNull String keyspace, String table) {
    if (lastTable != null && lastTable.equals(table) && Objects.equals(lastKeyspace, keyspace)) {
      return lastColumns;
    }
    List<String> columns =
        keyColumns
            .computeIfAbsent(
                (keyspace == null ? "" : keyspace) + "." + table,
                k ->
                    options
                        .declaredPartitionKey(keyspace, table)
                        .or(() -> schema.partitionKeyColumns(keyspace, table)))
            .orElse(null);
    lastKeyspace = keyspace;
    lastTable = table;
    lastColumns = columns;
    return columns;
  }

  /** Integers of any width are one key value, as the server compares the serialized key. */
  private static Object sameAsServer(Object value) {
    return value instanceof Integer || value instanceof Short || value instanceof Byte
        ? Long.valueOf(((Number) value).longValue())
        : value;
  }
}
