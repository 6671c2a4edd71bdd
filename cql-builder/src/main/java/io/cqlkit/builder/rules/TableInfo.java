package io.cqlkit.builder.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * What the rules may know about a table: its partition-key columns (always), and when known its
 * clustering columns, its columns' CQL types (e.g. {@code "int"}, {@code "list<text>"}) and
 * whether it is a counter table. Unknown facts make the rules that need them say so.
 *
 * <pre>{@code
 * TableInfo.of(List.of("pk")).withClustering(List.of("ck")).withTypes(Map.of("pk", "int", "ck", "int", "v", "text")).withCounter(false);
 * }</pre>
 */
public final class TableInfo {
  private final ImmutableList<String> partitionKey;
  @CheckForNull private final ImmutableList<String> clustering;
  private final ImmutableMap<String, String> types;
  @CheckForNull private final Boolean counter;

  private TableInfo(
      ImmutableList<String> partitionKey,
      @CheckForNull ImmutableList<String> clustering,
      ImmutableMap<String, String> types,
      @CheckForNull Boolean counter) {
    this.partitionKey = partitionKey;
    this.clustering = clustering;
    this.types = types;
    this.counter = counter;
  }

  /** A table whose partition-key columns, in key order, are all that is known. */
  public static TableInfo of(List<String> partitionKey) {
    checkArgument(
        partitionKey != null && !partitionKey.isEmpty(),
        "a table's partition key needs at least one column, but got %s",
        partitionKey);
    return new TableInfo(ImmutableList.copyOf(partitionKey), null, ImmutableMap.of(), null);
  }

  /** The same table with its clustering columns, in order (empty for none). */
  public TableInfo withClustering(List<String> columns) {
    checkArgument(columns != null, "clustering columns must not be null: pass List.of() for none");
    return new TableInfo(partitionKey, ImmutableList.copyOf(columns), types, counter);
  }

  /** The same table with its columns' CQL types, by column name. */
  public TableInfo withTypes(Map<String, String> columnTypes) {
    checkArgument(columnTypes != null, "column types must not be null");
    return new TableInfo(partitionKey, clustering, ImmutableMap.copyOf(columnTypes), counter);
  }

  /** The same table, known to be (or not to be) a counter table. */
  public TableInfo withCounter(boolean isCounter) {
    return new TableInfo(partitionKey, clustering, types, isCounter);
  }

  /** The partition-key columns, in key order. */
  public List<String> partitionKey() {
    return partitionKey;
  }

  /** The clustering columns in order, if known. */
  public Optional<List<String>> clustering() {
    return Optional.ofNullable(clustering);
  }

  /** The CQL type of a column (lower case, e.g. {@code "int"}), if known. */
  public Optional<String> type(String column) {
    return Optional.ofNullable(types.get(column));
  }

  /** The known CQL types, by column name. */
  public Map<String, String> types() {
    return types;
  }

  /** Whether it is a counter table, if known. */
  public Optional<Boolean> isCounter() {
    return Optional.ofNullable(counter);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TableInfo)) {
      return false;
    }
    TableInfo that = (TableInfo) o;
    return partitionKey.equals(that.partitionKey)
        && Objects.equals(clustering, that.clustering)
        && types.equals(that.types)
        && Objects.equals(counter, that.counter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partitionKey, clustering, types, counter);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("TableInfo")
        .omitNullValues()
        .add("partitionKey", partitionKey)
        .add("clustering", clustering)
        .add("types", types.isEmpty() ? null : types)
        .add("counter", counter)
        .toString();
  }
}
