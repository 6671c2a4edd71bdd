package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Selector.count;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.BatchResult;
import io.cqlkit.executor.ConcurrentRun;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.CqlExecutionException;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.node.CassandraNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The node dies in the middle of 10,000 concurrent statements: every statement is reported, none
 * hangs past the request timeout, no callback of a failed batch runs, and after a restart a re-run
 * leaves every row present. It runs on a node of its own, started crash-safe (durable system tables,
 * commit log synced per write) so that what the node acknowledged survives the kill; the shared
 * node of the other tests is never disturbed.
 */
class NodeFailureIT {
  private static final String KS = "adapter_faults";
  private static final int ROWS = 10_000;
  private static final int BATCHES = 300;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
  private static CassandraNode node;
  private static DriverExecutor executor;
  private static CqlEngine engine;

  @BeforeAll
  static void startNodeAndCreateSchema() {
    node = CassandraNode.builder().useExternal(false).crashSafe(true).build().start();
    executor =
        TestCluster.executorBuilder(node)
            .withConfig(c -> c.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, REQUEST_TIMEOUT))
            .connect();
    engine = CqlEngine.of(executor);
    TestCluster.recreateKeyspace(executor, KS);
    createSchemaIfMissing(executor);
  }

  /** Schema changes right after a restart may take longer than the short request timeout. */
  private static final ExecutionOptions PATIENT = ExecutionOptions.defaults().withTimeout(Duration.ofSeconds(30));

  private static void createSchemaIfMissing(DriverExecutor executor) {
    executor.execute(
        Schema.createKeyspace(KS).ifNotExists().withReplication(Replication.simpleStrategy(1)).build(),
        PATIENT);
    for (String table : List.of("rows", "batched")) {
      executor.execute(
          Schema.createTable(KS, table)
              .ifNotExists()
              .withPartitionKey("id", INT)
              .withColumn("v", TEXT)
              .build(),
          PATIENT);
    }
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void should_report_every_statement_when_the_node_dies_and_recover_after_a_restart()
      throws Exception {
    CqlTemplate insert = insertInto(KS, "rows").value("id", marker()).value("v", marker()).template();
    List<CqlStatement> statements =
        IntStream.range(0, ROWS).mapToObj(id -> insert.bind(id, "v" + id)).toList();

    ConcurrentRun run = engine.concurrently().collectAll().withWindow(128).start(statements);
    while (run.done() < ROWS / 5 && !run.isDone()) {
      Thread.sleep(5);
    }
    AtomicIntegerArray callbacks = new AtomicIntegerArray(BATCHES);
    List<CompletableFuture<BatchResult>> batches = startBatches(callbacks);
    long killedAt = System.nanoTime();
    node.kill();

    List<ExecutionResult> results =
        run.results().toCompletableFuture().get(REQUEST_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    CompletableFuture.allOf(batches.toArray(new CompletableFuture<?>[0]))
        .exceptionally(e -> null)
        .get(REQUEST_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    double drained = (System.nanoTime() - killedAt) / 1e9;

    long succeeded = results.stream().filter(ExecutionResult::isSuccess).count();
    System.out.printf(
        "NodeFailureIT: node killed after %,d statements; all %,d reported %.1f s after the kill:"
            + " %,d succeeded, %,d failed (%s)%n",
        ROWS / 5, results.size(), drained, succeeded, results.size() - succeeded,
        results.stream().filter(r -> !r.isSuccess()).map(r -> r.error().orElseThrow().getClass().getSimpleName())
            .distinct().toList());
    assertThat(results).hasSize(ROWS);
    assertThat(results).extracting(ExecutionResult::index).containsExactlyElementsOf(
        IntStream.range(0, ROWS).mapToObj(i -> (long) i).toList());
    assertThat(succeeded).isGreaterThanOrEqualTo(ROWS / 5).isLessThan(ROWS);
    assertThat(results)
        .filteredOn(r -> !r.isSuccess())
        .allSatisfy(r -> assertThat(r.error()).get().isInstanceOf(CqlExecutionException.class));

    int failedBatches = 0;
    for (int i = 0; i < BATCHES; i++) {
      boolean failed = batches.get(i).isCompletedExceptionally();
      failedBatches += failed ? 1 : 0;
      assertThat(callbacks.get(i)).as("callback runs of batch %s (failed: %s)", i, failed).isEqualTo(failed ? 0 : 1);
    }
    assertThat(failedBatches).as("batches failed by the kill").isPositive();

    node.restart();
    awaitReconnected();
    List<ExecutionResult> rerun =
        engine
            .concurrently()
            .collectAll()
            .withWindow(128)
            .withOptions(ExecutionOptions.defaults().withTimeout(Duration.ofSeconds(10)))
            .execute(statements);

    assertThat(rerun).allMatch(ExecutionResult::isSuccess);
    long rows =
        executor.execute(selectFrom(KS, "rows").select(count()).build(), PATIENT).one().get("count", Long.class);
    assertThat(rows).isEqualTo(ROWS);
  }

  /** Batches in flight while the node dies, each with a callback that counts its runs. */
  private static List<CompletableFuture<BatchResult>> startBatches(AtomicIntegerArray callbacks) {
    List<CompletableFuture<BatchResult>> batches = new ArrayList<>();
    for (int i = 0; i < BATCHES; i++) {
      int index = i;
      batches.add(
          engine
              .batch(BatchType.UNLOGGED)
              .add(insertInto(KS, "batched").value("id", i).value("v", "b" + i).build())
              .addCallback(() -> callbacks.incrementAndGet(index))
              .executeAsync()
              .toCompletableFuture());
    }
    return batches;
  }

  private static void awaitReconnected() throws InterruptedException {
    CqlStatement probe = selectFrom("system", "local").columns("release_version").build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        executor.execute(probe);
        return;
      } catch (CqlExecutionException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }
}
