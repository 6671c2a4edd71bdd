package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutorRegistry;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two named executors, each on its own session bound to its own keyspace, used side by side. */
@ExtendWith(CassandraNodeExtension.class)
class NamedExecutorsIT {
  private static DriverExecutor orders;
  private static DriverExecutor audit;
  private static CqlEngine engine;

  @BeforeAll
  static void connect(CassandraNode node) {
    try (DriverExecutor admin = TestCluster.connect(node)) {
      for (String keyspace : List.of("adapter_orders", "adapter_audit")) {
        TestCluster.recreateKeyspace(admin, keyspace);
        admin.execute(
            Schema.createTable(keyspace, "entries")
                .withPartitionKey("id", INT)
                .withColumn("what", TEXT)
                .build());
      }
    }
    orders = TestCluster.executorBuilder(node).withKeyspace("adapter_orders").connect();
    audit = TestCluster.executorBuilder(node).withKeyspace("adapter_audit").connect();
    engine =
        CqlEngine.of(ExecutorRegistry.create().registerDefault("orders", orders).register("audit", audit));
  }

  @AfterAll
  static void close() {
    for (DriverExecutor executor : new DriverExecutor[] {orders, audit}) {
      if (executor != null) {
        executor.close();
      }
    }
  }

  private static List<String> whats(DriverExecutor executor) {
    return executor.execute(selectFrom("entries").build()).rows().stream()
        .map(r -> r.get("what", String.class))
        .sorted()
        .toList();
  }

  @Test
  void should_send_each_statement_to_the_executor_it_names() {
    CqlStatement order = insertInto("entries").value("id", 1).value("what", "order 1").build();
    CqlStatement entry = insertInto("entries").value("id", 1).value("what", "audit of order 1").build();

    engine.execute(order);
    engine.using("audit").execute(entry);
    engine.batch(BatchType.UNLOGGED).run(b -> b.add(insertInto("entries").value("id", 2).value("what", "order 2").build()));
    engine.using("audit").batch().run(b -> b.add(insertInto("entries").value("id", 2).value("what", "audit of order 2").build()));

    assertThat(whats(orders)).containsExactly("order 1", "order 2");
    assertThat(whats(audit)).containsExactly("audit of order 1", "audit of order 2");
    assertThat(orders.session()).isNotSameAs(audit.session());
  }

  @Test
  void should_read_schema_facts_from_the_session_keyspace_of_each_executor() {
    assertThat(orders.partitionKeyColumns(null, "entries")).contains(List.of("id"));
    assertThat(audit.partitionKeyColumns(null, "entries")).contains(List.of("id"));
    assertThat(orders.partitionKeyColumns("adapter_audit", "entries")).contains(List.of("id"));
  }
}
