package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.buildBatch;
import static io.cqlkit.builder.Cql.buildDelete;
import static io.cqlkit.builder.Cql.buildInsert;
import static io.cqlkit.builder.Cql.buildSelect;
import static io.cqlkit.builder.Cql.buildUpdate;
import static io.cqlkit.builder.Cql.raw;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gte;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.lt;
import static io.cqlkit.builder.Unset.UNSET;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.cqlkit.builder.BatchOptions;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.DeleteOptions;
import io.cqlkit.builder.InsertOptions;
import io.cqlkit.builder.Order;
import io.cqlkit.builder.SelectOptions;
import io.cqlkit.builder.UpdateOptions;
import io.cqlkit.builder.mapping.ClusteringColumn;
import io.cqlkit.builder.mapping.Column;
import io.cqlkit.builder.mapping.PartitionKey;
import io.cqlkit.builder.mapping.TableModel;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.Row;
import io.cqlkit.executor.RowMapper;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Records through table models, UNSET, raw statements and the one-call forms, on a real node. */
@ExtendWith(CassandraNodeExtension.class)
class RecordsIT {
  private static final String KS = "adapter_records";
  private static DriverExecutor executor;
  private static CqlEngine engine;

  record Event(
      @PartitionKey UUID userId,
      @ClusteringColumn Instant ts,
      String eventType,
      int attempts,
      @Column("labels") List<String> tags,
      Long score) {}

  @BeforeAll
  static void schema(CassandraNode node) {
    executor = TestCluster.connect(node);
    engine = CqlEngine.of(executor);
    TestCluster.recreateKeyspace(executor, KS);
    engine.execute(raw("CREATE TABLE " + KS + ".events (user_id uuid, ts timestamp, event_type text,"
        + " attempts int, labels list<text>, score bigint, PRIMARY KEY ((user_id), ts))"));
    engine.execute(raw("CREATE TABLE " + KS + ".t (pk int, ck int, a text, b text, v text, w text,"
        + " l list<int>, PRIMARY KEY (pk, ck))"));
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void should_write_a_record_through_a_table_model_and_read_back_an_equal_record() {
    TableModel events = TableModel.of(KS, "events", Event.class);
    Event written =
        new Event(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), "login", 3, List.of("a", "b"), 42L);
    engine.execute(events.insert().bindNamed(written));

    RowMapper<Event> toEvent = RowMapper.of(Event.class);
    Event read = toEvent.map(engine.execute(events.get().bind(written.userId(), written.ts())).one());
    assertThat(read).isEqualTo(written);

    engine.execute(events.update("event_type").bind("logout", written.userId(), written.ts()));
    assertThat(toEvent.list(engine.execute(events.select().bind(written.userId()))))
        .containsExactly(new Event(written.userId(), written.ts(), "logout", 3, List.of("a", "b"), 42L));
    try (var all = engine.allRows(events.select().bind(written.userId())).map(toEvent)) {
      assertThat(all.count()).isEqualTo(1);
    }
    engine.execute(events.delete().bind(written.userId(), written.ts()));
    assertThat(engine.execute(events.get().bind(written.userId(), written.ts())).rows()).isEmpty();
  }

  @Test
  void should_leave_a_column_untouched_and_write_no_tombstone_when_unset() {
    engine.execute(buildInsert(KS, "t", ImmutableMap.of("pk", 1, "ck", 1, "a", "first", "b", "first"),
        InsertOptions.builder().timestamp(1_000L).build()));
    // a second write: a is UNSET, b is null
    engine.execute(buildInsert(KS, "t", ImmutableMap.of("pk", 1, "ck", 1, "a", UNSET, "b", "second"),
        InsertOptions.builder().timestamp(2_000L).build()));
    Row row = engine.execute(raw(
        "SELECT a, writetime(a), b, writetime(b) FROM " + KS + ".t WHERE pk = ? AND ck = ?", 1, 1)).one();
    assertThat(row.get("a", String.class)).isEqualTo("first");
    assertThat(row.get("writetime(a)", Long.class)).isEqualTo(1_000L); // the first write's cell, untouched
    assertThat(row.get("b", String.class)).isEqualTo("second");
    assertThat(row.get("writetime(b)", Long.class)).isEqualTo(2_000L);

    // a null, for contrast, deletes the cell (a tombstone): the value and its writetime are gone
    java.util.Map<String, Object> withNull = new java.util.LinkedHashMap<>();
    withNull.put("pk", 1);
    withNull.put("ck", 1);
    withNull.put("a", null);
    engine.execute(buildInsert(KS, "t", withNull, InsertOptions.builder().timestamp(3_000L).build()));
    Row after = engine.execute(raw(
        "SELECT a, writetime(a) FROM " + KS + ".t WHERE pk = ? AND ck = ?", 1, 1)).one();
    assertThat(after.getObject("a")).isNull();
    assertThat(after.getObject("writetime(a)")).isNull();

    // nulls as UNSET, from a record: the columns the record leaves null keep their values
    engine.execute(buildInsert(KS, "t", ImmutableMap.of("pk", 1, "ck", 2, "a", "kept", "b", "kept")));
    TableModel t = TableModel.builder(KS, "t").partitionKey("pk").clusteringColumns("ck").columns("a", "b").build();
    record Partial(int pk, int ck, String a, String b) {}
    engine.execute(t.insert(InsertOptions.builder().nullsAsUnset().build()).bindNamed(new Partial(1, 2, null, "new")));
    Row partial = engine.execute(t.get().bind(1, 2)).one();
    assertThat(partial.get("a", String.class)).isEqualTo("kept");
    assertThat(partial.get("b", String.class)).isEqualTo("new");
  }

