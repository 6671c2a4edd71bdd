package io.cqlkit.executor;

import java.util.List;
import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * Optional capability: the executor knows the schema (e.g. from driver metadata), so the engine
 * can check that a conditional batch stays within one partition.
 *
 * <p>Fallback when absent: partition-key columns declared by the caller on the batch; when
 * neither is known the engine says so (strict mode refuses; the default lets the server decide).
 */
public interface SchemaFacts {

  /**
   * The partition-key columns of a table, in key order, or empty if the table is unknown.
   *
   * @param keyspace the keyspace, or null for the executor's current keyspace
   */
  Optional<List<String>> partitionKeyColumns(@CheckForNull String keyspace, String table);
}
