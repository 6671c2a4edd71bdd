package io.cqlkit.executor;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.executor.testing.Answer;
import io.cqlkit.executor.testing.RecordedExecution;
import io.cqlkit.executor.testing.RecordingExecutor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three forms of a batch, its callbacks, and how it is sent. */
class CqlBatchTest {
  private final RecordingExecutor executor = RecordingExecutor.create();
  private final List<String> events = new ArrayList<>();
  private final List<String> callbackFailures = new ArrayList<>();
  private final CqlEngine engine =
      CqlEngine.of(executor)
          .withCallbackFailureHandler((index, e) -> callbackFailures.add(index + ": " + e.getMessage()));

  private static CqlStatement insert(int ck) {
    return insertInto("ks", "t").value("pk", 1).value("ck", ck).build();
  }

  private static final String TWO_INSERTS =
      "BEGIN BATCH\n"
          + "  INSERT INTO ks.t (pk, ck) VALUES (?, ?);\n"
          + "  INSERT INTO ks.t (pk, ck) VALUES (?, ?);\n"
          + "APPLY BATCH";

  @Test
  void should_execute_the_block_form_when_the_block_returns() {
    BatchResult result = engine.batch().run(b -> b.add(insert(1)).add(insert(2)));

    assertThat(result.wasSent()).isTrue();
    assertThat(executor.statements()).hasSize(1);
    CqlStatement sent = executor.statements().get(0);
    assertThat(sent.kind()).isEqualTo(StatementKind.BATCH);
    assertThat(sent.batchType()).contains(BatchType.LOGGED);
    assertThat(sent.cql()).isEqualTo(TWO_INSERTS);
    assertThat(sent.children()).containsExactly(insert(1), insert(2));
    assertThat(sent.params()).containsExactly(1, 1, 1, 2);
    assertThat(result.statement()).contains(sent);
  }

