package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.buildBatch;
import static io.cqlkit.builder.Cql.buildDelete;
import static io.cqlkit.builder.Cql.buildInsert;
import static io.cqlkit.builder.Cql.buildSelect;
import static io.cqlkit.builder.Cql.buildUpdate;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryPointsTest {

  @Test
  void should_build_an_insert_from_a_map_in_its_order() {
    assertThat(buildInsert("ks", "events", ImmutableMap.of("user_id", 1, "ts", 2, "event_type", "login")))
        .hasCql("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?)")
        .hasParams(1, 2, "login");
  }

  @Test
  void should_take_a_null_keyspace_as_the_session_keyspace() {
    assertThat(buildInsert(null, "events", Map.of("id", 1))).hasCql("INSERT INTO events (id) VALUES (?)");
    assertThat(buildSelect(null, "events", Map.of())).hasCql("SELECT * FROM events");
  }

  @Test
  void should_build_an_update() {
    assertThat(buildUpdate("ks", "t", ImmutableMap.of("a", "x", "b", 2), ImmutableMap.of("pk", 1, "ck", 3)))
        .hasCql("UPDATE ks.t SET a = ?, b = ? WHERE pk = ? AND ck = ?")
        .hasParams("x", 2, 1, 3);
  }

  @Test
  void should_build_a_delete() {
    assertThat(buildDelete("ks", "t", ImmutableMap.of("pk", 1, "ck", 2)))
        .hasCql("DELETE FROM ks.t WHERE pk = ? AND ck = ?")
        .hasParams(1, 2);
  }

  @Test
  void should_build_a_select() {
    assertThat(buildSelect("ks", "t", ImmutableMap.of("pk", 1)))
        .hasCql("SELECT * FROM ks.t WHERE pk = ?")
        .hasParams(1);
  }

  @Test
  void should_build_a_batch() {
    CqlStatement insert = buildInsert("ks", "t", Map.of("pk", 1));
    CqlStatement delete = buildDelete("ks", "t", Map.of("pk", 2));
    assertThat(buildBatch(BatchType.LOGGED, List.of(insert, delete)))
        .hasCql("BEGIN BATCH\n  INSERT INTO ks.t (pk) VALUES (?);\n  DELETE FROM ks.t WHERE pk = ?;\nAPPLY BATCH")
        .hasParams(1, 2);
  }

  @Test
  void should_refuse_empty_maps() {
    assertThatThrownBy(() -> buildInsert("ks", "t", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("buildInsert(...) needs at least one column value in the map");
    assertThatThrownBy(() -> buildUpdate("ks", "t", Map.of(), Map.of("pk", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("buildUpdate(...) needs at least one column to set");
    assertThatThrownBy(() -> buildUpdate("ks", "t", Map.of("a", 1), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("buildUpdate(...) needs the primary-key columns in the where map");
    assertThatThrownBy(() -> buildDelete("ks", "t", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("buildDelete(...) needs at least the partition-key columns in the where map");
    assertThatThrownBy(() -> buildSelect("ks", "t", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("buildSelect(...) needs a where map (empty for every row)");
  }

  @Test
  void should_refuse_an_empty_table_name() {
    assertThatThrownBy(() -> buildInsert("ks", "", Map.of("a", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a table name must not be null or empty, but was \"\": pass the exact table name");
  }
}
