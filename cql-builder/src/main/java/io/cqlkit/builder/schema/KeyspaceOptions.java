package io.cqlkit.builder.schema;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The WITH options of {@link CreateKeyspace} and {@link AlterKeyspace}. The replication renders
 * first, then the other options in the order first set, joined by {@code AND}.
 *
 * @param <SelfT> the builder type
 */
@CheckReturnValue
public interface KeyspaceOptions<SelfT extends KeyspaceOptions<SelfT>> {

  /** {@code replication = {...}}, e.g. {@code withReplication(Replication.simpleStrategy(3))}. */
  SelfT withReplication(Replication replication);

  /** {@code durable_writes}: false skips the commit log for this keyspace (risks data loss). */
  default SelfT withDurableWrites(boolean durableWrites) {
    return withOption("durable_writes", durableWrites);
  }

  /**
   * Any other option by name, with a string, number or boolean value, or a map of those; e.g.
   * ScyllaDB's {@code withOption("tablets", Map.of("enabled", false))}.
   */
  SelfT withOption(String name, Object value);
}
