package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.counterBatch;
import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.unloggedBatch;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.contains;
import static io.cqlkit.builder.Relation.containsKey;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gte;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Selector.cast;
import static io.cqlkit.builder.Selector.column;
import static io.cqlkit.builder.Selector.columns;
import static io.cqlkit.builder.Selector.count;
import static io.cqlkit.builder.Selector.element;
import static io.cqlkit.builder.Selector.token;
import static io.cqlkit.builder.Selector.ttl;
import static io.cqlkit.builder.Selector.writetime;
import static io.cqlkit.builder.Term.tuple;
import static io.cqlkit.builder.schema.DataType.COUNTER;
import static io.cqlkit.builder.schema.DataType.FLOAT;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static io.cqlkit.builder.schema.DataType.TIMESTAMP;
import static io.cqlkit.builder.schema.DataType.UUID;
import static io.cqlkit.builder.schema.DataType.listOf;
import static io.cqlkit.builder.schema.DataType.mapOf;
import static io.cqlkit.builder.schema.DataType.setOf;
import static io.cqlkit.builder.schema.DataType.vectorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.Order;
import io.cqlkit.builder.schema.ClusteringOrder;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.InvalidQueryException;
import io.cqlkit.executor.LwtResult;
import io.cqlkit.executor.Row;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every DML example of cql-format.md, built with the builders and executed through the adapter on
 * the schema given there; each test then reads back what the statement did.
 */
@ExtendWith(CassandraNodeExtension.class)
class CqlFormatExamplesIT {
  private static final java.util.UUID UID = java.util.UUID.randomUUID();
  private static final Instant TS = Instant.parse("2024-01-02T03:04:05Z");
  private static DriverExecutor executor;

  @BeforeAll
  static void createSchema(CassandraNode node) {
    executor = TestCluster.connect(node);
    TestCluster.recreateKeyspace(executor, "ks");
    executor.execute(
        Schema.createTable("ks", "events")
            .withPartitionKey("user_id", UUID)
            .withClusteringColumn("ts", TIMESTAMP)
            .withColumn("event_type", TEXT)
            .withClusteringOrder("ts", ClusteringOrder.DESC)
            .build());
    executor.execute(
        Schema.createTable("ks", "t")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("ck", INT)
            .withColumn("a", TEXT)
            .withColumn("b", TEXT)
            .withColumn("c", INT)
            .withColumn("v", TEXT)
            .withColumn("w", TEXT)
            .withColumn("l", listOf(INT))
            .withColumn("s", setOf(INT))
            .withColumn("m", mapOf(INT, TEXT))
            .withColumn("tags", setOf(TEXT))
            .build());
    executor.execute(
        Schema.createTable("ks", "t2")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("ck1", INT)
            .withClusteringColumn("ck2", INT)
            .withColumn("tags", setOf(TEXT))
            .withColumn("m", mapOf(TEXT, INT))
            .build());
    executor.execute(
        Schema.createTable("ks", "counters")
            .withPartitionKey("page", TEXT)
            .withColumn("views", COUNTER)
            .build());
    executor.execute(
        Schema.createTable("ks", "items")
            .withPartitionKey("id", INT)
            .withColumn("embedding", vectorOf(FLOAT, 3))
            .build());
    executor.execute(
        Schema.createIndex().onTable("ks", "items").column("embedding").usingSai().build());
    executor.execute(
        Schema.createTable("ks", "Users")
            .withPartitionKey("Id", INT)
            .withColumn("Name", TEXT)
            .withColumn("select", TEXT)
            .build());
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    for (String table : List.of("events", "t", "t2", "counters", "items", "Users")) {
      executor.execute(Schema.truncate("ks", table).build());
    }
  }

  private static CqlResult run(CqlStatement statement) {
    return executor.execute(statement);
  }

  private static Row eventOf(java.util.UUID user, Instant ts) {
    return run(selectFrom("ks", "events").where("user_id", user).where("ts", ts).build()).one();
  }

  private static Row rowOfT(int pk, int ck) {
    return run(selectFrom("ks", "t").where("pk", pk).where("ck", ck).build()).one();
  }

  @Test
  void should_insert() {
    run(insertInto("ks", "events").value("user_id", UID).value("ts", TS).value("event_type", "login").build());

    assertThat(eventOf(UID, TS).get("event_type", String.class)).isEqualTo("login");
  }

