package io.cqlkit.executor;

import io.cqlkit.builder.rules.TableFacts;
import io.cqlkit.builder.rules.TableInfo;
import java.util.List;
import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * Optional capability: the executor knows the schema (e.g. from driver metadata), so the rules can
 * check that a conditional batch stays within one partition, compare key values by their CQL
 * types, tell whether a DELETE's table is a counter table, refuse null key values, and size a batch
 * as the server does.
 *
 * <p>Fallback when absent: partition-key columns declared by the caller on the batch; when
 * neither is known the engine says so (strict mode refuses; the default lets the server decide).
 */
public interface SchemaFacts extends TableFacts {

  /**
   * The partition-key columns of a table, in key order, or empty if the table is unknown.
   *
   * @param keyspace the keyspace, or null for the executor's current keyspace
   */
  Optional<List<String>> partitionKeyColumns(@CheckForNull String keyspace, String table);

  /**
   * What is known of a table; by default its partition key only. Override to add clustering
   * columns, column types and counter-ness.
   */
  @Override
  default Optional<TableInfo> table(@CheckForNull String keyspace, String table) {
    return partitionKeyColumns(keyspace, table).map(TableInfo::of);
  }
}
