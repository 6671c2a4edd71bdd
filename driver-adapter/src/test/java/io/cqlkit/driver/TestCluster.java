package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.node.CassandraNode;
import java.time.Duration;

/** How the integration tests reach the shared node: executors with fast schema changes. */
final class TestCluster {
  private TestCluster() {}

  /** An executor builder on the node, with fast schema changes and quick reconnection. */
  static DriverExecutorBuilder executorBuilder(CassandraNode node) {
    return DriverExecutor.builder()
        .addContactPoint(node.contactPoint())
        .withLocalDatacenter(node.localDatacenter())
        .withFastSchemaChanges()
        .withConfig(
            config ->
                config
                    .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
                    .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(200))
                    .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(1)));
  }

  /** An executor on the node with no keyspace. */
  static DriverExecutor connect(CassandraNode node) {
    return executorBuilder(node).connect();
  }

  /** Drops and creates {@code keyspace} (replication factor 1). */
  static void recreateKeyspace(CqlExecutor executor, String keyspace) {
    executor.execute(Schema.dropKeyspace(keyspace).ifExists().build());
    executor.execute(
        Schema.createKeyspace(keyspace).withReplication(Replication.simpleStrategy(1)).build());
  }

  /** A schema statement from text. */
  static CqlStatement ddl(String cql) {
    return CqlStatement.schema(StatementKind.DDL, cql, null, null);
  }
}
