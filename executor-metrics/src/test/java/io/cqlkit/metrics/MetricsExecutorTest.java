package io.cqlkit.metrics;

import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.counterBatch;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.NativeBatchExecution;
import io.cqlkit.executor.QueryTimeoutException;
import io.cqlkit.executor.SchemaFacts;
import io.cqlkit.executor.testing.Answer;
import io.cqlkit.executor.testing.RecordingExecutor;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MetricsExecutorTest {
  private final MockClock clock = new MockClock();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

  @Test
  void should_time_each_statement_by_kind_keyspace_and_table() {
    CompletableFuture<CqlResult> pending = new CompletableFuture<>();
    CqlExecutor slow = (statement, options) -> pending;
    MetricsExecutor executor = MetricsExecutor.wrap(slow, registry);

    CompletionStage<CqlResult> stage =
        executor.executeAsync(insertInto("ks", "events").value("id", 1).build(), ExecutionOptions.defaults());
    assertThat(registry.get(MetricsExecutor.IN_FLIGHT).gauge().value()).isEqualTo(1.0);
    clock.add(Duration.ofMillis(7));
    pending.complete(CqlResult.empty());

    assertThat(stage.toCompletableFuture().join()).isSameAs(CqlResult.empty());
    Timer timer =
        registry.get(MetricsExecutor.STATEMENTS)
            .tag("kind", "insert").tag("keyspace", "ks").tag("table", "events")
            .timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7.0);
    assertThat(registry.get(MetricsExecutor.IN_FLIGHT).gauge().value()).isZero();
  }

  @Test
  void should_hand_back_a_stage_that_already_succeeded_as_it_is() {
    CompletableFuture<CqlResult> done = CompletableFuture.completedFuture(CqlResult.empty());
    MetricsExecutor executor = MetricsExecutor.wrap((statement, options) -> done, registry);

    CompletionStage<CqlResult> stage =
        executor.executeAsync(insertInto("ks", "t").value("id", 1).build(), ExecutionOptions.defaults());

    assertThat(stage).isSameAs(done);
    assertThat(registry.get(MetricsExecutor.STATEMENTS).timer().count()).isEqualTo(1);
    assertThat(registry.get(MetricsExecutor.IN_FLIGHT).gauge().value()).isZero();
  }

  @Test
  void should_keep_one_timer_per_kind_and_table() {
    MetricsExecutor executor = MetricsExecutor.wrap(RecordingExecutor.create(), registry);

    for (int i = 0; i < 3; i++) {
      executor.execute(insertInto("ks", "events").value("id", i).build());
      executor.execute(selectFrom("ks", "events").all().where("id", i).build());
    }
    executor.execute(insertInto("ks", "other").value("id", 1).build());
    executor.execute(selectFrom("events").all().build(), ExecutionOptions.defaults().withKeyspace("ks2"));
    executor.execute(selectFrom("events").all().build());

    assertThat(registry.find(MetricsExecutor.STATEMENTS).timers()).hasSize(5);
    assertThat(registry.get(MetricsExecutor.STATEMENTS).tag("kind", "insert").tag("table", "events").timer().count())
        .isEqualTo(3);
    assertThat(registry.get(MetricsExecutor.STATEMENTS).tag("kind", "select").tag("keyspace", "ks").timer().count())
        .isEqualTo(3);
    assertThat(registry.get(MetricsExecutor.STATEMENTS).tag("kind", "select").tag("keyspace", "ks2").timer().count())
        .isEqualTo(1);
    assertThat(registry.get(MetricsExecutor.STATEMENTS).tag("kind", "select").tag("keyspace", "none").timer().count())
        .isEqualTo(1);
  }

  @Test
  void should_count_errors_by_exception_type_and_deliver_the_same_failure() {
    QueryTimeoutException timeout = new QueryTimeoutException("timed out", null);
    RecordingExecutor db = RecordingExecutor.create();
    db.whenAny().thenAnswer(Answer.failure(timeout), Answer.failure(timeout), Answer.of(CqlResult.empty()));
    MetricsExecutor executor = MetricsExecutor.wrap(db, registry);
    CqlStatement insert = insertInto("ks", "events").value("id", 1).build();

    CompletionStage<CqlResult> failed = executor.executeAsync(insert, ExecutionOptions.defaults());
    assertThatThrownBy(() -> executor.execute(insert)).isSameAs(timeout);
    executor.execute(insert);

    assertThat(failed.toCompletableFuture().handle((r, e) -> e).join()).isSameAs(timeout);
    assertThat(
            registry.get(MetricsExecutor.ERRORS)
                .tag("kind", "insert").tag("table", "events").tag("exception", "QueryTimeoutException")
                .counter()
                .count())
        .isEqualTo(2.0);
    assertThat(registry.get(MetricsExecutor.STATEMENTS).timer().count()).isEqualTo(3);
    assertThat(registry.get(MetricsExecutor.IN_FLIGHT).gauge().value()).isZero();
  }

  @Test
  void should_turn_a_throwing_executor_into_a_failed_stage() {
    IllegalStateException broken = new IllegalStateException("broken");
    CqlExecutor throwing =
        (statement, options) -> {
          throw broken;
        };
    MetricsExecutor executor = MetricsExecutor.wrap(throwing, registry);

    CompletionStage<CqlResult> stage =
        executor.executeAsync(insertInto("ks", "t").value("id", 1).build(), ExecutionOptions.defaults());

    assertThatThrownBy(() -> stage.toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .hasCause(broken);
    assertThat(registry.get(MetricsExecutor.ERRORS).tag("exception", "IllegalStateException").counter().count())
        .isEqualTo(1.0);
    assertThat(registry.get(MetricsExecutor.IN_FLIGHT).gauge().value()).isZero();
  }

  @Test
  void should_forward_native_batches_and_measure_them() {
    RecordingExecutor db = RecordingExecutor.builder().nativeBatches().build();
    MetricsExecutor executor = MetricsExecutor.wrap(db, registry);
    CqlEngine engine = CqlEngine.of(executor);

    engine.batch().run(b -> {
      b.add(insertInto("ks", "events").value("id", 1).build());
      b.add(insertInto("ks", "events").value("id", 2).build());
      b.add(insertInto("ks", "events").value("id", 3).build());
    });
    engine.execute(
        loggedBatch()
            .add(insertInto("ks", "events").value("id", 1).build())
            .add(insertInto("ks2", "other").value("id", 1).build())
            .build());
    engine.execute(counterBatch().add(update("ks", "c").increment("n", 1).where("id", 1).build()).build());

    assertThat(executor.capability(NativeBatchExecution.class)).isPresent();
    assertThat(db.executions()).hasSize(3).allMatch(e -> e.nativeBatch());
    assertThat(registry.get(MetricsExecutor.STATEMENTS).tag("kind", "batch").tag("table", "events").timer().count())
        .isEqualTo(1);
    assertThat(
            registry.get(MetricsExecutor.STATEMENTS)
                .tag("kind", "batch").tag("keyspace", "multiple").tag("table", "multiple")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.get(MetricsExecutor.BATCH_SIZE).tag("type", "logged").summary().count()).isEqualTo(2);
    assertThat(registry.get(MetricsExecutor.BATCH_SIZE).tag("type", "logged").summary().totalAmount()).isEqualTo(5.0);
    assertThat(registry.get(MetricsExecutor.BATCH_SIZE).tag("type", "counter").summary().max()).isEqualTo(1.0);
  }

  @Test
  void should_offer_no_native_batches_when_the_wrapped_executor_has_none() {
    RecordingExecutor db = RecordingExecutor.create();
    MetricsExecutor executor = MetricsExecutor.wrap(db, registry);

    CqlEngine.of(executor).batch().run(b -> b.add(insertInto("ks", "t").value("id", 1).build()));

    assertThat(executor.capability(NativeBatchExecution.class)).isEmpty();
    assertThat(db.executions()).singleElement().matches(e -> !e.nativeBatch());
    assertThat(registry.get(MetricsExecutor.STATEMENTS).tag("kind", "batch").timer().count()).isEqualTo(1);
  }

  @Test
  void should_forward_schema_facts_so_the_engine_checks_partitions() {
    RecordingExecutor db = RecordingExecutor.builder().partitionKey("ks", "locks", "name").build();
    MetricsExecutor executor = MetricsExecutor.wrap(db, registry);
    CqlEngine engine = CqlEngine.of(executor);

    assertThat(executor.capability(SchemaFacts.class)).containsSame(db);
    assertThat(executor.capability(MetricsExecutor.class)).containsSame(executor);
    assertThatThrownBy(
            () ->
                engine.execute(
                    loggedBatch()
                        .add(insertInto("ks", "locks").value("name", "a").value("owner", "me").ifNotExists().build())
                        .add(insertInto("ks", "locks").value("name", "b").value("owner", "me").ifNotExists().build())
                        .build()))
        .isInstanceOf(CqlRuleViolationException.class);
    db.assertNothingSent();
  }

  @Test
  void should_publish_the_configured_percentiles_and_common_tags() {
    MetricsExecutor executor =
        MetricsExecutor.builder(RecordingExecutor.create(), registry)
            .percentiles(0.5, 0.99)
            .tag("cluster", "main")
            .build();

    executor.execute(insertInto("ks", "t").value("id", 1).build());

    Timer timer = registry.get(MetricsExecutor.STATEMENTS).tag("cluster", "main").timer();
    assertThat(timer.takeSnapshot().percentileValues())
        .extracting(ValueAtPercentile::percentile)
        .containsExactly(0.5, 0.99);
    assertThat(registry.get(MetricsExecutor.IN_FLIGHT).tag("cluster", "main").gauge()).isNotNull();
  }

  @Test
  void should_refuse_bad_arguments_with_the_fix() {
    assertThatThrownBy(() -> MetricsExecutor.wrap(null, registry))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("executor must not be null: pass the executor to measure");
    assertThatThrownBy(() -> MetricsExecutor.wrap(RecordingExecutor.create(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "registry must not be null: pass your application's MeterRegistry (or a SimpleMeterRegistry in tests)");
    assertThatThrownBy(() -> MetricsExecutor.builder(RecordingExecutor.create(), registry).percentiles(99))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a percentile is in [0, 1] (0.99 is the 99th), but was 99.0");
  }

  @Test
  void should_use_the_system_clock_by_default() {
    SimpleMeterRegistry real = new SimpleMeterRegistry();
    assertThat(real.config().clock()).isSameAs(Clock.SYSTEM);
    MetricsExecutor.wrap(RecordingExecutor.create(), real).execute(insertInto("ks", "t").value("id", 1).build());
    assertThat(real.get(MetricsExecutor.STATEMENTS).timer().count()).isEqualTo(1);
    // the statement timer, the in-flight gauge and one batch-size summary per batch type
    assertThat(real.getMeters()).hasSize(5);
  }
}
