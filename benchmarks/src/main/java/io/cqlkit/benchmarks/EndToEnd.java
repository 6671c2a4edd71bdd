package io.cqlkit.benchmarks;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Term.marker;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.cqlkit.builder.Batch;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.DataType;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.driver.DriverExecutor;
import io.cqlkit.driver.DriverExecutorBuilder;
import io.cqlkit.executor.Consistency;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraRing;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The end-to-end load run: the same single-row inserts through the adapter's concurrent
 * execution, a hand-tuned raw driver loop (prepared, Semaphore, same window), a naive loop of
 * unprepared statements, and as unlogged single-partition batches of 10 — on one real node, in
 * the same run, after two warm-up rounds; each figure is the best of three measured rounds
 * with the order rotated.
 */
final class EndToEnd {
  private static final int WINDOW = 256;
  private static final int WARM_UP_ROUNDS = 2;
  private static final int MEASURED_ROUNDS = 3;

  /** A way of inserting rows {@code from .. from + n}; returns the seconds it took. */
  @FunctionalInterface
  private interface Load {
    double seconds(int from, int n);
  }

  private record Variant(String name, Load run, boolean naive) {}
  private static final String KEYSPACE = "bench";
  private static final String TABLE = "rows";
  private static final String INSERT_CQL =
      "INSERT INTO bench.rows (pk, ck, v1, v2, v3) VALUES (?, ?, ?, ?, ?)";
  private static final CqlTemplate INSERT =
      insertInto(KEYSPACE, TABLE)
          .value("pk", marker())
          .value("ck", marker())
          .value("v1", marker())
          .value("v2", marker())
          .value("v3", marker())
          .template();

  private final CqlSession session;
  private final CqlEngine engine;
  private final PreparedStatement prepared;
  private final ExecutionOptions options;
  private final ConsistencyLevel consistency; // null: the driver's default

  private EndToEnd(DriverExecutor executor) {
    this(executor, Replication.simpleStrategy(1), null);
  }

  /** On a ring: the keyspace's replication and both variants' consistency level (e.g. QUORUM). */
  private EndToEnd(DriverExecutor executor, Replication replication, Consistency level) {
    this.session = executor.session();
    this.options = level == null ? ExecutionOptions.defaults() : ExecutionOptions.defaults().withConsistency(level);
    this.consistency = level == null ? null : DefaultConsistencyLevel.valueOf(level.name());
    this.engine = CqlEngine.of(executor).withOptions(options);
    engine.execute(Schema.createKeyspace(KEYSPACE).ifNotExists().withReplication(replication).build(),
        ExecutionOptions.defaults().withTimeout(Duration.ofSeconds(30)));
    engine.execute(
        Schema.createTable(KEYSPACE, TABLE)
            .ifNotExists()
            .withPartitionKey("pk", DataType.INT)
            .withClusteringColumn("ck", DataType.INT)
            .withColumn("v1", DataType.TEXT)
            .withColumn("v2", DataType.INT)
            .withColumn("v3", DataType.BIGINT)
            .build(),
        ExecutionOptions.defaults().withTimeout(Duration.ofSeconds(30)));
    if (!INSERT.cql().equals(INSERT_CQL)) {
      throw new IllegalStateException("variants differ: " + INSERT.cql() + " vs " + INSERT_CQL);
    }
    this.prepared = session.prepare(INSERT_CQL);
  }

