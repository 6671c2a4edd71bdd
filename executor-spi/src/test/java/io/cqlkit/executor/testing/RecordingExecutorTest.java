package io.cqlkit.executor.testing;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.Consistency;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.NativeBatchExecution;
import io.cqlkit.executor.QueryTimeoutException;
import io.cqlkit.executor.Row;
import io.cqlkit.executor.SchemaFacts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The test kit: recording, scripted answers, in-flight counters and capabilities. */
class RecordingExecutorTest {
  private final RecordingExecutor executor = RecordingExecutor.create();
  private final CqlStatement select = selectFrom("ks", "users").where("id", 1).build();
  private final CqlStatement insert = insertInto("ks", "users").value("id", 1).ifNotExists().build();

  @Test
  void should_record_statements_and_options_in_order() {
    ExecutionOptions quorum = ExecutionOptions.defaults().withConsistency(Consistency.QUORUM);
    executor.execute(select, quorum);
    executor.execute(insert);

    assertThat(executor.statements()).containsExactly(select, insert);
    assertThat(executor.executions()).extracting(RecordedExecution::options)
        .containsExactly(quorum, ExecutionOptions.defaults());
    assertThat(executor.sentCount()).isEqualTo(2);
  }

  @Test
  void should_answer_empty_when_nothing_matches() {
    assertThat(executor.execute(select)).isEqualTo(CqlResult.empty());
  }

  @Test
  void should_answer_rows_by_cql_text() {
    Row ann = Row.of(Map.of("name", "ann"));
    executor.whenCql("SELECT * FROM ks.users WHERE id = ?").thenAnswer(Answer.rows(ann));

    assertThat(executor.execute(select).one()).isEqualTo(ann);
    assertThat(executor.execute(insert).rows()).isEmpty();
  }

  @Test
  void should_answer_lwt_outcomes() {
    executor.when(CqlStatement::isConditional)
        .thenAnswer(Answer.applied(), Answer.notApplied(Map.of("id", 1, "owner", "bob")), Answer.notApplied());

    assertThat(executor.execute(insert).lwt().applied()).isTrue();
    assertThat(executor.execute(insert).lwt().existing()).get()
        .extracting(r -> r.get("owner", String.class)).isEqualTo("bob");
    assertThat(executor.execute(insert).lwt().existing()).isEmpty();
    assertThat(executor.execute(insert).wasApplied()).as("the last answer repeats").isFalse();
  }

  @Test
  void should_let_the_most_recent_matching_rule_win() {
    executor.whenAny().thenFail(new QueryTimeoutException("t"));
    executor.whenCql(select.cql()).thenReturn(CqlResult.empty());

    assertThat(executor.execute(select)).isEqualTo(CqlResult.empty());
    assertThatThrownBy(() -> executor.execute(insert)).isInstanceOf(QueryTimeoutException.class);
  }

  @Test
  void should_answer_after_a_delay() {
    executor.whenAny().thenAnswer(Answer.rows(Row.of(Map.of("n", 1))).delayed(Duration.ofMillis(1)));

    CompletableFuture<CqlResult> future = executor.executeAsync(select).toCompletableFuture();

    assertThat(future.join().one().get("n", Integer.class)).isEqualTo(1);
    assertThat(executor.inFlight()).isZero();
  }

  @Test
  void should_hold_answers_and_count_what_is_in_flight() {
    executor.holdAnswers();
    CompletableFuture<CqlResult> first = executor.executeAsync(select).toCompletableFuture();
    executor.executeAsync(insert);

    assertThat(first).isNotDone();
    assertThat(executor.heldCount()).isEqualTo(2);
    assertThat(executor.inFlight()).isEqualTo(2);
    assertThat(executor.releaseHeld()).isEqualTo(2);
    assertThat(first).isCompleted();
    assertThat(executor.inFlight()).isZero();
    assertThat(executor.maxInFlight()).isEqualTo(2);
  }

  @Test
  void should_assert_nothing_was_sent() {
    executor.assertNothingSent();
    executor.execute(select);

    assertThatThrownBy(executor::assertNothingSent)
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected nothing to be sent, but 1 statement(s) were: [SELECT * FROM ks.users WHERE id = ?]");
    executor.reset();
    executor.assertNothingSent();
  }

  @Test
  void should_offer_capabilities_only_when_built_with_them() {
    RecordingExecutor rich =
        RecordingExecutor.builder().nativeBatches().partitionKey("ks", "users", "id").build();

    assertThat(executor.capability(NativeBatchExecution.class)).isEmpty();
    assertThat(executor.capability(SchemaFacts.class)).isEmpty();
    assertThat(rich.capability(NativeBatchExecution.class)).containsSame(rich);
    assertThat(rich.capability(SchemaFacts.class).orElseThrow().partitionKeyColumns("ks", "users"))
        .contains(List.of("id"));
    assertThat(rich.partitionKeyColumns("ks", "other")).isEmpty();
  }

  @Test
  void should_count_without_recording() {
    RecordingExecutor counting = RecordingExecutor.builder().countOnly().build();
    counting.execute(select);

    assertThat(counting.sentCount()).isEqualTo(1);
    assertThat(counting.statements()).isEmpty();
  }
}