  @Test
  void should_insert_with_ttl_and_timestamp() {
    long micros = Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli() * 1000 + 123;
    run(
        insertInto("ks", "events")
            .value("user_id", UID)
            .value("ts", TS)
            .value("event_type", "login")
            .usingTtl(60)
            .usingTimestamp(micros)
            .build());

    Row row =
        run(selectFrom("ks", "events")
                .select(writetime("event_type"), ttl("event_type"))
                .where("user_id", UID)
                .build())
            .one();
    assertThat(row.get("writetime(event_type)", Long.class)).isEqualTo(micros);
    assertThat(row.get("ttl(event_type)", Integer.class)).isBetween(1, 60);
  }

  @Test
  void should_insert_if_not_exists_with_ttl() {
    CqlStatement insert =
        insertInto("ks", "events").value("user_id", UID).value("ts", TS).ifNotExists().usingTtl(60).build();

    LwtResult first = run(insert).lwt();
    LwtResult second = run(insert).lwt();

    assertThat(first.applied()).isTrue();
    assertThat(first.existing()).isEmpty();
    assertThat(second.applied()).isFalse();
    assertThat(second.existing().orElseThrow().get("user_id", java.util.UUID.class)).isEqualTo(UID);
    assertThat(second.existing().orElseThrow().get("ts", Instant.class)).isEqualTo(TS);
  }

  @Test
  void should_insert_json() {
    String json =
        "{\"user_id\": \"" + UID + "\", \"ts\": \"2024-01-02 03:04:05Z\", \"event_type\": \"json\"}";

    run(insertInto("ks", "events").json(json).build());

    assertThat(eventOf(UID, TS).get("event_type", String.class)).isEqualTo("json");
  }

  @Test
  void should_update_collections_if_exists() {
    run(
        insertInto("ks", "t")
            .value("pk", 1)
            .value("ck", 2)
            .value("l", List.of(1, 2, 3))
            .value("s", Set.of(7, 8))
            .build());

    LwtResult result =
        run(update("ks", "t")
                .usingTtl(60)
                .set("a", "x")
                .append("l", List.of(4))
                .prepend("l", List.of(0))
                .removeFromSet("s", Set.of(7))
                .put("m", 1, "one")
                .setElement("l", 2, 9)
                .where("pk", 1)
                .where("ck", 2)
                .ifExists()
                .build())
            .lwt();

    assertThat(result.applied()).isTrue();
    Row row = rowOfT(1, 2);
    assertThat(row.get("a", String.class)).isEqualTo("x");
    assertThat(row.get("s", Set.class)).containsExactly(8);
    assertThat(row.get("m", Map.class)).containsExactlyEntriesOf(Map.of(1, "one"));
    assertThat(row.get("l", List.class)).hasSize(5).contains(0, 4, 9);
  }

  @Test
  void should_update_a_counter() {
    CqlStatement view = update("ks", "counters").increment("views", 1).where("page", "home").build();

    run(view);
    run(view);

    Row row = run(selectFrom("ks", "counters").where("page", "home").build()).one();
    assertThat(row.get("views", Long.class)).isEqualTo(2L);
  }

  @Test
  void should_update_with_conditions() {
    run(
        insertInto("ks", "t")
            .value("pk", 1)
            .value("ck", 2)
            .value("v", "old")
            .value("w", "a")
            .value("m", Map.of(3, "three"))
            .build());
    CqlStatement conditional =
        update("ks", "t")
            .set("v", "new")
            .where("pk", 1)
            .where("ck", 2)
            .onlyIf(eq("v", "old"))
            .onlyIf(element("m", 3).eq("three"))
            .onlyIf(in("w", List.of("a", "b")))
            .build();

    LwtResult applied = run(conditional).lwt();
    LwtResult notApplied = run(conditional).lwt();

    assertThat(applied.applied()).isTrue();
    assertThat(notApplied.applied()).isFalse();
    assertThat(notApplied.existing().orElseThrow().get("v", String.class)).isEqualTo("new");
    assertThat(rowOfT(1, 2).get("v", String.class)).isEqualTo("new");
  }