  @Test
  void should_run_a_raw_statement_in_a_batch_and_concurrently() {
    CqlStatement append = raw("UPDATE " + KS + ".t SET l = l + ? WHERE pk = ? AND ck = ?", List.of(7), 10, 1);
    engine.batch(BatchType.LOGGED).run(b -> {
      b.add(append);
      b.add(buildInsert(KS, "t", ImmutableMap.of("pk", 10, "ck", 2, "a", "x")));
    });
    engine.execute(raw("BEGIN UNLOGGED BATCH\n  INSERT INTO " + KS + ".t (pk, ck, a) VALUES (?, ?, ?);\n"
        + "  INSERT INTO " + KS + ".t (pk, ck, a) VALUES (?, 4, 'y; ?');\nAPPLY BATCH", 10, 3, "z", 10));
    List<ExecutionResult> results = engine.concurrently().withWindow(4).execute(List.of(
        raw("UPDATE " + KS + ".t SET v = ? WHERE pk = ? AND ck = ?", "c1", 10, 5),
        raw("UPDATE " + KS + ".t SET v = :v WHERE pk = :pk AND ck = :ck", "c2", 10, 6),
        raw("SELECT * FROM " + KS + ".t WHERE pk = ?", 10)));
    assertThat(results).allMatch(ExecutionResult::isSuccess);
    List<Row> rows = engine.execute(raw("SELECT ck, a, v, l FROM " + KS + ".t WHERE pk = ?", 10)).rows();
    assertThat(rows).extracting(r -> r.get("ck", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(rows.get(0).getObject("l")).isEqualTo(List.of(7));
    assertThat(rows.get(3).get("a", String.class)).isEqualTo("y; ?");
    assertThat(rows.get(5).get("v", String.class)).isEqualTo("c2");
  }

  @Test
  void should_prepare_every_one_call_form_on_the_node() {
    List<CqlStatement> statements = List.of(
        buildInsert(KS, "t", ImmutableMap.of("pk", 20, "ck", 1, "a", "x"),
            InsertOptions.builder().ttl(600).timestamp(1_000L).build()),
        buildInsert(KS, "t", ImmutableMap.of("pk", 20, "ck", 2, "a", "x"),
            InsertOptions.builder().ifNotExists().ttl(600).build()),
        buildUpdate(KS, "t", ImmutableMap.of("v", "new"), ImmutableMap.of("pk", 20),
            UpdateOptions.builder().where(in("ck", List.of(1, 2))).ttl(600).timestamp(2_000L).build()),
        buildUpdate(KS, "t", ImmutableMap.of("v", "newer"), ImmutableMap.of("pk", 20, "ck", 1),
            UpdateOptions.builder().onlyIf(eq("v", "new"), in("a", List.of("x", "y"))).build()),
        buildUpdate(KS, "t", ImmutableMap.of("b", "b"), ImmutableMap.of("pk", 20, "ck", 2),
            UpdateOptions.builder().ifExists().build()),
        buildDelete(KS, "t", ImmutableMap.of("pk", 20),
            DeleteOptions.builder().where(gte("ck", 100), lt("ck", 200)).timestamp(3_000L).build()),
        buildDelete(KS, "t", ImmutableMap.of("pk", 20, "ck", 1),
            DeleteOptions.builder().columns("b", "w").build()),
        buildDelete(KS, "t", ImmutableMap.of("pk", 20, "ck", 9), DeleteOptions.builder().ifExists().build()),
        buildDelete(KS, "t", ImmutableMap.of("pk", 20, "ck", 9),
            DeleteOptions.builder().onlyIf(eq("a", "x")).build()),
        buildSelect(KS, "t", ImmutableMap.of("pk", 20),
            SelectOptions.builder().columns("ck", "a").where(in("ck", List.of(1, 2)))
                .orderBy("ck", Order.DESC).perPartitionLimit(5).limit(10).allowFiltering().build()),
        buildSelect(KS, "t", Map.of(), SelectOptions.builder().columns("pk").distinct().limit(5).build()),
        buildSelect(KS, "t", Map.of("pk", 20),
            SelectOptions.builder().where(gte("ck", 1)).build()),
        buildBatch(BatchType.UNLOGGED,
            List.of(buildInsert(KS, "t", ImmutableMap.of("pk", 21, "ck", 1, "a", "x")),
                buildDelete(KS, "t", ImmutableMap.of("pk", 21, "ck", 2))),
            BatchOptions.timestamp(5_000L)));
    for (CqlStatement statement : statements) {
      assertThat(engine.execute(statement)).as(statement.cql()).isNotNull();
    }
    assertThat(engine.execute(buildSelect(KS, "t", ImmutableMap.of("pk", 20, "ck", 1))).one().get("v", String.class))
        .isEqualTo("newer");
  }
}
