package io.cqlkit.builder.mapping;

import static io.cqlkit.builder.Unset.UNSET;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.InsertOptions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TableModelTest {
  record Event(
      @PartitionKey UUID userId, @ClusteringColumn Instant ts, String eventType, String source) {}

  record Reading(
      @PartitionKey(1) String sensor,
      @PartitionKey(0) int day,
      @ClusteringColumn(1) int minute,
      @ClusteringColumn(0) int hour,
      @Column("v") double value) {}

  record NoKey(String a) {}

  static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final Instant TS = Instant.parse("2026-11-30T12:00:00Z");

  private final TableModel events = TableModel.of("ks", "events", Event.class);

  @Test
  void should_model_a_record() {
    org.assertj.core.api.Assertions.assertThat(events.partitionKey()).containsExactly("user_id");
    org.assertj.core.api.Assertions.assertThat(events.clusteringColumns()).containsExactly("ts");
    org.assertj.core.api.Assertions.assertThat(events.columns())
        .containsExactly("user_id", "ts", "event_type", "source");
    org.assertj.core.api.Assertions.assertThat(events.toString()).isEqualTo("ks.events");
  }

  @Test
  void should_order_composite_keys_by_annotation() {
    TableModel readings = TableModel.of(null, "readings", Reading.class);
    org.assertj.core.api.Assertions.assertThat(readings.partitionKey()).containsExactly("day", "sensor");
    org.assertj.core.api.Assertions.assertThat(readings.clusteringColumns()).containsExactly("hour", "minute");
    assertThat(readings.get().bind(1, "s", 2, 3))
        .hasCql("SELECT sensor, day, minute, hour, v FROM readings WHERE day = ? AND sensor = ? AND hour = ? AND minute = ?");
  }

  @Test
  void should_make_an_insert_bound_from_a_record() {
    assertThat(events.insert().bindNamed(new Event(ID, TS, "login", "web")))
        .hasCql("INSERT INTO ks.events (user_id, ts, event_type, source) VALUES (?, ?, ?, ?)")
        .hasParams(ID, TS, "login", "web");
  }

  @Test
  void should_make_an_insert_with_options() {
    CqlTemplate insert =
        events.insert(InsertOptions.builder().ifNotExists().ttl(60).nullsAsUnset().build());
    assertThat(insert.bindNamed(new Event(ID, TS, "login", null)))
        .hasCql(
            "INSERT INTO ks.events (user_id, ts, event_type, source) VALUES (?, ?, ?, ?) IF NOT EXISTS USING TTL ?")
        .hasParams(ID, TS, "login", UNSET, 60)
        .isConditional();
  }

  @Test
  void should_make_get_select_update_and_delete() {
    assertThat(events.get().bind(ID, TS))
        .hasCql("SELECT user_id, ts, event_type, source FROM ks.events WHERE user_id = ? AND ts = ?");
    assertThat(events.get("event_type").bind(ImmutableMap.of("user_id", ID, "ts", TS)))
        .hasCql("SELECT event_type FROM ks.events WHERE user_id = ? AND ts = ?")
        .hasParams(ID, TS);
    assertThat(events.select().bind(ID))
        .hasCql("SELECT user_id, ts, event_type, source FROM ks.events WHERE user_id = ?");
    assertThat(events.update("event_type", "source").bind("logout", "app", ID, TS))
        .hasCql("UPDATE ks.events SET event_type = ?, source = ? WHERE user_id = ? AND ts = ?")
        .hasParams("logout", "app", ID, TS);
    assertThat(events.delete().bind(ImmutableMap.of("ts", TS, "user_id", ID)))
        .hasCql("DELETE FROM ks.events WHERE user_id = ? AND ts = ?")
        .hasParams(ID, TS);
  }

  @Test
  void should_delete_chosen_columns() {
    assertThat(events.delete("source").bind(ID, TS))
        .hasCql("DELETE source FROM ks.events WHERE user_id = ? AND ts = ?")
        .hasParams(ID, TS);
    assertThatThrownBy(() -> events.delete("ts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "delete(...) cannot delete ts alone: it is in the primary key [user_id, ts] of ks.events;"
                + " delete() deletes the row");
  }

  @Test
  void should_go_in_a_batch() {
    assertThat(
            Cql.buildBatch(
                BatchType.LOGGED,
                List.of(
                    events.insert().bindNamed(new Event(ID, TS, "login", "web")),
                    events.delete().bind(ID, TS))))
        .hasCql(
            "BEGIN BATCH\n"
                + "  INSERT INTO ks.events (user_id, ts, event_type, source) VALUES (?, ?, ?, ?);\n"
                + "  DELETE FROM ks.events WHERE user_id = ? AND ts = ?;\n"
                + "APPLY BATCH");
  }

  @Test
  void should_declare_a_table_by_hand() {
    TableModel t =
        TableModel.builder("ks", "t").partitionKey("pk").clusteringColumns("ck").columns("a", "b").build();
    org.assertj.core.api.Assertions.assertThat(t.columns()).containsExactly("pk", "ck", "a", "b");
    assertThat(t.insert().bind(1, 2, "x", "y")).hasCql("INSERT INTO ks.t (pk, ck, a, b) VALUES (?, ?, ?, ?)");
    org.assertj.core.api.Assertions.assertThat(t)
        .isEqualTo(TableModel.builder("ks", "t").partitionKey("pk").clusteringColumns("ck").columns("a", "b").build());
  }

  @Test
  void should_refuse_bad_models_and_columns() {
    assertThatThrownBy(() -> TableModel.of("ks", "t", NoKey.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "record io.cqlkit.builder.mapping.TableModelTest$NoKey marks no partition-key component:"
                + " annotate at least one with @PartitionKey");
    assertThatThrownBy(() -> TableModel.builder("ks", "t").columns("a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the model of ks.t has no partition key: call partitionKey(...)");
    assertThatThrownBy(() -> events.update("ts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("update(...) cannot set ts: it is in the primary key [user_id, ts] of ks.events");
    assertThatThrownBy(() -> events.update("kind"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "update(...) names kind, which is not a column of ks.events: its columns are [user_id, ts, event_type, source]");
    assertThatThrownBy(() -> events.update())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("update(...) needs the columns to set, e.g. update(\"event_type\")");
    assertThatThrownBy(() -> events.get().bindNamed(new Event(ID, TS, "x", "y")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "component(s) Event.eventType (event_type), Event.source have no marker in `SELECT user_id,"
                + " ts, event_type, source FROM ks.events WHERE user_id = ? AND ts = ?` (its markers:"
                + " [user_id, ts]): bind a record of just those values, or a Map");
  }
}