  @Test
  void should_delete_a_range_with_a_timestamp() {
    for (int ck = 1; ck <= 9; ck++) {
      run(insertInto("ks", "t").value("pk", 1).value("ck", ck).value("a", "v" + ck).build());
    }
    long later = (System.currentTimeMillis() + 60_000) * 1000;

    run(deleteFrom("ks", "t").usingTimestamp(later).where("pk", 1).where(gte("ck", 5)).build());

    List<Row> rows = run(selectFrom("ks", "t").where("pk", 1).build()).rows();
    assertThat(rows).extracting(r -> r.get("ck", Integer.class)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void should_delete_if_exists() {
    run(insertInto("ks", "t").value("pk", 1).value("ck", 2).value("a", "x").build());
    CqlStatement delete = deleteFrom("ks", "t").where("pk", 1).where("ck", 2).ifExists().build();

    LwtResult deleted = run(delete).lwt();
    LwtResult missing = run(delete).lwt();

    assertThat(deleted.applied()).isTrue();
    assertThat(missing.applied()).isFalse();
    assertThat(missing.existing()).as("IF EXISTS on a missing row returns [applied] only").isEmpty();
  }

  @Test
  void should_delete_columns_and_elements() {
    run(
        insertInto("ks", "t")
            .value("pk", 1)
            .value("ck", 2)
            .value("a", "x")
            .value("b", "y")
            .value("m", Map.of(3, "three", 4, "four"))
            .build());

    run(deleteFrom("ks", "t").columns("a").element("m", 3).where("pk", 1).where("ck", 2).build());

    Row row = rowOfT(1, 2);
    assertThat(row.getObject("a")).isNull();
    assertThat(row.get("b", String.class)).isEqualTo("y");
    assertThat(row.get("m", Map.class)).containsExactlyEntriesOf(Map.of(4, "four"));
  }

  /**
   * The example as cql-format.md writes it prepares, but on its schema (ks.t has a clustering
   * column) deleting columns of a whole partition is a range deletion, which the server refuses.
   */
  @Test
  void should_report_the_server_refusal_of_a_column_deletion_over_a_whole_partition() {
    assertThatThrownBy(() -> run(deleteFrom("ks", "t").columns("a").element("m", 3).where("pk", 1).build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage(
            "Range deletions are not supported for specific columns [cql: DELETE a, m[?] FROM ks.t"
                + " WHERE pk = ?]");
  }

  @Test
  void should_select_with_every_trailing_clause() {
    for (int ck = 1; ck <= 4; ck++) {
      run(insertInto("ks", "t").value("pk", 1).value("ck", ck).value("a", "v" + ck).build());
    }

    List<Row> rows =
        run(selectFrom("ks", "t")
                .where("pk", 1)
                .where(in("ck", List.of(1, 2, 3)))
                .orderBy("ck", Order.DESC)
                .perPartitionLimit(2)
                .limit(10)
                .allowFiltering()
                .build())
            .rows();

    assertThat(rows).extracting(r -> r.get("ck", Integer.class)).containsExactly(3, 2);
  }

  @Test
  void should_select_distinct() {
    for (int pk = 1; pk <= 3; pk++) {
      run(insertInto("ks", "t").value("pk", pk).value("ck", 1).build());
      run(insertInto("ks", "t").value("pk", pk).value("ck", 2).build());
    }

    List<Row> rows = run(selectFrom("ks", "t").distinct().columns("pk").build()).rows();

    assertThat(rows).extracting(r -> r.get("pk", Integer.class)).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void should_select_json() {
    run(insertInto("ks", "t").value("pk", 1).value("ck", 2).value("a", "x").value("b", "y").build());

    Row row = run(selectFrom("ks", "t").json().columns("a", "b").where("pk", 1).build()).one();

    assertThat(row.get("[json]", String.class)).isEqualTo("{\"a\": \"x\", \"b\": \"y\"}");
  }

  @Test
  void should_select_functions_and_aliases() {
    run(insertInto("ks", "t").value("pk", 1).value("ck", 1).value("a", "x").value("b", "y").value("c", 5).build());
    run(insertInto("ks", "t").value("pk", 1).value("ck", 2).value("a", "x2").value("b", "y2").value("c", 6).build());

    Row row =
        run(selectFrom("ks", "t")
                .columns("a")
                .as("x")
                .select(writetime("b"), ttl("b"), count(), cast(column("c"), "text"))
                .where(token("pk").gt(Long.MIN_VALUE))
                .groupBy("pk")
                .build())
            .one();

    assertThat(row.columnNames())
        .containsExactly("x", "writetime(b)", "ttl(b)", "count", "cast(c as text)");
    assertThat(row.get("x", String.class)).isEqualTo("x");
    assertThat(row.get("count", Long.class)).isEqualTo(2L);
    assertThat(row.get("cast(c as text)", String.class)).isEqualTo("5");
    assertThat(row.getObject("ttl(b)")).isNull();
  }

  @Test
  void should_select_with_tuple_and_collection_relations() {
    run(
        insertInto("ks", "t2")
            .value("pk", 1).value("ck1", 3).value("ck2", 5)
            .value("tags", Set.of("red", "blue")).value("m", Map.of("k", 1))
            .build());
    run(
        insertInto("ks", "t2")
            .value("pk", 1).value("ck1", 3).value("ck2", 4)
            .value("tags", Set.of("red")).value("m", Map.of("k", 2))
            .build());
    run(
        insertInto("ks", "t2")
            .value("pk", 1).value("ck1", 4).value("ck2", 0)
            .value("tags", Set.of("green")).value("m", Map.of("k", 3))
            .build());

    List<Row> rows =
        run(selectFrom("ks", "t2")
                .where("pk", 1)
                .where(columns("ck1", "ck2").gt(tuple(3, 4)))
                .where(contains("tags", "red"))
                .where(containsKey("m", "k"))
                .allowFiltering()
                .build())
            .rows();

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("ck2", Integer.class)).isEqualTo(5);
  }

  @Test
  void should_select_by_vector_similarity() {
    run(insertInto("ks", "items").value("id", 1).value("embedding", List.of(1f, 0f, 0f)).build());
    run(insertInto("ks", "items").value("id", 2).value("embedding", List.of(0f, 1f, 0f)).build());
    run(insertInto("ks", "items").value("id", 3).value("embedding", new float[] {0f, 0f, 1f}).build());

    List<Row> rows =
        run(selectFrom("ks", "items").orderByAnn("embedding", List.of(0.1f, 0.9f, 0.1f)).limit(2).build())
            .rows();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("id", Integer.class)).isEqualTo(2);
  }

  @Test
  void should_select_quoted_names() {
    run(insertInto("ks", "Users").value("Id", 7).value("Name", "Ada").value("select", "yes").build());

    Row row = run(selectFrom("ks", "Users").columns("Name", "select").where("Id", 7).build()).one();

    assertThat(row.asMap()).containsExactly(Map.entry("Name", "Ada"), Map.entry("select", "yes"));
  }

  @Test
  void should_run_a_logged_batch() {
    Instant later = TS.plusSeconds(1);
    CqlStatement login =
        insertInto("ks", "events").value("user_id", UID).value("ts", TS).value("event_type", "login").build();
    CqlStatement logout =
        insertInto("ks", "events").value("user_id", UID).value("ts", later).value("event_type", "logout").build();

    run(loggedBatch().add(login).add(logout).build());

    List<Row> rows = run(selectFrom("ks", "events").where("user_id", UID).build()).rows();
    assertThat(rows).extracting(r -> r.get("event_type", String.class)).containsExactly("logout", "login");
  }

  @Test
  void should_run_an_unlogged_batch_with_a_timestamp() {
    run(insertInto("ks", "t").value("pk", 3).value("ck", 1).value("a", "gone").build());
    long micros = (System.currentTimeMillis() + 60_000) * 1000;

    run(
        unloggedBatch()
            .usingTimestamp(micros)
            .add(update("ks", "t").set("a", "x").where("pk", 1).where("ck", 2).build())
            .add(deleteFrom("ks", "t").where("pk", 3).build())
            .build());

    Row row =
        run(selectFrom("ks", "t").columns("a").select(writetime("a")).where("pk", 1).where("ck", 2).build()).one();
    assertThat(row.get("a", String.class)).isEqualTo("x");
    assertThat(row.get("writetime(a)", Long.class)).isEqualTo(micros);
    assertThat(run(selectFrom("ks", "t").where("pk", 3).build()).rows()).isEmpty();
  }

  @Test
  void should_run_a_counter_batch() {
    run(
        counterBatch()
            .add(update("ks", "counters").increment("views", 2).where("page", "a").build())
            .add(update("ks", "counters").decrement("views", 1).where("page", "b").build())
            .build());

    List<Row> rows = run(selectFrom("ks", "counters").where(in("page", List.of("a", "b"))).build()).rows();
    assertThat(rows)
        .extracting(r -> r.get("page", String.class) + "=" + r.get("views", Long.class))
        .containsExactlyInAnyOrder("a=2", "b=-1");
  }
}