  @Test
  void should_not_execute_the_block_form_when_the_block_throws() {
    CqlBatch batch = engine.batch().addCallback(() -> events.add("callback"));

    assertThatThrownBy(
            () ->
                batch.run(
                    b -> {
                      b.add(insert(1));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full")
        .hasNoSuppressedExceptions();
    executor.assertNothingSent();
    assertThat(events).isEmpty();
    assertThatThrownBy(batch::execute)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this batch was already discarded: create a new batch with engine.batch()");
  }

  @Test
  void should_execute_on_exception_when_asked_and_still_propagate_it() {
    CqlBatch batch =
        engine.batch().executeOnException(true).addCallback(() -> events.add("callback"));

    assertThatThrownBy(
            () ->
                batch.run(
                    b -> {
                      b.add(insert(1));
                      throw new IllegalStateException("mystery");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("mystery");
    assertThat(executor.statements()).hasSize(1);
    assertThat(executor.statements().get(0).children()).containsExactly(insert(1));
    assertThat(events).containsExactly("callback");
  }

  @Test
  void should_run_callbacks_in_order_with_their_arguments_after_execute() {
    CqlBatch batch =
        engine.batch()
            .add(insert(1))
            .addCallback(() -> events.add("first"))
            .addCallback(events::add, "second")
            .addCallback((String a, Integer b) -> events.add(a + b), "third:", 3);
    assertThat(events).isEmpty();

    BatchResult result = batch.execute();

    assertThat(events).containsExactly("first", "second", "third:3");
    assertThat(result.callbackFailures()).isEmpty();
  }

  @Test
  void should_isolate_a_failing_callback_and_report_it() {
    RuntimeException boom = new RuntimeException("boom");
    BatchResult result =
        engine.batch()
            .add(insert(1))
            .addCallback(() -> events.add("first"))
            .addCallback(() -> { throw boom; })
            .addCallback(() -> events.add("third"))
            .execute();

    assertThat(events).containsExactly("first", "third");
    assertThat(result.callbackFailures()).containsExactly(boom);
    assertThat(callbackFailures).containsExactly("1: boom");
    assertThat(result.wasSent()).isTrue();
    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_run_every_callback_when_one_throws_an_error_then_rethrow_it() {
    AssertionError first = new AssertionError("first");
    CqlBatch batch =
        engine.batch()
            .add(insert(1))
            .addCallback(() -> events.add("one"))
            .addCallback(() -> { throw first; })
            .addCallback(() -> events.add("three"))
            .addCallback(() -> { throw new AssertionError("second"); })
            .addCallback(() -> events.add("five"));

    assertThatThrownBy(batch::execute)
        .isSameAs(first)
        .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("second"));
    assertThat(events).containsExactly("one", "three", "five");
    assertThat(batch.isExecuted()).isTrue();
    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_end_the_block_quietly_when_it_executed_the_batch_itself() {
    BatchResult result = engine.batch().run(b -> b.add(insert(1)).execute());

    assertThat(result.wasSent()).isTrue();
    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_end_the_block_quietly_when_it_discarded_the_batch() {
    BatchResult result = engine.batch().addCallback(() -> events.add("callback")).run(b -> b.add(insert(1)).discard());

    assertThat(result.wasSent()).isFalse();
    assertThat(events).isEmpty();
    executor.assertNothingSent();
  }

  @Test
  void should_not_run_callbacks_when_the_execution_fails() {
    executor.whenAny().thenFail(new QueryTimeoutException("write timeout"));
    CqlBatch batch = engine.batch().add(insert(1)).addCallback(() -> events.add("callback"));

    assertThatThrownBy(batch::execute)
        .isInstanceOf(QueryTimeoutException.class)
        .hasMessage("write timeout");
    assertThat(events).isEmpty();
    assertThat(batch.isExecuted()).isFalse();
  }

  @Test
  void should_execute_try_with_resources_at_close_after_complete() {
    try (CqlBatch batch = engine.batch()) {
      batch.add(insert(1)).add(insert(2));
      batch.complete();
      executor.assertNothingSent();
    }

    assertThat(executor.statements()).extracting(CqlStatement::cql).containsExactly(TWO_INSERTS);
  }

  @Test
  void should_refuse_to_lose_statements_when_closed_without_complete() {
    CqlBatch batch = engine.batch().add(insert(1)).add(insert(2));

    assertThatThrownBy(batch::close)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "batch closed without complete(), so its 2 statement(s) were not sent (first: INSERT"
                + " INTO ks.t (pk, ck) VALUES (?, ?)): call complete() as the last line of the try"
                + " block to send them at close, execute() to send them now, or discard() to drop"
                + " them; or use engine.batch().run(b -> ...)");
    executor.assertNothingSent();
  }

  @Test
  void should_keep_the_block_exception_and_report_unsent_statements_as_suppressed() {
    assertThatThrownBy(
            () -> {
              try (CqlBatch batch = engine.batch()) {
                batch.add(insert(1));
                throw new IllegalArgumentException("bad row");
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad row")
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .isInstanceOf(IllegalStateException.class));
    executor.assertNothingSent();
  }

  @Test
  void should_close_quietly_when_discarded_or_empty() {
    try (CqlBatch batch = engine.batch()) {
      batch.add(insert(1));
      batch.discard();
    }
    try (CqlBatch empty = engine.batch()) {
      assertThat(empty.size()).isZero();
    }

    executor.assertNothingSent();
  }

  @Test
  void should_execute_at_close_without_complete_when_execute_on_exception() {
    assertThatThrownBy(
            () -> {
              try (CqlBatch batch = engine.batch().executeOnException(true)) {
                batch.add(insert(1));
                throw new IllegalArgumentException("bad row");
              }
            })
        .hasMessage("bad row");

    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_execute_the_manual_form() {
    CqlBatch batch = engine.batch(BatchType.UNLOGGED);
    batch.add(insert(1));
    batch.add(insert(2));
    executor.assertNothingSent();

    batch.execute();

    assertThat(executor.statements().get(0).cql()).startsWith("BEGIN UNLOGGED BATCH\n");
    assertThat(batch.isExecuted()).isTrue();
    assertThatThrownBy(() -> batch.add(insert(3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot add a statement to this batch: it was already executed");
    assertThatThrownBy(batch::execute)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this batch was already executed: create a new batch with engine.batch()");
    batch.close();
  }

  @Test
  void should_send_nothing_for_an_empty_batch_and_still_run_callbacks() {
    BatchResult result = engine.batch().addCallback(() -> events.add("callback")).execute();

    assertThat(result.wasSent()).isFalse();
    assertThat(result.statement()).isEmpty();
    assertThat(result.result()).isEqualTo(CqlResult.empty());
    assertThat(events).containsExactly("callback");
    executor.assertNothingSent();
  }

  @Test
  void should_send_a_batch_level_timestamp() {
    engine.batch().usingTimestamp(1_700_000_000_000_000L).add(insert(1)).execute();

    CqlStatement sent = executor.statements().get(0);
    assertThat(sent.cql()).startsWith("BEGIN BATCH USING TIMESTAMP ?\n");
    assertThat(sent.batchTimestamp()).contains(1_700_000_000_000_000L);
    assertThat(sent.params()).containsExactly(1_700_000_000_000_000L, 1, 1);
  }

  @Test
  void should_send_a_counter_batch() {
    CqlStatement views = update("ks", "counters").increment("views", 1).where("page", "home").build();

    engine.batch(BatchType.COUNTER).add(views).add(views).execute();

    assertThat(executor.statements().get(0).cql()).startsWith("BEGIN COUNTER BATCH\n");
  }

  @Test
  void should_use_native_batches_when_the_executor_has_them_and_fall_back_otherwise() {
    RecordingExecutor nativeExecutor = RecordingExecutor.builder().nativeBatches().build();
    CqlEngine.of(nativeExecutor).batch().add(insert(1)).execute();
    engine.batch().add(insert(1)).execute();

    assertThat(nativeExecutor.executions()).extracting(RecordedExecution::nativeBatch).containsExactly(true);
    assertThat(executor.executions()).extracting(RecordedExecution::nativeBatch).containsExactly(false);
  }

  @Test
  void should_send_the_batch_with_its_options() {
    ExecutionOptions options =
        ExecutionOptions.defaults()
            .withConsistency(Consistency.LOCAL_QUORUM)
            .withSerialConsistency(Consistency.LOCAL_SERIAL);

    engine.batch().withOptions(options).add(insert(1)).execute();

    assertThat(executor.executions().get(0).options()).isEqualTo(options);
  }

  @Test
  void should_return_the_lwt_outcome_of_a_conditional_batch() {
    executor.when(CqlStatement::isConditional)
        .thenAnswer(Answer.notApplied(List.of(Map.of("pk", 1, "ck", 1), Map.of("pk", 1, "ck", 2))));
    CqlStatement first = insertInto("ks", "t").value("pk", 1).value("ck", 1).ifNotExists().build();
    CqlStatement second = insertInto("ks", "t").value("pk", 1).value("ck", 2).ifNotExists().build();

    BatchResult result =
        engine.batch().partitionKey("ks", "t", "pk").add(first).add(second).execute();

    assertThat(result.wasApplied()).isFalse();
    assertThat(result.lwt().applied()).isFalse();
    assertThat(result.lwt().rows()).hasSize(2);
    assertThat(result.lwt().existing()).get().extracting(r -> r.get("ck", Integer.class)).isEqualTo(1);
  }

  @Test
  void should_complete_asynchronously_and_run_callbacks_then() {
    executor.holdAnswers();
    var stage = engine.batch().add(insert(1)).addCallback(() -> events.add("callback")).executeAsync();
    assertThat(events).isEmpty();

    executor.releaseHeld();

    assertThat(stage.toCompletableFuture().join().wasSent()).isTrue();
    assertThat(events).containsExactly("callback");
  }

  @Test
  void should_build_the_checked_batch_statement() {
    CqlBatch batch = engine.batch().add(insert(1)).add(insert(2));

    assertThat(batch.toStatement().cql()).isEqualTo(TWO_INSERTS);
    assertThat(batch.statements()).containsExactly(insert(1), insert(2));
    assertThatThrownBy(() -> engine.batch().toStatement())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the batch is empty: add statements before building it");
    executor.assertNothingSent();
  }
}
