package io.cqlkit.executor;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.testing.RecordingExecutor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registering named executors and choosing one per call, per batch or per statement. */
class NamedExecutorsTest {
  private final RecordingExecutor main = RecordingExecutor.create();
  private final RecordingExecutor analytics = RecordingExecutor.create();
  private final ExecutorRegistry registry =
      ExecutorRegistry.create().register("main", main).register("analytics", analytics);
  private final CqlEngine engine = CqlEngine.of(registry);
  private final CqlStatement insert = insertInto("ks", "t").value("pk", 1).build();

  @Test
  void should_make_the_first_registered_executor_the_default() {
    assertThat(registry.defaultName()).isEqualTo("main");
    assertThat(registry.getDefault()).isSameAs(main);
    assertThat(registry.names()).containsExactly("main", "analytics");
  }

  @Test
  void should_change_the_default() {
    registry.setDefault("analytics");
    engine.execute(insert);

    assertThat(analytics.statements()).containsExactly(insert);
    main.assertNothingSent();
  }

  @Test
  void should_register_a_new_default() {
    RecordingExecutor other = RecordingExecutor.create();
    registry.registerDefault("other", other);

    engine.execute(insert);

    assertThat(other.statements()).containsExactly(insert);
  }

  @Test
  void should_unregister_and_forget_the_default() {
    assertThat(registry.unregister("main")).isSameAs(main);

    assertThat(registry.contains("main")).isFalse();
    assertThat(registry.findDefaultName()).isEmpty();
    assertThatThrownBy(() -> engine.execute(insert))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "no default executor; registered executors are [analytics]: register one, or call"
                + " setDefault(name)");
  }

  @Test
  void should_name_the_registered_executors_for_an_unknown_name() {
    assertThatThrownBy(() -> registry.get("reports"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no executor named 'reports'; registered executors are [main, analytics]: register it"
                + " first, or pick one of those");
    assertThatThrownBy(() -> engine.using("reports"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no executor named 'reports'");
    assertThatThrownBy(() -> registry.unregister("reports"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_refuse_a_name_twice() {
    assertThatThrownBy(() -> registry.register("main", analytics))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an executor named 'main' is already registered; unregister it first to replace it");
  }

  @Test
  void should_choose_the_executor_per_call() {
    engine.using("analytics").execute(insert);
    engine.execute(insert);

    assertThat(analytics.statements()).containsExactly(insert);
    assertThat(main.statements()).containsExactly(insert);
  }

  @Test
  void should_choose_the_executor_per_statement() {
    engine.execute(RoutedStatement.of("analytics", insert));

    assertThat(analytics.statements()).containsExactly(insert);
    main.assertNothingSent();
  }

  @Test
  void should_bind_a_batch_to_one_executor() {
    CqlBatch batch = engine.using("analytics").batch();
    batch.add(RoutedStatement.of("analytics", insert)).add(insert).execute();

    assertThat(batch.executorName()).isEqualTo("analytics");
    assertThat(analytics.statements()).hasSize(1);
    main.assertNothingSent();
  }

  @Test
  void should_refuse_a_statement_meant_for_another_executor_in_a_batch() {
    CqlBatch batch = engine.batch();

    assertThatThrownBy(() -> batch.add(RoutedStatement.of("analytics", insert)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the statement (INSERT INTO ks.t (pk) VALUES (?)) is meant for executor 'analytics',"
                + " but this batch runs on executor 'main': a batch runs on one executor, so add it"
                + " to a batch of engine.using(\"analytics\")");
    assertThat(batch.size()).isZero();
  }

  @Test
  void should_run_concurrent_execution_on_the_chosen_executor() {
    engine.using("analytics").concurrently().execute(List.of(insert, insert));

    assertThat(analytics.statements()).hasSize(2);
    main.assertNothingSent();
  }

  @Test
  void should_resolve_the_default_executor_of_concurrent_execution_when_it_runs() {
    ConcurrentExecution concurrently = engine.concurrently();
    registry.setDefault("analytics");

    concurrently.execute(List.of(insert));

    assertThat(analytics.statements()).hasSize(1);
    main.assertNothingSent();
  }

  @Test
  void should_override_the_keyspace_per_call() {
    CqlStatement unqualified = selectFrom("events").build();

    engine.using("analytics").withKeyspace("reports").execute(unqualified);
    engine.execute(unqualified, ExecutionOptions.defaults().withKeyspace("archive"));

    assertThat(analytics.executions().get(0).options().keyspace()).contains("reports");
    assertThat(main.executions().get(0).options().keyspace()).contains("archive");
  }

  @Test
  void should_offer_a_process_wide_registry() {
    assertThat(ExecutorRegistry.global()).isSameAs(ExecutorRegistry.global());
  }
}
