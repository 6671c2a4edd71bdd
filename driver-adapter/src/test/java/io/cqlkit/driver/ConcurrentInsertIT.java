package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Selector.count;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.BIGINT;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.QueryTimeoutException;
import io.cqlkit.executor.Row;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** 100,000 inserts through the engine's concurrent execution on the adapter, all read back. */
@ExtendWith(CassandraNodeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentInsertIT {
  private static final String KS = "adapter_bulk";
  private static final int ROWS = 100_000;
  private static final int WINDOW = 128;
  private static DriverExecutor executor;
  private static CqlEngine engine;

  @BeforeAll
  static void createSchema(CassandraNode node) {
    executor = TestCluster.connect(node);
    engine = CqlEngine.of(executor);
    TestCluster.recreateKeyspace(executor, KS);
    executor.execute(
        Schema.createTable(KS, "rows")
            .withPartitionKey("id", INT)
            .withColumn("v", TEXT)
            .withColumn("n", BIGINT)
            .build());
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  @Order(1)
  void should_insert_100000_rows_concurrently_and_read_every_one_back() {
    CqlTemplate insert =
        insertInto(KS, "rows").value("id", marker()).value("v", marker()).value("n", marker()).template();
    List<Integer> ids = IntStream.range(0, ROWS).boxed().toList();

    long start = System.nanoTime();
    List<ExecutionResult> results =
        engine
            .concurrently()
            .withWindow(WINDOW)
            .executeWithArgs(id -> insert.bind(id, "value-" + id, id * 7L), ids);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "ConcurrentInsertIT: %,d inserts through the engine (window %d) in %.1f s = %,.0f inserts/s%n",
        ROWS, WINDOW, seconds, ROWS / seconds);

    assertThat(results).hasSize(ROWS).allMatch(ExecutionResult::isSuccess);
    assertThat(results).extracting(ExecutionResult::index).first().isEqualTo(0L);
    assertThat(results.get(ROWS - 1).index()).isEqualTo(ROWS - 1L);

    Row total = executor.execute(selectFrom(KS, "rows").select(count()).build()).one();
    assertThat(total.get("count", Long.class)).isEqualTo((long) ROWS);

    BitSet seen = new BitSet(ROWS);
    CqlStatement all = selectFrom(KS, "rows").build();
    try (Stream<Row> rows = executor.allRows(all, ExecutionOptions.defaults().withPageSize(5_000))) {
      rows.forEach(
          row -> {
            int id = row.get("id", Integer.class);
            assertThat(seen.get(id)).as("row %s read twice", id).isFalse();
            seen.set(id);
            assertThat(row.get("v", String.class)).isEqualTo("value-" + id);
            assertThat(row.get("n", Long.class)).isEqualTo(id * 7L);
          });
    }
    assertThat(seen.cardinality()).isEqualTo(ROWS);
  }

  /** Counting the 100,000 rows takes far longer than a millisecond: the driver gives up. */
  @Test
  @Order(2)
  void should_time_out_a_query_slower_than_its_timeout() {
    CqlStatement countAll = selectFrom(KS, "rows").select(count()).build();

    assertThatThrownBy(
            () -> executor.execute(countAll, ExecutionOptions.defaults().withTimeout(Duration.ofMillis(1))))
        .isInstanceOf(QueryTimeoutException.class)
        .hasMessageStartingWith("Query timed out after PT0.001S")
        .hasCauseInstanceOf(com.datastax.oss.driver.api.core.DriverTimeoutException.class);
  }
}
