package io.cqlkit.builder;

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
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every example of /work/shared/cql-format.md (the canonical text), character for character. */
class CqlFormatExamplesTest {
  private static final UUID UID = UUID.fromString("5e6c3b4a-1f2e-4d3c-9b8a-7f6e5d4c3b2a");
  private static final Instant TS = Instant.parse("2024-01-02T03:04:05Z");
  private static final long MICROS = 1_700_000_000_000_000L;

  @Test
  void should_render_insert() {
    assertThat(
            insertInto("ks", "events")
                .value("user_id", UID)
                .value("ts", TS)
                .value("event_type", "login")
                .build())
        .hasCql("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?)")
        .hasParams(UID, TS, "login");
  }

  @Test
  void should_render_insert_with_ttl_and_timestamp() {
    assertThat(
            insertInto("ks", "events")
                .value("user_id", UID)
                .value("ts", TS)
                .value("event_type", "login")
                .usingTtl(60)
                .usingTimestamp(MICROS)
                .build())
        .hasCql(
            "INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?) USING TTL ? AND"
                + " TIMESTAMP ?")
        .hasParams(UID, TS, "login", 60, MICROS);
  }

  @Test
  void should_render_insert_if_not_exists_with_ttl() {
    assertThat(
            insertInto("ks", "events")
                .value("user_id", UID)
                .value("ts", TS)
                .ifNotExists()
                .usingTtl(60)
                .build())
        .hasCql("INSERT INTO ks.events (user_id, ts) VALUES (?, ?) IF NOT EXISTS USING TTL ?")
        .hasParams(UID, TS, 60);
  }

  @Test
  void should_render_insert_json() {
    String json = "{\"user_id\": \"" + UID + "\"}";
    assertThat(insertInto("ks", "events").json(json).build())
        .hasCql("INSERT INTO ks.events JSON ?")
        .hasParams(json);
  }

