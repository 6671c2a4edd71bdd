package io.cqlkit.examples;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.marker;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.Relation;
import io.cqlkit.driver.DriverExecutor;
import io.cqlkit.driver.DriverExecutorBuilder;
import io.cqlkit.executor.BatchResult;
import io.cqlkit.executor.ConcurrentExecution;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.GroupingOptions;
import io.cqlkit.executor.LwtResult;
import io.cqlkit.executor.PagingState;
import io.cqlkit.executor.Row;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import io.cqlkit.builder.schema.Replication;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The README's main job: cqlkit end to end on a real cluster. It creates a schema with the DDL
 * builders, loads events with bounded concurrent execution, writes a logged batch with callbacks,
 * takes and releases a lock with LWT, counts page views in a counter batch, pages through the
 * data, and prints a summary. With no contact point it runs on an embedded Cassandra node.
 */
public final class DemoJob {
  private static final String DEFAULT_DATACENTER = "datacenter1";
  private static final String[] EVENT_TYPES = {"login", "page_view", "search", "logout"};
  private static final String LOCK = "nightly-report";

  private final DemoArgs args;
  private final PrintStream out;
  private final DemoSecurity.Secrets secrets;
  private final DemoSummary summary;

  private DemoJob(DemoArgs args, PrintStream out, DemoSecurity.Secrets secrets) {
    this.args = args;
    this.out = out;
    this.secrets = secrets;
    this.summary = new DemoSummary(args);
  }

  public static void main(String[] argv) {
    System.exit(run(argv, System.out, System.err));
  }

  /** Runs the job; returns the process exit code (0 ok, 1 failed, 2 bad arguments). */
  static int run(String[] argv, PrintStream out, PrintStream err) {
    return run(argv, out, err, DemoSecurity.Secrets.system());
  }

  /** Runs the job with passwords from {@code secrets} (the environment, then a prompt, in {@link #main}). */
  static int run(String[] argv, PrintStream out, PrintStream err, DemoSecurity.Secrets secrets) {
    Optional<DemoArgs> parsed;
    try {
      parsed = DemoArgs.parse(argv);
    } catch (DemoArgs.BadArgumentsException e) {
      err.println("error: " + e.getMessage());
      err.println(DemoArgs.USAGE);
      return 2;
    }
    if (parsed.isEmpty()) {
      out.println(DemoArgs.USAGE);
      return 0;
    }
    DemoArgs args = parsed.get();
    long start = System.nanoTime();
    try (DemoCluster cluster = DemoCluster.open(args, out)) {
      DemoSummary summary = new DemoJob(args, out, secrets).runOn(cluster);
      summary.elapsedSeconds = (System.nanoTime() - start) / 1e9;
      summary.print(out);
      return summary.ok() ? 0 : 1;
    } catch (RuntimeException e) {
      err.println("error: " + e);
      return 1;
    }
  }

