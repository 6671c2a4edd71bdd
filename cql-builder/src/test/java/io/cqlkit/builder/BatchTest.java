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

import io.cqlkit.builder.rules.BatchTransport;
import io.cqlkit.builder.rules.CqlRule;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.builder.rules.RuleContext;
import io.cqlkit.builder.rules.TableFacts;
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
        .isInstanceOfSatisfying(
            CqlRuleViolationException.class,
            e -> assertThat(e.rule()).isEqualTo(CqlRule.BATCH_ONLY_MODIFICATIONS))
        .hasMessage(
            "BATCH_ONLY_MODIFICATIONS: statement 1 (SELECT * FROM ks.t) is a SELECT statement, but"
                + " a batch holds only INSERT, UPDATE and DELETE; execute it on its own, outside the"
                + " batch");
    CqlStatement ddl = CqlStatement.schema(StatementKind.DDL, "DROP TABLE ks.t", "ks", "t");
    assertThatThrownBy(() -> loggedBatch().add(ddl))
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessageStartingWith("BATCH_ONLY_MODIFICATIONS: statement 0 (DROP TABLE ks.t) is a DDL statement");
    CqlStatement nested = loggedBatch().add(INSERT).build();
    assertThatThrownBy(() -> loggedBatch().add(nested))
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessageStartingWith("BATCH_ONLY_MODIFICATIONS: statement 0 (BEGIN BATCH");
  }

  @Test
  void should_take_named_markers_and_leave_binding_by_name_to_the_engine() {
    CqlStatement named =
        insertInto("ks", "t").value("pk", marker("pk")).template().bind(Map.of("pk", 1));
    CqlStatement batch = loggedBatch().add(named).build();

    assertThat(batch.children()).containsExactly(named);
    assertThatThrownBy(() -> CqlValidator.cassandra().check(batch, context(BatchTransport.PROTOCOL_BY_NAME)))
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "NAMED_MARKERS_IN_BATCH: statement 0 (INSERT INTO ks.t (pk) VALUES (:pk)) uses named"
                + " bind markers [pk], and this executor binds a protocol batch's values by name,"
                + " which the server refuses; build it with positional markers (?), or use an"
                + " executor that binds by position");
    assertThat(CqlValidator.cassandra().check(batch, context(BatchTransport.PROTOCOL))).isEmpty();
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
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "COUNTER_BATCH_ONLY_COUNTERS: statement 1 (INSERT INTO ks.t (pk, a) VALUES (?, ?)) is"
                + " not a counter statement, but a COUNTER batch takes only counter updates and"
                + " deletes on counter tables; move it to a LOGGED or UNLOGGED batch");
    assertThatThrownBy(() -> loggedBatch().add(COUNTER).build())
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "COUNTER_IN_LOGGED_BATCH: statement 0 (UPDATE ks.c SET n = n + ? WHERE pk = ?) is a"
                + " counter statement, but a LOGGED batch cannot hold counter statements; create"
                + " the batch with BatchType.COUNTER (or UNLOGGED)");
    assertThatThrownBy(() -> unloggedBatch().add(INSERT).add(COUNTER).build())
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "COUNTER_MIXED_WITH_NON_COUNTER: statement 1 (UPDATE ks.c SET n = n + ? WHERE pk = ?)"
                + " is a counter statement while statement 0 is not a counter statement, and"
                + " counter and non-counter mutations cannot share a batch; send the counter"
                + " statements in a COUNTER batch of their own");
  }

  @Test
  void should_take_a_delete_in_a_counter_batch_when_its_table_is_unknown() {
    assertThat(counterBatch().add(COUNTER).add(DELETE).build().children()).hasSize(2);
  }

  @Test
  void should_leave_the_text_timestamp_rules_to_the_engine() {
    CqlStatement conditional = loggedBatch().add(CONDITIONAL).usingTimestamp(1L).build();
    CqlStatement counter = counterBatch().add(COUNTER).usingTimestamp(1L).build();
    CqlStatement timed =
        loggedBatch().add(deleteFrom("ks", "t").where("pk", 1).usingTimestamp(5L).build()).usingTimestamp(1L).build();

    assertThatThrownBy(() -> CqlValidator.cassandra().check(conditional, context(BatchTransport.TEXT)))
        .hasMessage(
            "TIMESTAMP_ON_CONDITIONAL_BATCH: the LOGGED batch has USING TIMESTAMP in its text, but"
                + " it is conditional (statement 0 is a lightweight transaction) and a conditional"
                + " batch takes no custom timestamp; remove the batch timestamp: Paxos assigns one");
    assertThatThrownBy(() -> CqlValidator.cassandra().check(counter, context(BatchTransport.TEXT)))
        .hasMessage(
            "TIMESTAMP_ON_COUNTER_BATCH: the COUNTER batch has USING TIMESTAMP in its text, but a"
                + " counter batch takes no custom timestamp; remove the batch timestamp");
    assertThatThrownBy(() -> CqlValidator.cassandra().check(timed, context(BatchTransport.TEXT)))
        .hasMessage(
            "TIMESTAMP_ON_BATCH_AND_STATEMENT: statement 0 (DELETE FROM ks.t USING TIMESTAMP ?"
                + " WHERE pk = ?) has its own USING TIMESTAMP while the batch text has one too, and a"
                + " timestamp is set either on the batch or on its statements; remove one of the two"
                + " timestamps");
    assertThat(CqlValidator.cassandra().check(timed, context(BatchTransport.PROTOCOL))).isEmpty();
  }

  @Test
  void should_leave_the_statement_limit_to_protocol_batches() {
    Batch batch = unloggedBatch();
    for (int i = 0; i <= CqlValidator.MAX_PROTOCOL_BATCH_STATEMENTS; i++) {
      batch = batch.add(DELETE);
    }
    CqlStatement full = batch.build();
    assertThat(full.children()).hasSize(65_536);
    CqlValidator rules = CqlValidator.cassandra().withPartitionKey("ks", "t", "pk");
    assertThatThrownBy(() -> rules.check(full, context(BatchTransport.PROTOCOL)))
        .hasMessage(
            "TOO_MANY_STATEMENTS: the UNLOGGED batch has 65536 statements, but a protocol batch"
                + " carries at most 65535; split it into smaller batches");
    assertThat(rules.check(full, context(BatchTransport.TEXT))).isEmpty();
  }

  private static RuleContext context(BatchTransport transport) {
    return RuleContext.of(transport, TableFacts.none(), null);
  }

  @Test
  void should_render_the_text_once_and_lazily() {
    CqlStatement batch = loggedBatch().add(INSERT).build();
    assertThat(batch.cql()).isSameAs(batch.cql());
  }
}
