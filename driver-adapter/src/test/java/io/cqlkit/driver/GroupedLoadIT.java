package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Selector.count;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.GroupingOptions;
import io.cqlkit.executor.Row;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bulk load grouped by partition on the node: partition keys from the driver's schema metadata,
 * every row written once, one result per input statement in input order, a failing batch failing
 * each of its statements.
 */
@ExtendWith(CassandraNodeExtension.class)
class GroupedLoadIT {
  private static final String KS = "adapter_grouped";
  private static DriverExecutor executor;
  private static CqlEngine engine;

  @BeforeAll
  static void createSchema(CassandraNode node) {
    executor = TestCluster.connect(node);
    engine = CqlEngine.of(executor);
    TestCluster.recreateKeyspace(executor, KS);
    executor.execute(
        Schema.createTable(KS, "rows")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("ck", INT)
            .withColumn("v", TEXT)
            .build());
    executor.execute(
        Schema.createTable(KS, "refused")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("ck", INT)
            .withColumn("v", TEXT)
            .build());
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void should_load_rows_grouped_by_partition_and_read_every_one_back() {
    CqlTemplate insert =
        insertInto(KS, "rows").value("pk", marker()).value("ck", marker()).value("v", marker()).template();
    int rows = 10_000;
    List<ExecutionResult> results =
        engine
            .concurrently()
            .withWindow(64)
            .collectAll()
            .groupByPartition(GroupingOptions.defaults())
            .executeWithArgs(i -> insert.bind(i / 100, i % 100, "value-" + i), IntStream.range(0, rows).boxed().toList());

    assertThat(results).hasSize(rows).allMatch(ExecutionResult::isSuccess);
    assertThat(results.stream().map(ExecutionResult::index).collect(Collectors.toList()))
        .isEqualTo(IntStream.range(0, rows).asLongStream().boxed().collect(Collectors.toList()));
    Row total = executor.execute(selectFrom(KS, "rows").select(count()).build()).one();
    assertThat(total.get("count", Long.class)).isEqualTo((long) rows);
  }

  @Test
  void should_fail_each_statement_of_a_batch_the_server_refuses_and_keep_the_others() {
    CqlTemplate insert =
        insertInto(KS, "refused").value("pk", marker()).value("ck", marker()).value("v", marker()).template();
    List<CqlStatement> input =
        List.of(
            insert.bind(9001, 1, "a"),
            insert.bind(9002, 1, "b"),
            insert.bind(9001, 2, 42), // a text column given an int: the adapter refuses to bind it
            insert.bind(9001, 3, "c"));

    List<ExecutionResult> results =
        engine.concurrently().collectAll().groupByPartition(GroupingOptions.defaults()).execute(input);

    assertThat(results).extracting(ExecutionResult::index).containsExactly(0L, 1L, 2L, 3L);
    assertThat(results).extracting(ExecutionResult::isSuccess).containsExactly(false, true, false, false);
  }
}
