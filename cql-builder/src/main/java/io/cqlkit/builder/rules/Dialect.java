package io.cqlkit.builder.rules;

/**
 * The server family a validator checks for: the rules and default batch limits differ slightly
 * between Apache Cassandra and ScyllaDB.
 */
public enum Dialect {
  /** Apache Cassandra: refuses mixed condition kinds on one row of a batch; 5 KiB / 50 KiB limits. */
  CASSANDRA,
  /** ScyllaDB: allows mixed condition kinds, ignores UNLOGGED on conditional batches; 128 KiB / 1 MiB limits. */
  SCYLLADB;

  /** The server's default batch size thresholds. */
  public BatchLimits defaultLimits() {
    return this == CASSANDRA ? BatchLimits.cassandra() : BatchLimits.scylla();
  }
}
