package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataTypes;
import io.cqlkit.builder.rules.TableInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.CheckForNull;

/** What the rules learn from the driver's schema metadata about a table. */
final class SchemaMetadata {
  private SchemaMetadata() {}

  /** The driver's metadata of a table, if it knows it ({@code keyspace} null: the session's). */
  static Optional<TableMetadata> table(CqlSession session, @CheckForNull String keyspace, String table) {
    Optional<CqlIdentifier> keyspaceId =
        keyspace != null ? Optional.of(CqlIdentifier.fromInternal(keyspace)) : session.getKeyspace();
    return keyspaceId
        .flatMap(id -> session.getMetadata().getKeyspace(id))
        .flatMap(metadata -> metadata.getTable(CqlIdentifier.fromInternal(table)));
  }

  static List<String> partitionKey(TableMetadata metadata) {
    List<String> columns = new ArrayList<>();
    for (ColumnMetadata column : metadata.getPartitionKey()) {
      columns.add(column.getName().asInternal());
    }
    return List.copyOf(columns);
  }

  /** Partition key, clustering columns, column types (lower-case CQL) and counter-ness. */
  static TableInfo info(TableMetadata metadata) {
    List<String> clustering = new ArrayList<>();
    for (ColumnMetadata column : metadata.getClusteringColumns().keySet()) {
      clustering.add(column.getName().asInternal());
    }
    Map<String, String> types = new HashMap<>();
    boolean counter = false;
    for (ColumnMetadata column : metadata.getColumns().values()) {
      types.put(
          column.getName().asInternal(), column.getType().asCql(false, true).toLowerCase(Locale.ROOT));
      counter |= column.getType().equals(DataTypes.COUNTER);
    }
    return TableInfo.of(partitionKey(metadata))
        .withClustering(clustering)
        .withTypes(types)
        .withCounter(counter);
  }

  /**
   * The facts of each table's current metadata, made once per metadata version (the driver
   * replaces a table's metadata object when its schema changes). Bounded: cleared past 1,000.
   */
  static final class Infos {
    private final ConcurrentHashMap<TableMetadata, TableInfo> byMetadata = new ConcurrentHashMap<>();

    TableInfo of(TableMetadata metadata) {
      TableInfo known = byMetadata.get(metadata);
      if (known != null) {
        return known;
      }
      if (byMetadata.size() >= 1_000) {
        byMetadata.clear();
      }
      return byMetadata.computeIfAbsent(metadata, SchemaMetadata::info);
    }
  }
}
