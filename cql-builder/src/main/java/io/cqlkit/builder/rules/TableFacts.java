package io.cqlkit.builder.rules;

import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * What the rules may ask about tables: partition keys (for the partition checks and the size
 * model), clustering columns and types (for the size model and key comparison), counter-ness (for
 * DELETEs in batches). An executor with schema knowledge offers it (the executor SPI's {@code
 * SchemaFacts} is one).
 */
@FunctionalInterface
public interface TableFacts {

  /**
   * What is known of a table, or empty if the table is unknown.
   *
   * @param keyspace the keyspace, or null for the current keyspace
   */
  Optional<TableInfo> table(@CheckForNull String keyspace, String table);

  /** Knows no table. */
  static TableFacts none() {
    return (keyspace, table) -> Optional.empty();
  }
}
