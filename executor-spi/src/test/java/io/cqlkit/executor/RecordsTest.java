package io.cqlkit.executor;

import static io.cqlkit.builder.Cql.raw;
import static io.cqlkit.builder.Unset.UNSET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.InsertOptions;
import io.cqlkit.builder.assertj.CqlAssertions;
import io.cqlkit.builder.mapping.ClusteringColumn;
import io.cqlkit.builder.mapping.Column;
import io.cqlkit.builder.mapping.PartitionKey;
import io.cqlkit.builder.mapping.TableModel;
import io.cqlkit.executor.testing.Answer;
import io.cqlkit.executor.testing.RecordingExecutor;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rows read into records, UNSET through the engine, raw statements in batches and concurrent runs. */
class RecordsTest {
  record Event(@PartitionKey UUID userId, @ClusteringColumn Instant ts, String eventType) {}

  record Counted(String name, int count, @Column("n") long total) {}

  record Both(String user_id, String userId) {}

  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final Instant TS = Instant.parse("2026-11-30T12:00:00Z");

  private final RecordingExecutor executor = RecordingExecutor.create();
  private final CqlEngine engine = CqlEngine.of(executor);
  private final RowMapper<Event> events = RowMapper.of(Event.class);

  private static Row row(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return Row.of(values);
  }

  @Test
  void should_read_a_row_into_a_record_by_the_naming_rule() {
    assertThat(events.map(row("user_id", ID, "ts", TS, "event_type", "login", "extra", 1)))
        .isEqualTo(new Event(ID, TS, "login"));
    assertThat(RowMapper.of(Counted.class).map(row("name", "a", "count", 3, "n", 7L)))
        .isEqualTo(new Counted("a", 3, 7L));
    assertThat(RowMapper.of(Both.class).map(row("user_id", "snake", "userId", "exact")))
        .isEqualTo(new Both("snake", "exact"));
    assertThat(RowMapper.of(Event.class)).isSameAs(events);
  }

  @Test
  void should_prefer_the_exact_column_name() {
    record Camel(String eventType) {}
    assertThat(RowMapper.of(Camel.class).map(row("eventType", "exact", "event_type", "snake")))
        .isEqualTo(new Camel("exact"));
    assertThat(RowMapper.of(Camel.class).map(row("event_type", "snake"))).isEqualTo(new Camel("snake"));
  }

  @Test
  void should_read_a_page_and_a_stream() {
    executor.whenCql("SELECT user_id, ts, event_type FROM ks.events WHERE user_id = ?")
        .thenAnswer(Answer.rows(
            row("user_id", ID, "ts", TS, "event_type", "a"),
            row("user_id", ID, "ts", TS.plusSeconds(1), "event_type", "b")));
    TableModel model = TableModel.of("ks", "events", Event.class);
    CqlStatement select = model.select().bind(ID);
    assertThat(events.list(engine.execute(select)))
        .containsExactly(new Event(ID, TS, "a"), new Event(ID, TS.plusSeconds(1), "b"));
    try (Stream<Event> all = engine.allRows(select).map(events)) {
      assertThat(all.map(Event::eventType).collect(Collectors.toList())).containsExactly("a", "b");
    }
    try (Stream<Event> all = events.stream(engine.allRows(select))) {
      assertThat(all.count()).isEqualTo(2);
    }
  }

  @Test
  void should_name_column_and_component_when_a_row_does_not_fit() {
    assertThatThrownBy(() -> events.map(row("user_id", ID, "ts", TS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the row has no column eventType or event_type for component Event.eventType"
                + " (java.lang.String); its columns are [user_id, ts]: select the column, or name"
                + " the component after one (@Column(\"name\"))");
    assertThatThrownBy(() -> events.map(row("user_id", ID, "ts", "yesterday", "event_type", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot read column ts into component Event.ts (java.time.Instant): column 'ts' holds a"
                + " java.lang.String, which cannot be read as java.time.Instant");
    assertThatThrownBy(() -> RowMapper.of(Counted.class).map(row("name", "a", "count", null, "n", 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "column count is null, but component Counted.count is a primitive int: declare it as"
                + " Integer to read nulls");
  }

  @Test
  void should_record_unset_and_count_it_as_no_bytes() {
    TableModel model = TableModel.of("ks", "events", Event.class);
    CqlStatement insert =
        model.insert(InsertOptions.builder().nullsAsUnset().build()).bindNamed(new Event(ID, TS, null));
    engine.execute(insert);
    CqlAssertions.assertThat(executor.statements().get(0))
        .hasCql("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?)")
        .hasParams(ID, TS, UNSET)
        .isIdempotent();
    assertThat(executor.executions().get(0).toString()).contains("params=[" + ID + ", " + TS + ", UNSET]");
  }

  @Test
  void should_run_raw_statements_in_batches_and_concurrently() {
    CqlStatement rawUpdate = raw("UPDATE ks.t SET l = l + ? WHERE pk = ?", List.of(1), 1);
    engine.batch(BatchType.LOGGED).run(b -> {
      b.add(rawUpdate);
      b.add(Cql.buildInsert("ks", "t", ImmutableMap.of("pk", 1, "v", "x")));
    });
    assertThat(executor.statements().get(0).children()).hasSize(2);
    List<ExecutionResult> results =
        engine.concurrently().withWindow(2).execute(List.of(rawUpdate, raw("DELETE FROM ks.t WHERE pk = ?", 2)));
    assertThat(results).allMatch(ExecutionResult::isSuccess);
    CqlStatement rawBatch =
        raw("BEGIN BATCH\n  INSERT INTO ks.t (pk) VALUES (?);\n  DELETE FROM ks.t WHERE pk = ?;\nAPPLY BATCH", 1, 2);
    engine.execute(rawBatch);
    assertThat(executor.statements()).last().isEqualTo(rawBatch);
  }

  @Test
  void should_refuse_a_raw_select_in_a_batch_by_its_kind() {
    assertThatThrownBy(() -> engine.batch().run(b -> b.add(raw("SELECT * FROM ks.t"))))
        .hasMessageContaining("SELECT");
    assertThat(executor.statements()).isEmpty();
  }

  @Test
  void should_refuse_unordered_maps_in_one_call_forms() {
    Map<String, Object> hash = new HashMap<>(Map.of("a", 1, "b", 2));
    assertThatThrownBy(() -> Cql.buildInsert("ks", "t", hash)).hasMessageContaining("has no defined order");
  }
}
