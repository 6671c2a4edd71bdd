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
import com.google.common.util.concurrent.Uninterruptibles;
import io.cqlkit.benchmarks.EndToEndReport.Figure;
import io.cqlkit.builder.Batch;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.DataType;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.driver.DriverExecutor;
import io.cqlkit.driver.DriverExecutorBuilder;
import io.cqlkit.executor.ConcurrentExecution;
import io.cqlkit.executor.Consistency;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.GroupingOptions;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraRing;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The end-to-end load run: the same single-row inserts through the adapter's concurrent
 * execution, a hand-tuned raw driver loop (prepared, Semaphore, same window), a naive loop of
 * unprepared statements, and as unlogged single-partition batches of 10 — on one real node, in
 * the same run. The node and both clients warm up over {@value #WARM_UP_ROUNDS} full rounds; the
 * measured rounds interleave the variants (the order rotates each round, so no variant always
 * runs first), each round's figures are printed and tabled, and beside each variant stands the
 * client JVM's CPU time per statement (process CPU time over statements) and the node process's,
 * so a variant that is faster only by taking CPU from the node shows, and so does a round where
 * the node's own work (flushes, compaction) takes the machine. Before each variant the run waits
 * for the node to go idle, so that work falls in the round of the variant that set it off.
 */
final class EndToEnd {
  private static final int WINDOW = 256;
  private static final int WARM_UP_ROUNDS = 3;
  private static final int MEASURED_ROUNDS = 5;

  /** A way of inserting rows {@code from .. from + n}; returns the seconds it took. */
  @FunctionalInterface
  private interface Load {
    double seconds(int from, int n);
  }

  private record Variant(String name, Load run, boolean naive) {}

  static final String GROUPED =
      "cqlkit grouped by partition (1,000 partitions of 100 rows, window 256)";
  static final String GROUPED_SINGLES =
      "cqlkit grouped by partition, every row its own partition (window 256)";
  static final String UNGROUPED_SINGLES =
      "cqlkit ungrouped, every row its own partition (window 256)";
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
    int warmUps = quick ? 1 : WARM_UP_ROUNDS;
    int measured = quick ? 2 : MEASURED_ROUNDS;
    try (CassandraNode node = CassandraNode.builder().fastStart(false).build().start();
        DriverExecutor executor =
            DriverExecutor.builder()
                .addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withFastSchemaChanges()
                .connect()) {
      EndToEnd run = new EndToEnd(executor);
      ProcessHandle nodeProcess = ProcessHandle.of(node.pid().orElseThrow()).orElseThrow();
      List<Variant> variants =
          List.of(
              new Variant("cqlkit concurrent execution (adapter, executeWithArgs, window 256)", run::cqlkit, false),
              new Variant("raw driver loop (prepared, Semaphore, window 256)", run::raw, false),
              new Variant("naive loop (unprepared SimpleStatement, one at a time)", run::naive, true),
              new Variant("cqlkit unlogged single-partition batches of 10 (window 256)", run::batches, false),
              new Variant(GROUPED, run::grouped, false),
              new Variant(GROUPED_SINGLES, run::groupedSingles, false),
              new Variant(UNGROUPED_SINGLES, run::ungroupedSingles, false));
      Map<String, List<Figure>> figures = new LinkedHashMap<>();
      variants.forEach(v -> figures.put(v.name(), new ArrayList<>()));
      int offset = 0;
      for (int round = 0; round < warmUps + measured; round++) {
        boolean warmUp = round < warmUps;
        System.out.printf(
            Locale.ROOT, "  round %d (%s)%n", round + 1, warmUp ? "warm-up" : "measured");
        for (int k = 0; k < variants.size(); k++) {
          Variant v = variants.get((k + round) % variants.size());
          int n = v.naive() ? naiveRows : rows;
          quiesce(nodeProcess);
          long cpu0 = processCpuNanos();
          long nodeCpu0 = cpuNanos(nodeProcess);
          double seconds = v.run().seconds(offset, n);
          Figure f =
              new Figure(
                  n / seconds,
                  (processCpuNanos() - cpu0) / 1e3 / n,
                  (cpuNanos(nodeProcess) - nodeCpu0) / 1e3 / n);
          System.out.printf(
              Locale.ROOT,
              "    %s: %,.0f rows/s, client CPU %.1f µs/statement, node CPU %.1f, cores busy %.2f%n",
              v.name(),
              f.rate(),
              f.cpuMicrosPerStatement(),
              f.nodeCpuMicrosPerStatement(),
              f.coresBusy());
          if (!warmUp) {
            figures.get(v.name()).add(f);
          }
          offset += n;
        }
      }
      return EndToEndReport.table(figures, rows, naiveRows, warmUps);
    }
  }

  /**
   * Waits until the node is idle (under 0.15 of a core over half a second, at most 60 s), so the
   * flushes and compactions a variant's writes set off fall in its own round, not the next one's.
   */
  private static void quiesce(ProcessHandle node) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      long cpu0 = cpuNanos(node);
      long t0 = System.nanoTime();
      Uninterruptibles.sleepUninterruptibly(500, TimeUnit.MILLISECONDS);
      if ((cpuNanos(node) - cpu0) < 0.15 * (System.nanoTime() - t0)) {
        return;
      }
    }
  }

  /** The CPU time a process (the node's) has used so far, all threads. */
  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().orElseThrow().toNanos();
  }

  /** The CPU time this JVM (the client) has used, all threads: netty's and the driver's too. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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

  /** Rows in partitions of 100 (pk = i / 100: 1,000 partitions a round of 100,000), grouped. */
  private double grouped(int from, int n) {
    return engine(from, n, i -> INSERT.bind(i / 100, i % 100, "value-" + i, i, (long) i), true);
  }

  /** Every row its own partition (pk = i), grouped: nothing to group, the cost of trying. */
  private double groupedSingles(int from, int n) {
    return engine(from, n, EndToEnd::single, true);
  }

  private double ungroupedSingles(int from, int n) {
    return engine(from, n, EndToEnd::single, false);
  }

  private static CqlStatement single(int i) {
    return INSERT.bind(i, 0, "value-" + i, i, (long) i);
  }

  private double engine(int from, int n, IntFunction<CqlStatement> row, boolean grouped) {
    Iterable<Integer> rows = () -> IntStream.range(from, from + n).iterator();
    ConcurrentExecution run = engine.concurrently().withWindow(WINDOW).collectAll();
    if (grouped) {
      run = run.groupByPartition(GroupingOptions.defaults());
    }
    long t0 = System.nanoTime();
    List<ExecutionResult> results = run.executeWithArgs(row::apply, rows);
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