  static String run(boolean quick) {
    int rows = quick ? 20_000 : 100_000;
    int naiveRows = quick ? 2_000 : 10_000;
    try (CassandraNode node = CassandraNode.builder().fastStart(false).build().start();
        DriverExecutor executor =
            DriverExecutor.builder()
                .addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withFastSchemaChanges()
                .connect()) {
      EndToEnd run = new EndToEnd(executor);
      Map<String, Double> best = new LinkedHashMap<>();
      List<Variant> variants =
          List.of(
              new Variant("cqlkit concurrent execution (adapter, executeWithArgs, window 256)", run::cqlkit, false),
              new Variant("raw driver loop (prepared, Semaphore, window 256)", run::raw, false),
              new Variant("naive loop (unprepared SimpleStatement, one at a time)", run::naive, true),
              new Variant("cqlkit unlogged single-partition batches of 10 (window 256)", run::batches, false));
      variants.forEach(v -> best.put(v.name(), 0.0));
      int offset = 0;
      // The node warms up for minutes (JIT, memtables): two warm-up rounds, then measured rounds
      // that rotate the order, so no variant always runs first; each figure is its best round.
      for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
        boolean warmUp = round < WARM_UP_ROUNDS;
        for (int k = 0; k < variants.size(); k++) {
          Variant v = variants.get((k + round) % variants.size());
          int n = v.naive() ? naiveRows : rows;
          if (warmUp) {
            n /= 2;
          }
          record(best, warmUp, v.name(), v.run().seconds(offset, n), n);
          offset += n;
        }
      }
      return table(best, rows, naiveRows);
    }
  }

  private static void record(Map<String, Double> best, boolean warmUp, String name, double seconds, int n) {
    double rate = n / seconds;
    System.out.printf(Locale.ROOT, "  %s%s: %,.0f rows/s%n", warmUp ? "(warm-up) " : "", name, rate);
    if (!warmUp) {
      best.merge(name, rate, Math::max);
    }
  }

  private static String table(Map<String, Double> best, int rows, int naiveRows) {
    double[] rates = best.values().stream().mapToDouble(Double::doubleValue).toArray();
    double cqlkit = rates[0];
    double raw = rates[1];
    double naive = rates[2];
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%,d single-row inserts per variant (the naive loop: %,d), client and node on the same machine:%n%n",
            rows,
            naiveRows));
    out.append("| variant | rows/s | vs raw driver loop |\n|---|---:|---:|\n");
    best.forEach(
        (name, rate) -> out.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f× |%n", name, rate, rate / raw)));
    out.append(
        String.format(
            Locale.ROOT,
            "%ncqlkit vs raw driver loop: %.2f× (target ≥ 0.9×); cqlkit vs naive loop: %.1f× (target ≥ 2×).%n",
            cqlkit / raw,
            cqlkit / naive));
    return out.toString();
  }

  private double cqlkit(int from, int n) {
    Iterable<Integer> rows = () -> IntStream.range(from, from + n).iterator();
    long t0 = System.nanoTime();
    List<ExecutionResult> results =
        engine.concurrently().withWindow(WINDOW).withOptions(options).collectAll().executeWithArgs(EndToEnd::bound, rows);
    return finish(t0, results.stream().filter(r -> !r.isSuccess()).count());
  }

  private double raw(int from, int n) {
    Semaphore window = new Semaphore(WINDOW);
    AtomicLong failed = new AtomicLong();
    long t0 = System.nanoTime();
    for (int i = from; i < from + n; i++) {
      window.acquireUninterruptibly();
      BoundStatement bound = prepared.bind(i / 10, i % 10, "value-" + i, i, (long) i);
      session
          .executeAsync(consistency == null ? bound : bound.setConsistencyLevel(consistency))
          .whenComplete(
              (result, error) -> {
                if (error != null) {
                  failed.incrementAndGet();
                }
                window.release();
              });
    }
    window.acquireUninterruptibly(WINDOW);
    return finish(t0, failed.get());
  }

  /**
   * The end-to-end run on a local ring of 3 nodes (replication factor 3, QUORUM): cqlkit concurrent
   * execution against the raw driver loop, same prepared insert and window, in interleaved rounds
   * (one warm-up, then {@code rounds} measured, the order alternating); every round's figures are
   * printed and reported, with the goal of at least 0.95× in each.
   */
  static String runRing(int rows, int rounds) {
    StringBuilder report = new StringBuilder();
    try (CassandraRing ring = CassandraRing.builder().nodes(3).fastStart(false).build().start()) {
      DriverExecutorBuilder builder =
          DriverExecutor.builder().withLocalDatacenter(ring.localDatacenter()).withFastSchemaChanges()
              .withConfig(c -> c.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10)));
      ring.contactPoints().forEach(builder::addContactPoint);
      try (DriverExecutor executor = builder.connect()) {
        EndToEnd run = new EndToEnd(executor,
            Replication.networkTopologyStrategy(Map.of(ring.localDatacenter(), 3)), Consistency.QUORUM);
        report.append(String.format(Locale.ROOT,
            "Local ring of 3 Cassandra 5.0.9 nodes (ready in %.1f s), replication factor 3, QUORUM, window %d,"
                + " %,d single-row inserts per variant and round; client and nodes on the same machine.%n%n",
            ring.startTime().toMillis() / 1e3, WINDOW, rows));
        report.append("| round | cqlkit rows/s | raw driver loop rows/s | cqlkit vs raw |\n|---|---:|---:|---:|\n");
        int offset = 0;
        double worst = Double.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) {
          boolean cqlkitFirst = round % 2 == 1;
          double cqlkit = 0;
          double raw = 0;
          for (int k = 0; k < 2; k++) {
            boolean isCqlkit = (k == 0) == cqlkitFirst;
            double rate = rows / (isCqlkit ? run.cqlkit(offset, rows) : run.raw(offset, rows));
            offset += rows;
            if (isCqlkit) {
              cqlkit = rate;
            } else {
              raw = rate;
            }
          }
          String label = round == 0 ? "warm-up" : Integer.toString(round);
          System.out.printf(Locale.ROOT, "  round %s (%s first): cqlkit %,.0f rows/s, raw driver loop %,.0f rows/s: %.2f×%n",
              label, cqlkitFirst ? "cqlkit" : "raw", cqlkit, raw, cqlkit / raw);
          if (round > 0) {
            worst = Math.min(worst, cqlkit / raw);
            report.append(String.format(Locale.ROOT, "| %s (%s first) | %,.0f | %,.0f | %.2f× |%n",
                label, cqlkitFirst ? "cqlkit" : "raw", cqlkit, raw, cqlkit / raw));
          }
        }
        report.append(String.format(Locale.ROOT,
            "%nWorst measured round: cqlkit at %.2f× the raw driver loop (goal ≥ 0.95× in every round): %s.%n",
            worst, worst >= 0.95 ? "met" : "NOT met"));
      }
    }
    return report.toString();
  }

  private double naive(int from, int n) {
    long t0 = System.nanoTime();
    for (int i = from; i < from + n; i++) {
      session.execute(SimpleStatement.newInstance(INSERT_CQL, i / 10, i % 10, "value-" + i, i, (long) i));
    }
    return finish(t0, 0);
  }

  private double batches(int from, int n) {
    int first = from / 10 * 10;
    Iterable<Integer> batchStarts = () -> IntStream.range(0, n / 10).map(b -> first + b * 10).iterator();
    long t0 = System.nanoTime();
    List<ExecutionResult> results =
        engine.concurrently().withWindow(WINDOW).collectAll().executeWithArgs(EndToEnd::batchOfTen, batchStarts);
    return finish(t0, results.stream().filter(r -> !r.isSuccess()).count());
  }

  /** Ten rows of one partition (pk = start / 10) as one unlogged batch. */
  private static CqlStatement batchOfTen(int start) {
    Batch batch = Cql.unloggedBatch();
    for (int i = start; i < start + 10; i++) {
      batch = batch.add(bound(i));
    }
    return batch.build();
  }

  private static CqlStatement bound(int i) {
    return INSERT.bind(i / 10, i % 10, "value-" + i, i, (long) i);
  }

  private static double finish(long t0, long failed) {
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (failed > 0) {
      throw new IllegalStateException(failed + " statements failed: the figures would be meaningless");
    }
    return seconds;
  }
}
