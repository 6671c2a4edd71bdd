package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.buildBatch;
import static io.cqlkit.builder.Cql.buildDelete;
import static io.cqlkit.builder.Cql.buildInsert;
import static io.cqlkit.builder.Cql.buildSelect;
import static io.cqlkit.builder.Cql.buildUpdate;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gte;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.lt;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OneCallFormsTest {

  @Test
  void should_build_an_insert_with_every_option() {
    assertThat(
            buildInsert(
                "ks", "events", ImmutableMap.of("user_id", 1, "ts", 2, "event_type", "login"),
                InsertOptions.builder().ttl(60).timestamp(1_700_000_000_000_000L).build()))
        .hasCql("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?) USING TTL ? AND TIMESTAMP ?")
        .hasParams(1, 2, "login", 60, 1_700_000_000_000_000L);
    assertThat(
            buildInsert(
                "ks", "events", ImmutableMap.of("user_id", 1, "ts", 2),
                InsertOptions.builder().ifNotExists().ttl(60).build()))
        .hasCql("INSERT INTO ks.events (user_id, ts) VALUES (?, ?) IF NOT EXISTS USING TTL ?")
        .isConditional();
  }

  @Test
  void should_build_an_update_with_every_option() {
    assertThat(
            buildUpdate(
                "ks", "t", ImmutableMap.of("v", "new"), ImmutableMap.of("pk", 1),
                UpdateOptions.builder().where(in("ck", List.of(1, 2))).ttl(60).timestamp(5L).build()))
        .hasCql("UPDATE ks.t USING TTL ? AND TIMESTAMP ? SET v = ? WHERE pk = ? AND ck IN ?")
        .hasParams(60, 5L, "new", 1, List.of(1, 2));
    assertThat(
            buildUpdate(
                "ks", "t", ImmutableMap.of("v", "new"), ImmutableMap.of("pk", 1, "ck", 2),
                UpdateOptions.builder().onlyIf(eq("v", "old"), in("w", List.of("a"))).build()))
        .hasCql("UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ? IF v = ? AND w IN ?")
        .hasConditionKind(ConditionKind.IF_CONDITIONS);
    assertThat(
            buildUpdate(
                "ks", "t", ImmutableMap.of("v", "new"), ImmutableMap.of("pk", 1, "ck", 2),
                UpdateOptions.builder().ifExists().build()))
        .hasCql("UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ? IF EXISTS");
  }

  @Test
  void should_build_a_delete_with_every_option() {
    assertThat(
            buildDelete(
                "ks", "t", ImmutableMap.of("pk", 1),
                DeleteOptions.builder().columns("a", "b").where(gte("ck", 10), lt("ck", 20)).timestamp(5L).build()))
        .hasCql("DELETE a, b FROM ks.t USING TIMESTAMP ? WHERE pk = ? AND ck >= ? AND ck < ?")
        .hasParams(5L, 1, 10, 20);
    assertThat(buildDelete("ks", "t", ImmutableMap.of("pk", 1, "ck", 2), DeleteOptions.builder().ifExists().build()))
        .hasCql("DELETE FROM ks.t WHERE pk = ? AND ck = ? IF EXISTS");
    assertThat(
            buildDelete("ks", "t", ImmutableMap.of("pk", 1, "ck", 2), DeleteOptions.builder().onlyIf(eq("v", "x")).build()))
        .hasCql("DELETE FROM ks.t WHERE pk = ? AND ck = ? IF v = ?");
  }

  @Test
  void should_build_a_select_with_every_option() {
    assertThat(
            buildSelect(
                "ks", "t", ImmutableMap.of("pk", 1),
                SelectOptions.builder()
                    .where(in("ck", List.of(1, 2)))
                    .orderBy("ck", Order.DESC)
                    .perPartitionLimit(2)
                    .limit(10)
                    .allowFiltering()
                    .build()))
        .hasCql("SELECT * FROM ks.t WHERE pk = ? AND ck IN ? ORDER BY ck DESC PER PARTITION LIMIT ? LIMIT ? ALLOW FILTERING")
        .hasParams(1, List.of(1, 2), 2, 10);
    assertThat(buildSelect("ks", "t", Map.of(), SelectOptions.builder().columns("pk").distinct().build()))
        .hasCql("SELECT DISTINCT pk FROM ks.t");
    assertThat(buildSelect("ks", "t", Map.of(), SelectOptions.builder().columns("a", "b").where(gte("ck", 1)).allowFiltering().build()))
        .hasCql("SELECT a, b FROM ks.t WHERE ck >= ? ALLOW FILTERING");
  }

  @Test
  void should_build_a_batch_with_a_timestamp() {
    CqlStatement a = buildUpdate("ks", "t", Map.of("a", "x"), ImmutableMap.of("pk", 1, "ck", 2));
    CqlStatement b = buildDelete("ks", "t", Map.of("pk", 1));
    assertThat(buildBatch(BatchType.UNLOGGED, List.of(a, b), BatchOptions.timestamp(7L)))
        .hasCql(
            "BEGIN UNLOGGED BATCH USING TIMESTAMP ?\n  UPDATE ks.t SET a = ? WHERE pk = ? AND ck = ?;\n"
                + "  DELETE FROM ks.t WHERE pk = ?;\nAPPLY BATCH")
        .hasParams(7L, "x", 1, 2, 1);
  }

  @Test
  void should_refuse_maps_without_a_defined_order() {
    Map<String, Object> hash = new HashMap<>();
    hash.put("a", 1);
    hash.put("b", 2);
    assertThatThrownBy(() -> buildInsert("ks", "t", hash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "buildInsert(...) takes the values map's columns in its iteration order, but a"
                + " java.util.HashMap has no defined order (the text, and the prepared statement it"
                + " keys, could change between JVMs): pass a LinkedHashMap, a SortedMap such as"
                + " TreeMap, a Guava ImmutableMap, or a map of one entry");
    assertThatThrownBy(() -> buildUpdate("ks", "t", Map.of("a", 1, "b", 2), Map.of("pk", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("buildUpdate(...) takes the set map's columns in its iteration order, but a java.util.ImmutableCollections$MapN");
    assertThatThrownBy(() -> buildSelect("ks", "t", Map.of("pk", 1, "ck", 2)))
        .hasMessageStartingWith("buildSelect(...) takes the where map's columns");
    assertThatThrownBy(() -> buildDelete("ks", "t", Map.of("pk", 1, "ck", 2)))
        .hasMessageStartingWith("buildDelete(...) takes the where map's columns");
    assertThat(buildInsert("ks", "t", new TreeMap<>(hash))).hasCql("INSERT INTO ks.t (a, b) VALUES (?, ?)");
    assertThat(buildInsert("ks", "t", Map.of("a", 1))).hasCql("INSERT INTO ks.t (a) VALUES (?)");
  }

  @Test
  void should_say_what_options_take() {
    // the same rule and words as the builders' steps (one place: TermChecks)
    assertThatThrownBy(() -> InsertOptions.builder().ttl(-1))
        .hasMessage("a TTL is 0 (no expiry) to 630720000 seconds (20 years), not -1");
    assertThatThrownBy(() -> UpdateOptions.builder().ttl(630_720_001))
        .hasMessage("a TTL is 0 (no expiry) to 630720000 seconds (20 years), not 630720001");
    assertThatThrownBy(() -> SelectOptions.builder().limit(0))
        .hasMessage("limit(...) takes a positive number of rows, not 0");
    assertThatThrownBy(() -> SelectOptions.builder().perPartitionLimit(-2))
        .hasMessage("perPartitionLimit(...) takes a positive number of rows, not -2");
    assertThatThrownBy(() -> SelectOptions.builder().orderBy("ck", Order.ASC).orderBy("ck", Order.DESC))
        .hasMessage("ORDER BY names ck twice: give each clustering column one order");
    assertThatThrownBy(() -> buildInsert("ks", "t", Map.of("a", 1), null))
        .hasMessage("options must not be null: pass InsertOptions.none()");
    org.assertj.core.api.Assertions.assertThat(InsertOptions.builder().ifNotExists().ttl(60).build())
        .hasToString("InsertOptions{ifNotExists=true, ttl=60}")
        .isEqualTo(InsertOptions.builder().ttl(60).ifNotExists().build());
  }
}
