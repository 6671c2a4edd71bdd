package io.cqlkit.examples;

import static io.cqlkit.builder.schema.DataType.COUNTER;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static io.cqlkit.builder.schema.DataType.TIMESTAMP;
import static io.cqlkit.builder.schema.Schema.createKeyspace;
import static io.cqlkit.builder.schema.Schema.createTable;
import static io.cqlkit.builder.schema.Schema.truncate;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.schema.Replication;
import java.util.ArrayList;
import java.util.List;

/** The demo's keyspace and tables, written with the DDL builders. */
final class DemoSchema {
  static final String EVENTS = "events";
  static final String USERS = "users";
  static final String LOCKS = "locks";
  static final String PAGE_VIEWS = "page_views";

  private DemoSchema() {}

  /** CREATE … IF NOT EXISTS for everything (replication factor 1), then TRUNCATE so each run starts empty. */
  static List<CqlStatement> statements(String keyspace) {
    return statements(keyspace, Replication.simpleStrategy(1));
  }

  /** The same with the keyspace's replication, e.g. {@code NetworkTopologyStrategy} with 3 replicas on a ring. */
  static List<CqlStatement> statements(String keyspace, Replication replication) {
    List<CqlStatement> ddl = new ArrayList<>();
    ddl.add(createKeyspace(keyspace).ifNotExists().withReplication(replication).build());
    ddl.add(
        createTable(keyspace, EVENTS)
            .ifNotExists()
            .withPartitionKey("user_id", INT)
            .withClusteringColumn("seq", INT)
            .withColumn("ts", TIMESTAMP)
            .withColumn("event_type", TEXT)
            .withColumn("payload", TEXT)
            .build());
    ddl.add(
        createTable(keyspace, USERS)
            .ifNotExists()
            .withPartitionKey("user_id", INT)
            .withColumn("name", TEXT)
            .withColumn("last_seen", TIMESTAMP)
            .build());
    ddl.add(
        createTable(keyspace, LOCKS)
            .ifNotExists()
            .withPartitionKey("name", TEXT)
            .withColumn("owner", TEXT)
            .withColumn("acquired_at", TIMESTAMP)
            .build());
    ddl.add(
        createTable(keyspace, PAGE_VIEWS)
            .ifNotExists()
            .withPartitionKey("page", TEXT)
            .withColumn("views", COUNTER)
            .build());
    for (String table : List.of(EVENTS, USERS, LOCKS, PAGE_VIEWS)) {
      ddl.add(truncate(keyspace, table).build());
    }
    return ddl;
  }
}
