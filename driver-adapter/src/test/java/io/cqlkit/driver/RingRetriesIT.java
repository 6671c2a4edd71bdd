package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.schema.DataType.COUNTER;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.connection.BusyConnectionException;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.schema.DataType;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.Consistency;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.ResultIterator;
import io.cqlkit.executor.Row;
import io.cqlkit.node.CassandraRing;
import io.cqlkit.node.CassandraRingExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retries and idempotence on a real 3-node ring (replication factor 3, QUORUM), with the driver's
 * speculative executions and its default retry policy on: a node is SIGKILLed during 10,000 counter
 * increments mixed with list appends, LWTs and plain inserts. A driver request tracker counts the
 * attempts of each statement: the plain inserts, which cqlkit infers idempotent, may be retried
 * (some are, by the driver's retry policy after the kill or by a speculative execution);
 * counter updates, list appends and LWTs are sent as not idempotent and never tried twice. The
 * counter ends between the increments that succeeded and those plus the ones that failed.
 */
@ExtendWith(CassandraRingExtension.class)
class RingRetriesIT {
  private static final String KS = "ring_retries";
  private static final int INCREMENTS = 10_000;
  private static final int COUNTERS = 10;
  private static final ExecutionOptions QUORUM = ExecutionOptions.defaults().withConsistency(Consistency.QUORUM);
  private static final Attempts ATTEMPTS = new Attempts();
  private static CassandraRing ring;
  private static DriverExecutor executor;
  private static CqlEngine engine;

  private enum Kind { COUNTER, LIST_APPEND, LWT, PLAIN_INSERT }

  /**
   * Counts the node attempts of each request that reached a node (errors and the success alike). A
   * request the driver could not even write to a connection (the connection was closing, or busy)
   * never reached the server: the driver moves it to the next node whatever its idempotence, and
   * that is no retry, so such attempts are counted apart.
   */
  static final class Attempts implements RequestTracker {
    final Map<Request, AtomicInteger> byRequest = Collections.synchronizedMap(new IdentityHashMap<>());
    final Map<String, AtomicInteger> unsent = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void onNodeError(Request request, Throwable error, long latencyNanos, DriverExecutionProfile profile,
        Node node, String prefix) {
      if (!(error instanceof DriverException) || error instanceof BusyConnectionException) {
        unsent.computeIfAbsent(error.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        return;
      }
      count(request);
    }

    @Override
    public void onNodeSuccess(Request request, long latencyNanos, DriverExecutionProfile profile, Node node,
        String prefix) {
      count(request);
    }

    private void count(Request request) {
      byRequest.computeIfAbsent(request, r -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void close() {}
  }

  @BeforeAll
  static void createSchema(CassandraRing shared) {
    ring = shared;
    executor =
        RingCluster.executorBuilder(ring)
            .withConfig(
                c ->
                    c.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(5))
                        .withString(DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS,
                            "ConstantSpeculativeExecutionPolicy")
                        .withInt(DefaultDriverOption.SPECULATIVE_EXECUTION_MAX, 2)
                        .withDuration(DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY, Duration.ofMillis(200)))
            .withSessionOptions(b -> b.addRequestTracker(ATTEMPTS))
            .connect();
    engine = CqlEngine.of(executor);
    // DDL without IF NOT EXISTS reaches the driver as idempotent: with speculative executions on, a
    // slow CREATE could be sent twice and fail with "already exists". Schema changes go one at a
    // time, not idempotent, here.
    ExecutionOptions patient =
        ExecutionOptions.defaults().withTimeout(Duration.ofSeconds(30)).withIdempotent(false);
    engine.execute(Schema.dropKeyspace(KS).ifExists().build(), patient);
    engine.execute(Schema.createKeyspace(KS).ifNotExists().withReplication(Replication.simpleStrategy(3)).build(), patient);
    engine.execute(Schema.createTable(KS, "counters").ifNotExists().withPartitionKey("id", INT).withColumn("n", COUNTER).build(), patient);
    engine.execute(
        Schema.createTable(KS, "lists").ifNotExists().withPartitionKey("id", INT).withColumn("l", DataType.listOf(INT)).build(),
        patient);
    engine.execute(Schema.createTable(KS, "locks").ifNotExists().withPartitionKey("name", TEXT).withColumn("owner", TEXT).build(), patient);
    engine.execute(Schema.createTable(KS, "kv").ifNotExists().withPartitionKey("id", INT).withColumn("v", TEXT).build(), patient);
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
  void should_retry_only_what_is_idempotent_and_count_every_increment_at_most_once() {
    List<CqlStatement> statements = new ArrayList<>();
    for (int i = 0; i < INCREMENTS; i++) {
      statements.add(update(KS, "counters").increment("n", 1).where("id", i % COUNTERS).build());
      if (i % 5 == 0) {
        statements.add(update(KS, "lists").append("l", List.of(i)).where("id", i % 100).build());
        statements.add(insertInto(KS, "kv").value("id", i).value("v", "v" + i).build());
      }
      if (i % 20 == 0) {
        statements.add(insertInto(KS, "locks").value("name", "lock-" + i).value("owner", "w").ifNotExists().build());
      }
    }
    Map<Kind, long[]> outcomes = new EnumMap<>(Kind.class); // [successes, failures]
    Map<Kind, String> firstError = new EnumMap<>(Kind.class);
    boolean killed = false;
    try (ResultIterator results =
        engine.concurrently().withWindow(128).collectAll().withOptions(QUORUM).iterate(statements.iterator())) {
      while (results.hasNext()) {
        ExecutionResult result = results.next();
        Kind kind = kind(result.statement().orElseThrow().cql());
        outcomes.computeIfAbsent(kind, k -> new long[2])[result.isSuccess() ? 0 : 1]++;
        if (!result.isSuccess()) {
          firstError.putIfAbsent(kind, String.valueOf(result.error().orElse(null)));
        }
        if (!killed && results.done() >= statements.size() / 3) {
          ring.kill(2);
          killed = true;
        }
      }
    }

    Map<Kind, int[]> attempts = new EnumMap<>(Kind.class); // [requests, retried, max attempts]
    synchronized (ATTEMPTS.byRequest) {
      ATTEMPTS.byRequest.forEach((request, count) -> {
        if (!(request instanceof BoundStatement)) {
          return; // schema statements
        }
        Kind kind = kind(((BoundStatement) request).getPreparedStatement().getQuery());
        assertThat(((Statement<?>) request).isIdempotent())
            .as("idempotence the driver was told for %s", kind)
            .isEqualTo(kind == Kind.PLAIN_INSERT);
        int[] a = attempts.computeIfAbsent(kind, k -> new int[3]);
        a[0]++;
        a[1] += count.get() > 1 ? 1 : 0;
        a[2] = Math.max(a[2], count.get());
      });
    }
    attempts.forEach((kind, a) -> System.out.printf(
        "%s: %,d requests, %,d tried more than once (at most %d times); %,d succeeded, %,d failed%n",
        kind, a[0], a[1], a[2], outcomes.get(kind)[0], outcomes.get(kind)[1]));
    firstError.forEach((kind, error) -> System.out.printf("first %s failure: %s%n", kind, error));
    System.out.println("attempts that never reached a node (moved to the next node, not retries): " + ATTEMPTS.unsent);
    for (Kind kind : List.of(Kind.COUNTER, Kind.LIST_APPEND, Kind.LWT)) {
      assertThat(attempts.get(kind)[2]).as("attempts of a %s statement", kind).isEqualTo(1);
    }
    // plain inserts may still fail (a server-side write timeout is not retried for a simple write);
    // RingFailoverIT proves that QUORUM writes survive one node down

    long successes = outcomes.get(Kind.COUNTER)[0];
    long failures = outcomes.get(Kind.COUNTER)[1];
    long total = 0;
    for (Row row : engine.execute(selectFrom(KS, "counters").all().build(), QUORUM).rows()) {
      total += row.get("n", Long.class);
    }
    System.out.printf("counter: %,d increments succeeded, %,d failed; final value %,d%n", successes, failures, total);
    assertThat(successes + failures).isEqualTo(INCREMENTS);
    assertThat(total).isBetween(successes, successes + failures);
  }

  private static Kind kind(String cql) {
    if (cql.contains("n = n +")) {
      return Kind.COUNTER;
    }
    if (cql.contains("l = l +")) {
      return Kind.LIST_APPEND;
    }
    return cql.contains("IF NOT EXISTS") ? Kind.LWT : Kind.PLAIN_INSERT;
  }
}
