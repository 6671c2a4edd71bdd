package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.batch;
import static io.cqlkit.builder.Cql.counterBatch;
import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.unloggedBatch;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest {
  private static final CqlStatement INSERT = insertInto("ks", "t").value("pk", 1).value("a", "x").build();
  private static final CqlStatement DELETE = deleteFrom("ks", "t").where("pk", 2).build();
  private static final CqlStatement COUNTER =
      update("ks", "c").increment("n", 1).where("pk", 3).build();
  private static final CqlStatement CONDITIONAL =
      insertInto("ks", "t").value("pk", 4).ifNotExists().build();

  @Test
  void should_keep_the_children_and_their_params_in_order() {
    CqlStatement batch = unloggedBatch().add(INSERT).add(DELETE).usingTimestamp(9L).build();
    assertThat(batch.children()).containsExactly(INSERT, DELETE);
    assertThat(batch.batchType()).contains(BatchType.UNLOGGED);
    assertThat(batch.batchTimestamp()).contains(9L);
    assertThat(batch)
        .hasKind(StatementKind.BATCH)
        .hasParams(9L, 1, "x", 2)
        .hasCql(
            "BEGIN UNLOGGED BATCH USING TIMESTAMP ?\n"
                + "  INSERT INTO ks.t (pk, a) VALUES (?, ?);\n"
                + "  DELETE FROM ks.t WHERE pk = ?;\n"
                + "APPLY BATCH");
  }

  @Test
  void should_add_all_and_take_any_type() {
    assertThat(batch(BatchType.LOGGED).addAll(List.of(INSERT, DELETE)).build().children())
        .containsExactly(INSERT, DELETE);
  }

  @Test
  void should_leave_a_shared_partial_batch_unchanged() {
    Batch base = loggedBatch().add(INSERT);
    CqlStatement one = base.build();
    CqlStatement two = base.add(DELETE).build();
    assertThat(one.children()).containsExactly(INSERT);
    assertThat(two.children()).containsExactly(INSERT, DELETE);
  }

  @Test
  void should_accept_counter_updates_in_an_unlogged_batch() {
    assertThat(unloggedBatch().add(COUNTER).add(COUNTER).build().isCounter()).isTrue();
  }

  @Test
  void should_refuse_a_select_or_schema_statement() {
    CqlStatement select = selectFrom("ks", "t").build();
    assertThatThrownBy(() -> loggedBatch().add(INSERT).add(select))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "statement 1 of the batch is a SELECT: a batch holds only INSERT, UPDATE and DELETE"
                + " statements; execute it on its own: SELECT * FROM ks.t");
    CqlStatement ddl = CqlStatement.schema(StatementKind.DDL, "DROP TABLE ks.t", "ks", "t");
    assertThatThrownBy(() -> loggedBatch().add(ddl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "statement 0 of the batch is a DDL: a batch holds only INSERT, UPDATE and DELETE"
                + " statements; execute it on its own: DROP TABLE ks.t");
    CqlStatement nested = loggedBatch().add(INSERT).build();
    assertThatThrownBy(() -> loggedBatch().add(nested))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("statement 0 of the batch is a BATCH");
  }

  @Test
  void should_refuse_named_markers() {
    CqlStatement named =
        insertInto("ks", "t").value("pk", marker("pk")).template().bind(Map.of("pk", 1));
    assertThatThrownBy(() -> loggedBatch().add(named))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "statement 0 of the batch uses named markers [pk], which a protocol batch cannot"
                + " carry: build it with positional markers or plain values: INSERT INTO ks.t (pk)"
                + " VALUES (:pk)");
  }

  @Test
  void should_refuse_an_empty_batch() {
    assertThatThrownBy(() -> unloggedBatch().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the UNLOGGED batch is empty: add(...) at least one statement");
  }

  @Test
  void should_refuse_counter_mistakes() {
    assertThatThrownBy(() -> counterBatch().add(COUNTER).add(INSERT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "statement 1 of the COUNTER batch is not a counter update (Cassandra: \"Cannot"
                + " include non-counter statement in a counter batch\"); put it in another batch:"
                + " INSERT INTO ks.t (pk, a) VALUES (?, ?)");
    assertThatThrownBy(() -> loggedBatch().add(COUNTER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "statement 0 of the LOGGED batch is a counter update (Cassandra: \"Cannot include a"
                + " counter statement in a logged batch\"); use counterBatch(): UPDATE ks.c SET n"
                + " = n + ? WHERE pk = ?");
    assertThatThrownBy(() -> unloggedBatch().add(INSERT).add(COUNTER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "statement 1 of the UNLOGGED batch is a counter update while the first is not"
                + " (Cassandra: \"Counter and non-counter mutations cannot exist in the same"
                + " batch\"); use two batches: UPDATE ks.c SET n = n + ? WHERE pk = ?");
  }

  @Test
  void should_refuse_timestamp_mistakes() {
    assertThatThrownBy(() -> loggedBatch().add(CONDITIONAL).usingTimestamp(1L).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a conditional batch cannot carry USING TIMESTAMP (Cassandra: \"Cannot provide custom"
                + " timestamp for conditional BATCH\"): remove usingTimestamp(...)");
    assertThatThrownBy(() -> counterBatch().add(COUNTER).usingTimestamp(1L).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a COUNTER batch cannot carry USING TIMESTAMP (Cassandra: \"Cannot provide custom"
                + " timestamp for counter BATCH\"): remove usingTimestamp(...)");
    CqlStatement timed = deleteFrom("ks", "t").where("pk", 1).usingTimestamp(5L).build();
    assertThatThrownBy(() -> loggedBatch().add(timed).usingTimestamp(1L).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "statement 0 carries its own USING TIMESTAMP while the batch has one (Cassandra:"
                + " \"Timestamp must be set either on BATCH or individual statements\"): remove"
                + " one: DELETE FROM ks.t USING TIMESTAMP ? WHERE pk = ?");
  }

  @Test
  void should_refuse_more_statements_than_the_protocol_allows() {
    Batch batch = unloggedBatch();
    for (int i = 0; i <= Batch.MAX_STATEMENTS; i++) {
      batch = batch.add(DELETE);
    }
    Batch full = batch;
    assertThatThrownBy(full::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the batch holds 65536 statements, but the native protocol allows at most 65535:"
                + " split it");
  }

  @Test
  void should_render_the_text_once_and_lazily() {
    CqlStatement batch = loggedBatch().add(INSERT).build();
    assertThat(batch.cql()).isSameAs(batch.cql());
  }
}