  private DemoSummary runOn(DemoCluster cluster) {
    DriverExecutorBuilder builder =
        DriverExecutor.builder().withLocalDatacenter(cluster.localDatacenter()).withFastSchemaChanges();
    cluster.contactPoints().forEach(builder::addContactPoint);
    if (args.ring()) {
      builder.withConfig(c -> c.withString(DefaultDriverOption.REQUEST_CONSISTENCY, "QUORUM")
          .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, "SERIAL")
          .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10)));
    }
    try (DriverExecutor executor = args.security().applyTo(builder, secrets).connect()) {
      CqlEngine engine = CqlEngine.of(executor);
      createSchema(engine);
      loadEvents(engine, cluster);
      if (args.ring()) {
        cluster.awaitKilledSeenDown(); // until then coordinators still wait for the killed replica
        summary.killedNode = cluster.killedNode();
        coordinators(engine);
      }
      loggedBatchWithCallbacks(engine);
      lock(engine);
      counters(engine);
      paging(engine);
      return summary;
    }
  }

  private void createSchema(CqlEngine engine) {
    out.printf("%n1. Schema (DDL builders) in keyspace %s%n", args.keyspace());
    Replication replication = args.ring()
        ? Replication.networkTopologyStrategy(Map.of(DEFAULT_DATACENTER, args.replicationFactor()))
        : Replication.simpleStrategy(1);
    for (CqlStatement ddl : DemoSchema.statements(args.keyspace(), replication)) {
      out.println("  " + ddl.cql());
      engine.execute(ddl, ExecutionOptions.defaults().withTimeout(Duration.ofSeconds(30))); // a ring agrees on schema first
    }
  }

  private void loadEvents(CqlEngine engine, DemoCluster cluster) {
    out.printf(
        "%n2. Loading %,d events, at most %d in flight, %s%n",
        args.events(),
        args.window(),
        args.grouping()
            ? "each partition's events grouped into UNLOGGED batches (--no-grouping to compare)"
            : "one statement at a time (not grouped)");
    CqlTemplate insertEvent =
        insertInto(args.keyspace(), DemoSchema.EVENTS)
            .value("user_id", marker())
            .value("seq", marker())
            .value("ts", marker())
            .value("event_type", marker())
            .value("payload", marker())
            .template();
    out.println("  " + insertEvent.cql());
    int users = users();
    long base = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    Stream<CqlStatement> statements =
        IntStream.range(0, args.events())
            .mapToObj(
                i ->
                    insertEvent.bind(
                        i % users,
                        i / users,
                        Instant.ofEpochMilli(base + i * 1000L),
                        EVENT_TYPES[i % EVENT_TYPES.length],
                        "payload-" + i));
    long t0 = System.nanoTime();
    long nextReport = t0 + TimeUnit.SECONDS.toNanos(1);
    ConcurrentExecution load = engine.concurrently().withWindow(args.window()).collectAll();
    if (args.grouping()) {
      load = load.groupByPartition(GroupingOptions.defaults());
    }
    long done = 0;
    try (Stream<ExecutionResult> stream = load.stream(statements)) {
      Iterator<ExecutionResult> results = stream.iterator();
      while (results.hasNext()) {
        ExecutionResult result = results.next();
        done++;
        if (args.killNode() && summary.killedAt == 0 && done >= args.events() / 2) {
          summary.killedAt = done;
          cluster.killOne(done, args.events());
        }
        if (!result.isSuccess()) {
          summary.loadFailures++;
          if (summary.firstLoadError == null) {
            summary.firstLoadError = String.valueOf(result.error().orElse(null));
          }
        }
        long now = System.nanoTime();
        if (now >= nextReport) {
          out.printf(
              "  %,d / %,d done, %,d failed, %,.0f events/s%n",
              done, args.events(), summary.loadFailures, done / ((now - t0) / 1e9));
          nextReport = now + TimeUnit.SECONDS.toNanos(1);
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    summary.loaded = args.events() - summary.loadFailures;
    summary.loadRate = args.events() / seconds;
    out.printf(
        "  loaded %,d events in %.1f s: %,.0f events/s, %,d failed%n",
        summary.loaded, seconds, summary.loadRate, summary.loadFailures);
  }

  /** Which node coordinated a few reads: with token-aware routing, a replica of each partition. */
  private void coordinators(CqlEngine engine) {
    out.printf("%n   Which node coordinated a few statements (CqlResult.coordinator())%n");
    for (int user = 0; user < Math.min(5, users()); user++) {
      CqlResult result = engine.execute(
          selectFrom(args.keyspace(), DemoSchema.EVENTS).columns("seq").where("user_id", user).limit(1).build());
      out.printf("  user_id = %d: coordinated by %s%n", user, result.coordinator().map(String::valueOf).orElse("?"));
    }
  }

  private void loggedBatchWithCallbacks(CqlEngine engine) {
    out.printf("%n3. A logged batch with callbacks%n");
    Instant now = Instant.now();
    BatchResult result =
        engine
            .batch()
            .run(
                batch -> {
                  batch.add(
                      insertInto(args.keyspace(), DemoSchema.USERS)
                          .value("user_id", 1)
                          .value("name", "Ada")
                          .value("last_seen", now)
                          .build());
                  batch.add(
                      insertInto(args.keyspace(), DemoSchema.EVENTS)
                          .value("user_id", 1)
                          .value("seq", -1)
                          .value("ts", now)
                          .value("event_type", "signup")
                          .value("payload", "welcome")
                          .build());
                  batch.addCallback(() -> out.println("  callback 1: the batch was applied"));
                  batch.addCallback(name -> out.println("  callback 2: welcome, " + name), "Ada");
                });
    out.println("  " + result.statement().map(CqlStatement::cql).orElse("").replace("\n", "\n  "));
    summary.batchApplied = result.wasSent() && result.callbackFailures().isEmpty();

    try {
      engine
          .batch()
          .run(
              batch -> {
                batch.add(
                    insertInto(args.keyspace(), DemoSchema.USERS)
                        .value("user_id", 2)
                        .value("name", "Grace")
                        .build());
                batch.addCallback(() -> out.println("  (never printed)"));
                throw new IllegalStateException("validation failed halfway through the block");
              });
    } catch (IllegalStateException e) {
      boolean absent =
          engine
              .execute(selectFrom(args.keyspace(), DemoSchema.USERS).all().where("user_id", 2).build())
              .rows()
              .isEmpty();
      out.printf("  a block that threw (%s) sent nothing: user 2 absent = %s%n", e.getMessage(), absent);
      summary.thrownBlockSentNothing = absent;
    }
  }

  private void lock(CqlEngine engine) {
    out.printf("%n4. A lock with lightweight transactions%n");
    LwtResult first = engine.execute(acquire("worker-1")).lwt();
    out.printf("  worker-1 acquires %s: applied = %s%n", LOCK, first.applied());
    LwtResult second = engine.execute(acquire("worker-2")).lwt();
    String holder = second.existing().map(row -> row.get("owner", String.class)).orElse("?");
    out.printf("  worker-2 tries too: applied = %s, held by %s%n", second.applied(), holder);
    CqlStatement release =
        deleteFrom(args.keyspace(), DemoSchema.LOCKS)
            .where("name", LOCK)
            .onlyIf(Relation.eq("owner", "worker-1"))
            .build();
    out.println("  " + release.cql());
    LwtResult released = engine.execute(release).lwt();
    out.printf("  worker-1 releases it: applied = %s%n", released.applied());
    summary.lockBehaved =
        first.applied() && !second.applied() && "worker-1".equals(holder) && released.applied();
  }

  private CqlStatement acquire(String worker) {
    return insertInto(args.keyspace(), DemoSchema.LOCKS)
        .value("name", LOCK)
        .value("owner", worker)
        .value("acquired_at", Instant.now())
        .ifNotExists()
        .usingTtl(60)
        .build();
  }

  private void counters(CqlEngine engine) {
    out.printf("%n5. Page views in a counter batch%n");
    Map<String, Integer> hits = new LinkedHashMap<>();
    hits.put("/", 5);
    hits.put("/pricing", 3);
    hits.put("/docs", 8);
    engine
        .batch(BatchType.COUNTER)
        .run(
            batch ->
                hits.forEach(
                    (page, n) ->
                        batch.add(
                            update(args.keyspace(), DemoSchema.PAGE_VIEWS)
                                .increment("views", n)
                                .where("page", page)
                                .build())));
    engine
        .batch(BatchType.COUNTER)
        .run(
            batch ->
                batch.add(
                    update(args.keyspace(), DemoSchema.PAGE_VIEWS)
                        .decrement("views", 1)
                        .where("page", "/docs")
                        .build()));
    long total = 0;
    for (Row row : engine.execute(selectFrom(args.keyspace(), DemoSchema.PAGE_VIEWS).all().build()).rows()) {
      long views = row.get("views", Long.class);
      total += views;
      out.printf("  %-10s %d views%n", row.get("page", String.class), views);
    }
    summary.counterTotal = total;
  }

  private void paging(CqlEngine engine) {
    out.printf("%n6. Paging%n");
    CqlStatement oneUser =
        selectFrom(args.keyspace(), DemoSchema.EVENTS)
            .columns("seq", "event_type")
            .where("user_id", 7 % users())
            .build();
    ExecutionOptions pages = ExecutionOptions.defaults().withPageSize(25);
    CqlResult first = engine.execute(oneUser, pages);
    String token = first.pagingState().map(PagingState::toString).orElse(null);
    out.printf("  first page: %d rows; paging state saved as %s%n", first.rows().size(), token);
    if (token != null) {
      CqlResult resumed = engine.execute(oneUser, pages.withPagingState(PagingState.fromString(token)));
      out.printf(
          "  resumed from the saved state: %d rows, starting at seq %s%n",
          resumed.rows().size(), resumed.first().map(r -> r.getObject("seq")).orElse("-"));
    }
    long t0 = System.nanoTime();
    try (Stream<Row> all =
        engine
            .withOptions(ExecutionOptions.defaults().withPageSize(5_000))
            .allRows(selectFrom(args.keyspace(), DemoSchema.EVENTS).columns("user_id", "seq").build())) {
      summary.scanned = all.filter(row -> row.get("seq", Integer.class) >= 0).count();
    }
    out.printf(
        "  scanned every event across pages of 5,000: %,d rows in %.1f s%n",
        summary.scanned, (System.nanoTime() - t0) / 1e9);
  }

  private int users() {
    return Math.max(1, args.events() / 100);
  }
}
