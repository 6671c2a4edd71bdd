package io.cqlkit.executor;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.unloggedBatch;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.rules.BatchTransport;
import io.cqlkit.builder.rules.CqlRule;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.executor.internal.Dispatch;
import io.cqlkit.executor.testing.RecordedExecution;
import io.cqlkit.executor.testing.RecordingExecutor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch with ScyllaDB's {@code USING TIMEOUT} travels as its text, never as a protocol batch
 * (which has no timeout), and is judged by the rules of a batch sent as text.
 */
class BatchTimeoutTest {
  private static final Duration HALF_SECOND = Duration.ofMillis(500);
  private static final CqlStatement INSERT =
      insertInto("ks", "t").value("pk", 1).value("ck", 1).value("v", "a").build();
  private static final CqlStatement CONDITIONAL =
      update("ks", "t").set("v", "x").where("pk", 1).where("ck", 2).ifExists().build();
  private static final CqlStatement COUNTER =
      update("ks", "counters").increment("views", 1).where("page", "home").build();

  private final RecordingExecutor executor = RecordingExecutor.builder().nativeBatches().build();
  private final CqlEngine engine =
      CqlEngine.of(executor).withValidator(CqlValidator.cassandra().withPartitionKey("ks", "t", "pk"));

  @Test
  void should_send_a_timeout_batch_as_one_text_statement_and_a_plain_batch_natively() {
    CqlStatement timed = unloggedBatch().add(INSERT).usingTimestamp(9L).usingTimeout(HALF_SECOND).build();
    CqlStatement plain = unloggedBatch().add(INSERT).usingTimestamp(9L).build();

    engine.execute(timed);
    engine.execute(plain);

    List<RecordedExecution> sent = executor.executions();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).nativeBatch()).as("a timeout batch is no protocol batch").isFalse();
    assertThat(sent.get(0).statement()).isSameAs(timed);
    assertThat(sent.get(0).statement().cql())
        .isEqualTo(
            "BEGIN UNLOGGED BATCH USING TIMESTAMP ? AND TIMEOUT 500ms\n"
                + "  INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?);\n"
                + "APPLY BATCH");
    assertThat(sent.get(0).statement().params()).containsExactly(9L, 1, 1, "a");
    assertThat(sent.get(1).nativeBatch()).as("a plain batch still goes natively").isTrue();
    assertThat(sent.get(1).statement()).isSameAs(plain);
  }

  @Test
  void should_send_a_marker_timeout_batch_as_text_with_every_param() {
    CqlStatement timed =
        loggedBatch().add(INSERT).usingTimeout(marker(), HALF_SECOND).usingTimestamp(9L).build();

    engine.execute(timed);

    RecordedExecution sent = executor.executions().get(0);
    assertThat(sent.nativeBatch()).isFalse();
    assertThat(sent.statement().cql())
        .isEqualTo(
            "BEGIN BATCH USING TIMESTAMP ? AND TIMEOUT ?\n"
                + "  INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?);\n"
                + "APPLY BATCH");
    assertThat(sent.statement().params()).containsExactly(9L, HALF_SECOND, 1, 1, "a");
  }

  @Test
  void should_judge_a_timeout_batch_by_the_text_rules() {
    CqlStatement conditional =
        loggedBatch().add(INSERT).add(CONDITIONAL).usingTimestamp(5L).usingTimeout(HALF_SECOND).build();
    CqlStatement counter =
        Cql.counterBatch().add(COUNTER).usingTimestamp(5L).usingTimeout(HALF_SECOND).build();

    assertThatThrownBy(() -> engine.execute(conditional))
        .isInstanceOf(CqlRuleViolationException.class)
        .satisfies(e -> assertThat(((CqlRuleViolationException) e).rule()).isEqualTo(CqlRule.TIMESTAMP_ON_CONDITIONAL_BATCH))
        .hasMessage(
            "TIMESTAMP_ON_CONDITIONAL_BATCH: the LOGGED batch has USING TIMESTAMP in its text, but it"
                + " is conditional (statement 1 is a lightweight transaction) and a conditional batch"
                + " takes no custom timestamp; remove the batch timestamp: Paxos assigns one");
    assertThatThrownBy(() -> engine.execute(counter))
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "TIMESTAMP_ON_COUNTER_BATCH: the COUNTER batch has USING TIMESTAMP in its text, but a"
                + " counter batch takes no custom timestamp; remove the batch timestamp");
    executor.assertNothingSent();

    engine.execute(loggedBatch().add(INSERT).add(CONDITIONAL).usingTimestamp(5L).build());
    assertThat(executor.executions()).singleElement().satisfies(e -> assertThat(e.nativeBatch()).isTrue());
  }

  @Test
  void should_tell_the_rules_a_timeout_batch_travels_as_text() {
    CqlStatement timed = loggedBatch().add(INSERT).usingTimeout(HALF_SECOND).build();
    CqlStatement plain = loggedBatch().add(INSERT).build();
    Dispatch nativeDispatch = new Dispatch(executor, ExecutionOptions.defaults(), null);
    Dispatch textDispatch = new Dispatch(RecordingExecutor.create(), ExecutionOptions.defaults(), null);

    assertThat(nativeDispatch.ruleContext(timed).transport()).isEqualTo(BatchTransport.TEXT);
    assertThat(nativeDispatch.ruleContext(plain).transport()).isEqualTo(BatchTransport.PROTOCOL);
    assertThat(nativeDispatch.ruleContext(plain)).isSameAs(nativeDispatch.ruleContext());
    assertThat(textDispatch.ruleContext(timed).transport()).isEqualTo(BatchTransport.TEXT);
  }
}
