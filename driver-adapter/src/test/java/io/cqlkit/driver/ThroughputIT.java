package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.BIGINT;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Concurrent inserts through the engine and the adapter against a hand-tuned raw driver loop
 * (prepared statement, Semaphore, same window, same session), in alternating rounds so that both
 * see the same node and machine load.
 */
@ExtendWith(CassandraNodeExtension.class)
class ThroughputIT {
  private static final String KS = "adapter_speed";
  private static final int ROWS_PER_ROUND = 5_000;
  private static final int ROUNDS = 4;
  private static final int WINDOW = 128;
  private static DriverExecutor executor;

  @BeforeAll
  static void createSchema(CassandraNode node) {
    executor = TestCluster.connect(node);
    TestCluster.recreateKeyspace(executor, KS);
    for (String table : List.of("raw", "adapter")) {
      executor.execute(
          Schema.createTable(KS, table)
              .withPartitionKey("id", INT)
              .withColumn("v", TEXT)
              .withColumn("n", BIGINT)
              .build());
    }
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void should_insert_at_least_nine_tenths_as_fast_as_a_raw_driver_loop() throws Exception {
    CqlSession session = executor.session();
    PreparedStatement raw = session.prepare("INSERT INTO " + KS + ".raw (id, v, n) VALUES (?, ?, ?)");
    CqlTemplate template =
        insertInto(KS, "adapter").value("id", marker()).value("v", marker()).value("n", marker()).template();
    CqlEngine engine = CqlEngine.of(executor);
    Runner[] runners = {
      from -> rawLoop(session, raw, from, ROWS_PER_ROUND),
      from -> adapterLoop(template, from, ROWS_PER_ROUND),
      from -> {
        List<ExecutionResult> results =
            engine
                .concurrently()
                .withWindow(WINDOW)
                .executeWithArgs(
                    id -> template.bind(id, "value-" + id, id * 7L),
                    IntStream.range(from, from + ROWS_PER_ROUND).boxed().toList());
        assertThat(results).allMatch(ExecutionResult::isSuccess);
      }
    };
    String[] names = {"raw driver loop", "adapter, Semaphore loop", "engine + adapter"};
    double[] seconds = new double[runners.length];
    double[] cpuSeconds = new double[runners.length];
    for (Runner runner : runners) {
      runner.run(-ROWS_PER_ROUND); // warm-up
    }
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < runners.length; k++) {
        int variant = round % 2 == 0 ? k : runners.length - 1 - k; // ABC CBA: drift hits all alike
        int from = (round * runners.length + variant) * ROWS_PER_ROUND;
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        runners[variant].run(from);
        seconds[variant] += (System.nanoTime() - start) / 1e9;
        cpuSeconds[variant] += (processCpuNanos() - cpu) / 1e9;
      }
    }

    int total = ROUNDS * ROWS_PER_ROUND;
    for (int k = 0; k < runners.length; k++) {
      System.out.printf(
          "ThroughputIT: %-24s %,6.0f inserts/s (%.2fx raw), client CPU %.0f us/insert%n",
          names[k], total / seconds[k], seconds[0] / seconds[k], cpuSeconds[k] * 1e6 / total);
    }
    assertThat(seconds[0] / seconds[2]).as("engine + adapter throughput relative to the raw loop").isGreaterThanOrEqualTo(0.9);
  }

  @FunctionalInterface
  private interface Runner {
    void run(int from) throws Exception;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void adapterLoop(CqlTemplate template, int from, int count) throws InterruptedException {
    Semaphore window = new Semaphore(WINDOW);
    AtomicInteger failures = new AtomicInteger();
    for (int id = from; id < from + count; id++) {
      window.acquire();
      executor
          .executeAsync(template.bind(id, "value-" + id, id * 7L))
          .whenComplete(
              (rs, error) -> {
                if (error != null) {
                  failures.incrementAndGet();
                }
                window.release();
              });
    }
    window.acquire(WINDOW);
    assertThat(failures).hasValue(0);
  }

  /** The hand-tuned loop: prepared once, bind, a Semaphore as the window. */
  private static void rawLoop(CqlSession session, PreparedStatement insert, int from, int count)
      throws InterruptedException {
    Semaphore window = new Semaphore(WINDOW);
    AtomicInteger failures = new AtomicInteger();
    for (int id = from; id < from + count; id++) {
      window.acquire();
      session
          .executeAsync(insert.bind(id, "value-" + id, id * 7L))
          .whenComplete(
              (rs, error) -> {
                if (error != null) {
                  failures.incrementAndGet();
                }
                window.release();
              });
    }
    window.acquire(WINDOW);
    assertThat(failures).hasValue(0);
  }
}
