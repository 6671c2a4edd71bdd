package io.cqlkit.examples;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static io.cqlkit.builder.schema.Schema.createTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.Order;
import io.cqlkit.builder.Term;
import io.cqlkit.builder.schema.ClusteringOrder;
import io.cqlkit.builder.schema.DataType;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.GroupingOptions;
import io.cqlkit.executor.testing.Answer;
import io.cqlkit.executor.testing.RecordingExecutor;
import io.cqlkit.metrics.MetricsExecutor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's quick starts, as code that must compile and do what the README says. */
class ReadmeExamplesTest {
  private final UUID uid = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  private final Instant ts = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void should_build_the_readme_insert_select_template_and_ddl() {
    CqlStatement insert =
        insertInto("ks", "events")
            .value("user_id", uid).value("ts", ts).value("event_type", "login")
            .usingTtl(60)
            .build();
    assertThat(insert)
        .hasCql("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?) USING TTL ?")
        .hasParams(uid, ts, "login", 60);

    CqlStatement select =
        selectFrom("ks", "t").all()
            .where("pk", 1).where(in("ck", List.of(1, 2, 3)))
            .orderBy("ck", Order.DESC).limit(10)
            .build();
    assertThat(select).hasCql("SELECT * FROM ks.t WHERE pk = ? AND ck IN ? ORDER BY ck DESC LIMIT ?");

    CqlTemplate template =
        insertInto("ks", "events").value("user_id", Term.marker()).value("ts", Term.marker()).template();
    assertThat(template.bind(uid, ts)).hasCql("INSERT INTO ks.events (user_id, ts) VALUES (?, ?)").hasParams(uid, ts);

    CqlStatement ddl =
        createTable("ks", "events").ifNotExists()
            .withPartitionKey("user_id", DataType.UUID)
            .withClusteringColumn("ts", DataType.TIMESTAMP)
            .withColumn("event_type", DataType.TEXT)
            .withClusteringOrder("ts", ClusteringOrder.DESC)
            .build();
    assertThat(ddl.cql())
        .isEqualTo(
            "CREATE TABLE IF NOT EXISTS ks.events (user_id uuid, ts timestamp, event_type text,"
                + " PRIMARY KEY ((user_id), ts)) WITH CLUSTERING ORDER BY (ts DESC)");
  }

  @Test
  void should_refuse_an_update_without_set_with_the_readme_message() {
    assertThatThrownBy(() -> update("ks", "t").where("pk", 1).build())
        .hasMessage("UPDATE ks.t has nothing to set: add set(column, value) or another assignment");
  }

  @Test
  void should_pass_the_readme_golden_test() {
    assertThat(update("ks", "counters").increment("views", 1).where("page", "/").build())
        .hasCql("UPDATE ks.counters SET views = views + ? WHERE page = ?")
        .hasParams(1L, "/")
        .isNotIdempotent();
  }

  @Test
  void should_run_a_lambda_executor_with_batches_and_concurrency() {
    List<String> sent = new ArrayList<>();
    CqlExecutor mine =
        (statement, options) -> {
          synchronized (sent) {
            sent.add(statement.cql());
          }
          return CompletableFuture.completedFuture(CqlResult.empty());
        };
    CqlEngine engine = CqlEngine.of(mine);
    List<String> log = new ArrayList<>();

    engine.batch().run(batch -> {
      batch.add(insertInto("ks", "t").value("pk", 1).value("v", "a").build());
      batch.addCallback(() -> log.add("written"));
    });
    List<CqlStatement> statements = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      statements.add(insertInto("ks", "t").value("pk", i).value("v", "x").build());
    }
    List<ExecutionResult> results = engine.concurrently().withWindow(256).execute(statements);

    assertThat(log).containsExactly("written");
    assertThat(sent.get(0)).isEqualTo("BEGIN BATCH\n  INSERT INTO ks.t (pk, v) VALUES (?, ?);\nAPPLY BATCH");
    assertThat(results).hasSize(1_000).allMatch(ExecutionResult::isSuccess);
    assertThat(sent).hasSize(1_001);
  }

  @Test
  void should_load_grouped_by_partition_as_the_readme_bulk_load_shows() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "events", "user").nativeBatches().build();
    executor
        .when(s -> s.children().size() > 0 && s.children().get(0).params().get(0).equals(3))
        .thenFail(new IllegalStateException("partition 3 refused"));
    CqlEngine engine = CqlEngine.of(executor);
    CqlTemplate insert =
        insertInto("ks", "events").value("user", Term.marker()).value("seq", Term.marker()).template();
    Stream<Object[]> rows = IntStream.range(0, 100).mapToObj(i -> new Object[] {i / 10, i});
    List<Long> failed = new ArrayList<>();

    try (Stream<ExecutionResult> results = engine.concurrently().withWindow(256)
            .collectAll()
            .groupByPartition(GroupingOptions.defaults())
            .stream(rows.map(insert::bind))) {
      results.filter(r -> !r.isSuccess()).forEach(r -> failed.add(r.index()));
    }

    assertThat(executor.statements()).hasSize(10).allMatch(s -> s.children().size() == 10);
    assertThat(failed).containsExactly(30L, 31L, 32L, 33L, 34L, 35L, 36L, 37L, 38L, 39L);
  }

  @Test
  void should_script_the_recording_executor_as_the_readme_shows() {
    RecordingExecutor db = RecordingExecutor.create();
    db.whenCql("INSERT INTO ks.locks (name, owner) VALUES (?, ?) IF NOT EXISTS")
        .thenAnswer(Answer.notApplied(Map.of("name", "job", "owner", "other")));

    boolean locked = tryLock(CqlEngine.of(db), "job");

    assertThat(locked).isFalse();
    assertThat(db.statements()).hasSize(1);
  }

  /** The "service" of the README example: takes a lock with LWT. */
  private static boolean tryLock(CqlEngine engine, String name) {
    return engine
        .execute(insertInto("ks", "locks").value("name", name).value("owner", "me").ifNotExists().build())
        .lwt()
        .applied();
  }

  @Test
  void should_measure_an_executor_as_the_readme_metrics_section_shows() {
    MeterRegistry registry = new SimpleMeterRegistry();
    CqlExecutor executor = RecordingExecutor.builder().nativeBatches().build();

    CqlExecutor measured =
        MetricsExecutor.builder(executor, registry)
            .percentiles(0.5, 0.99)
            .tag("cluster", "main")
            .build();
    CqlEngine engine = CqlEngine.of(measured);
    engine.execute(insertInto("ks", "events").value("user_id", uid).value("ts", ts).build());
    engine.batch().run(batch -> {
      batch.add(insertInto("ks", "events").value("user_id", uid).value("ts", ts).build());
      batch.add(insertInto("ks", "events").value("user_id", uid).value("ts", ts.plusSeconds(1)).build());
    });

    Timer inserts = registry.get("cqlkit.statements").tag("kind", "insert").tag("table", "events").timer();
    assertThat(inserts.count()).isEqualTo(1);
    assertThat(registry.get("cqlkit.statements").tag("kind", "batch").timer().count()).isEqualTo(1);
    assertThat(registry.get("cqlkit.batch.size").tag("type", "logged").summary().totalAmount()).isEqualTo(2.0);
    assertThat(registry.get("cqlkit.statements.in.flight").tag("cluster", "main").gauge().value()).isZero();
    assertThat(registry.find("cqlkit.statements.errors").counters()).isEmpty();
  }
}