  @Test
  void should_render_update_with_collections_and_if_exists() {
    assertThat(
            update("ks", "t")
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
        .hasCql(
            "UPDATE ks.t USING TTL ? SET a = ?, l = l + ?, l = ? + l, s = s - ?, m[?] = ?,"
                + " l[?] = ? WHERE pk = ? AND ck = ? IF EXISTS")
        .hasParams(60, "x", List.of(4), List.of(0), Set.of(7), 1, "one", 2, 9, 1, 2);
  }

  @Test
  void should_render_counter_update() {
    assertThat(update("ks", "counters").increment("views", 1).where("page", "home").build())
        .hasCql("UPDATE ks.counters SET views = views + ? WHERE page = ?")
        .hasParams(1L, "home");
  }

  @Test
  void should_render_update_with_conditions() {
    assertThat(
            update("ks", "t")
                .set("v", "new")
                .where("pk", 1)
                .where("ck", 2)
                .onlyIf(eq("v", "old"))
                .onlyIf(element("m", 3).eq("three"))
                .onlyIf(in("w", List.of("a", "b")))
                .build())
        .hasCql(
            "UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ? IF v = ? AND m[?] = ? AND w IN ?")
        .hasParams("new", 1, 2, "old", 3, "three", List.of("a", "b"));
  }

  @Test
  void should_render_delete_with_timestamp_and_range() {
    assertThat(
            deleteFrom("ks", "t")
                .usingTimestamp(MICROS)
                .where("pk", 1)
                .where(gte("ck", 5))
                .build())
        .hasCql("DELETE FROM ks.t USING TIMESTAMP ? WHERE pk = ? AND ck >= ?")
        .hasParams(MICROS, 1, 5);
  }

  @Test
  void should_render_delete_if_exists() {
    assertThat(deleteFrom("ks", "t").where("pk", 1).where("ck", 2).ifExists().build())
        .hasCql("DELETE FROM ks.t WHERE pk = ? AND ck = ? IF EXISTS")
        .hasParams(1, 2);
  }

  @Test
  void should_render_delete_of_columns_and_elements() {
    assertThat(deleteFrom("ks", "t").columns("a").element("m", 3).where("pk", 1).build())
        .hasCql("DELETE a, m[?] FROM ks.t WHERE pk = ?")
        .hasParams(3, 1);
  }

  @Test
  void should_render_select_with_every_trailing_clause() {
    assertThat(
            selectFrom("ks", "t")
                .where("pk", 1)
                .where(in("ck", List.of(1, 2)))
                .orderBy("ck", Order.DESC)
                .perPartitionLimit(2)
                .limit(10)
                .allowFiltering()
                .build())
        .hasCql(
            "SELECT * FROM ks.t WHERE pk = ? AND ck IN ? ORDER BY ck DESC PER PARTITION LIMIT ?"
                + " LIMIT ? ALLOW FILTERING")
        .hasParams(1, List.of(1, 2), 2, 10);
  }

  @Test
  void should_render_select_distinct() {
    assertThat(selectFrom("ks", "t").distinct().columns("pk").build())
        .hasCql("SELECT DISTINCT pk FROM ks.t")
        .hasNoParams();
  }

  @Test
  void should_render_select_json() {
    assertThat(selectFrom("ks", "t").json().columns("a", "b").where("pk", 1).build())
        .hasCql("SELECT JSON a, b FROM ks.t WHERE pk = ?")
        .hasParams(1);
  }

  @Test
  void should_render_select_functions_and_aliases() {
    assertThat(
            selectFrom("ks", "t")
                .columns("a")
                .as("x")
                .select(writetime("b"), ttl("b"), count(), cast(column("c"), "text"))
                .where(token("pk").gt(100L))
                .groupBy("pk")
                .build())
        .hasCql(
            "SELECT a AS x, writetime(b), ttl(b), count(*), cast(c AS text) FROM ks.t WHERE"
                + " token(pk) > ? GROUP BY pk")
        .hasParams(100L);
  }

  @Test
  void should_render_select_with_tuple_and_collection_relations() {
    assertThat(
            selectFrom("ks", "t2")
                .where("pk", 1)
                .where(columns("ck1", "ck2").gt(tuple(3, 4)))
                .where(contains("tags", "red"))
                .where(containsKey("m", "k"))
                .allowFiltering()
                .build())
        .hasCql(
            "SELECT * FROM ks.t2 WHERE pk = ? AND (ck1, ck2) > (?, ?) AND tags CONTAINS ? AND m"
                + " CONTAINS KEY ? ALLOW FILTERING")
        .hasParams(1, 3, 4, "red", "k");
  }

  @Test
  void should_render_select_with_ann_ordering() {
    List<Float> vector = List.of(0.1f, 0.2f, 0.3f);
    assertThat(selectFrom("ks", "items").orderByAnn("embedding", vector).limit(5).build())
        .hasCql("SELECT * FROM ks.items ORDER BY embedding ANN OF ? LIMIT ?")
        .hasParams(vector, 5);
  }

  @Test
  void should_quote_names_that_need_it() {
    assertThat(selectFrom("ks", "Users").columns("Name", "select").where("Id", 7).build())
        .hasCql("SELECT \"Name\", \"select\" FROM ks.\"Users\" WHERE \"Id\" = ?")
        .hasParams(7);
  }

  @Test
  void should_render_logged_batch() {
    CqlStatement login =
        insertInto("ks", "events").value("user_id", UID).value("ts", TS).value("event_type", "login").build();
    CqlStatement logout =
        insertInto("ks", "events").value("user_id", UID).value("ts", TS).value("event_type", "logout").build();
    assertThat(loggedBatch().add(login).add(logout).build())
        .hasCql(
            "BEGIN BATCH\n"
                + "  INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?);\n"
                + "  INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?);\n"
                + "APPLY BATCH")
        .hasParams(UID, TS, "login", UID, TS, "logout");
  }

  @Test
  void should_render_unlogged_batch_with_timestamp() {
    CqlStatement set = update("ks", "t").set("a", "x").where("pk", 1).where("ck", 2).build();
    CqlStatement delete = deleteFrom("ks", "t").where("pk", 3).build();
    assertThat(unloggedBatch().usingTimestamp(MICROS).add(set).add(delete).build())
        .hasCql(
            "BEGIN UNLOGGED BATCH USING TIMESTAMP ?\n"
                + "  UPDATE ks.t SET a = ? WHERE pk = ? AND ck = ?;\n"
                + "  DELETE FROM ks.t WHERE pk = ?;\n"
                + "APPLY BATCH")
        .hasParams(MICROS, "x", 1, 2, 3);
  }

  @Test
  void should_render_counter_batch() {
    CqlStatement up = update("ks", "counters").increment("views", 2).where("page", "a").build();
    CqlStatement down = update("ks", "counters").decrement("views", 1).where("page", "b").build();
    assertThat(counterBatch().add(up).add(down).build())
        .hasCql(
            "BEGIN COUNTER BATCH\n"
                + "  UPDATE ks.counters SET views = views + ? WHERE page = ?;\n"
                + "  UPDATE ks.counters SET views = views - ? WHERE page = ?;\n"
                + "APPLY BATCH")
        .hasParams(2L, "a", 1L, "b");
  }
}
