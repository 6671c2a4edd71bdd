package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.Consistency;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.ResultIterator;
import io.cqlkit.executor.UnavailableException;
import io.cqlkit.node.CassandraRing;
import io.cqlkit.node.CassandraRingExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failover on a real 3-node ring, replication factor 3, QUORUM: a member is SIGKILLed a third of the
 * way through 20,000 concurrent inserts and every insert still succeeds; an LWT at SERIAL applies
 * with one member down. With a second member down every statement fails with cqlkit's {@link
 * UnavailableException} within its request timeout, and the LWT is refused. Both members come back
 * on their own data, and every row reads back at ALL. The shared ring is crash-safe and left whole.
 */
@ExtendWith(CassandraRingExtension.class)
class RingFailoverIT {
  private static final String KS = "ring_failover";
  private static final int ROWS = 20_000;
  private static final int ROWS_PER_PARTITION = 100;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  private static final ExecutionOptions QUORUM = ExecutionOptions.defaults().withConsistency(Consistency.QUORUM);
  private static final ExecutionOptions SERIAL = QUORUM.withSerialConsistency(Consistency.SERIAL);
  private static final ExecutionOptions ALL = ExecutionOptions.defaults().withConsistency(Consistency.ALL)
      .withTimeout(Duration.ofSeconds(20));
  private static CassandraRing ring;
  private static DriverExecutor executor;
  private static CqlEngine engine;

  @BeforeAll
  static void createSchema(CassandraRing shared) {
    ring = shared;
    executor =
        RingCluster.executorBuilder(ring)
            .withConfig(c -> c.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, REQUEST_TIMEOUT))
            .connect();
    engine = CqlEngine.of(executor);
    ExecutionOptions patient = ExecutionOptions.defaults().withTimeout(Duration.ofSeconds(30));
    engine.execute(Schema.dropKeyspace(KS).ifExists().build(), patient);
    engine.execute(
        Schema.createKeyspace(KS)
            .withReplication(Replication.networkTopologyStrategy(Map.of(ring.localDatacenter(), 3)))
            .build(),
        patient);
    engine.execute(
        Schema.createTable(KS, "rows")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("ck", INT)
            .withColumn("v", TEXT)
            .build(),
        patient);
    engine.execute(
        Schema.createTable(KS, "locks").withPartitionKey("name", TEXT).withColumn("owner", TEXT).build(), patient);
  }

  @AfterAll
  static void leaveTheRingWhole() {
    try {
      if (executor != null) {
        executor.close();
      }
    } finally {
      for (int i = 0; ring != null && i < ring.size(); i++) {
        if (!ring.node(i).isRunning()) {
          ring.restart(i);
        }
      }
    }
  }

  @Test
  void should_lose_nothing_with_one_node_down_and_refuse_clearly_with_two() {
    CqlTemplate insert =
        insertInto(KS, "rows").value("pk", marker()).value("ck", marker()).value("v", marker()).template();
    List<CqlStatement> inserts =
        IntStream.range(0, ROWS)
            .mapToObj(i -> insert.bind(i / ROWS_PER_PARTITION, i % ROWS_PER_PARTITION, "v" + i))
            .collect(Collectors.toList());

    // 1. one member killed a third of the way through: every insert succeeds
    long failed = 0;
    String firstError = null;
    boolean killed = false;
    try (ResultIterator results =
        engine.concurrently().withWindow(256).collectAll().withOptions(QUORUM).iterate(inserts.iterator())) {
      while (results.hasNext()) {
        ExecutionResult result = results.next();
        if (!result.isSuccess()) {
          failed++;
          firstError = firstError == null ? String.valueOf(result.error().orElse(null)) : firstError;
        }
        if (!killed && results.done() >= ROWS / 3) {
          ring.kill(2);
          killed = true;
        }
      }
    }
    assertThat(failed).as("inserts failed with one of three nodes killed; first: %s", firstError).isZero();

    // 2. an LWT at SERIAL applies with one member down (once the others have convicted it: until
    //    then Paxos still waits for it)
    ring.awaitDown(2, Duration.ofSeconds(60));
    CqlStatement lock = insertInto(KS, "locks").value("name", "one-down").value("owner", "w1").ifNotExists().build();
    assertThat(engine.execute(lock, SERIAL).lwt().applied()).isTrue();

    // 3. a second member down: every statement fails with UnavailableException within its timeout
    ring.kill(1);
    ring.awaitDown(1, Duration.ofSeconds(60));
    List<Long> millis = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    runTimed(inserts.subList(0, 300), millis, errors);
    assertThat(errors).hasSize(300).allSatisfy(e -> assertThat(e).isInstanceOf(UnavailableException.class));
    assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(REQUEST_TIMEOUT.toMillis() + 1_000));
    System.out.printf("with two of three nodes down: 300 of 300 inserts refused as unavailable, slowest in %d ms%n",
        millis.stream().mapToLong(Long::longValue).max().orElse(0));
    CqlStatement lock2 = insertInto(KS, "locks").value("name", "two-down").value("owner", "w1").ifNotExists().build();
    assertThatThrownBy(() -> engine.execute(lock2, SERIAL))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("SERIAL");

    // 4. both come back on their own data: every row reads back at ALL
    ring.restart(1);
    ring.restart(2);
    List<CqlStatement> partitions =
        IntStream.range(0, ROWS / ROWS_PER_PARTITION)
            .mapToObj(pk -> selectFrom(KS, "rows").columns("ck").where("pk", pk).build())
            .collect(Collectors.toList());
    List<ExecutionResult> reads =
        engine.concurrently().withWindow(16).collectAll().withOptions(ALL).execute(partitions);
    long rows = 0;
    for (ExecutionResult read : reads) {
      assertThat(read.isSuccess()).as("read at ALL: %s", read.error()).isTrue();
      rows += read.result().rows().size();
    }
    assertThat(rows).isEqualTo(ROWS);
    assertThat(engine.execute(selectFrom(KS, "locks").all().where("name", "one-down").build(), ALL).rows())
        .hasSize(1);
  }

  /** Runs each statement (window 32), recording how long each took and how it failed. */
  private static void runTimed(List<CqlStatement> statements, List<Long> millis, List<Throwable> errors) {
    Semaphore window = new Semaphore(32);
    List<CompletableFuture<?>> all = new ArrayList<>();
    for (CqlStatement statement : statements) {
      window.acquireUninterruptibly();
      long t0 = System.nanoTime();
      all.add(engine.executeAsync(statement, QUORUM).toCompletableFuture().handle((r, e) -> {
        synchronized (millis) {
          millis.add((System.nanoTime() - t0) / 1_000_000);
          if (e != null) {
            errors.add(e instanceof java.util.concurrent.CompletionException ? e.getCause() : e);
          }
        }
        window.release();
        return null;
      }));
    }
    CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).join();
  }
}
