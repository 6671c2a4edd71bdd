package io.cqlkit.executor;

import io.cqlkit.executor.internal.Dispatch;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.testing.Answer;
import io.cqlkit.executor.testing.RecordingExecutor;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rows, pages, LWT outcomes, warnings and errors as the engine hands them out. */
class ResultsTest {

  @Test
  void should_read_a_row_by_name_as_a_type_or_as_a_map() {
    UUID id = UUID.randomUUID();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", id);
    values.put("age", 42);
    values.put("nick", null);
    Row row = Row.of(values);

    assertThat(row.get("id", UUID.class)).isEqualTo(id);
    assertThat(row.get("age", int.class)).isEqualTo(42);
    assertThat(row.getObject("nick")).isNull();
    assertThat(row.columnNames()).containsExactly("id", "age", "nick");
    assertThat(row.asMap()).isEqualTo(values);
    assertThatThrownBy(() -> row.get("age", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'age' holds a java.lang.Integer, which cannot be read as java.lang.String");
    assertThatThrownBy(() -> row.getObject("name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column 'name' in this row; its columns are [id, age, nick]");
  }

  @Test
  void should_give_the_lwt_outcome_and_the_existing_row() {
    CqlResult notApplied =
        CqlResult.of(List.of(Row.of(Map.of(LwtResult.APPLIED_COLUMN, false, "owner", "bob"))));
    CqlResult applied = CqlResult.of(List.of(Row.of(Map.of(LwtResult.APPLIED_COLUMN, true))));

    assertThat(notApplied.wasApplied()).isFalse();
    assertThat(notApplied.lwt().existing()).get().extracting(r -> r.get("owner", String.class)).isEqualTo("bob");
    assertThat(applied.lwt().applied()).isTrue();
    assertThat(applied.lwt().existing()).isEmpty();
    assertThat(CqlResult.empty().wasApplied()).isTrue();
    assertThatThrownBy(() -> CqlResult.empty().lwt())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("this result has no [applied] column");
  }

  @Test
  void should_iterate_every_row_across_pages_lazily() {
    RecordingExecutor executor = RecordingExecutor.create();
    PagingState second = PagingState.of(ByteBuffer.wrap(new byte[] {2}));
    PagingState third = PagingState.of(ByteBuffer.wrap(new byte[] {3}));
    executor.when(s -> true).thenAnswer(
        Answer.of(CqlResult.of(List.of(row(1), row(2)), second, List.of(), null)),
        Answer.of(CqlResult.of(List.of(row(3)), third, List.of(), null)),
        Answer.of(CqlResult.of(List.of(row(4)))));
    CqlStatement select = selectFrom("ks", "t").build();
    ExecutionOptions options = ExecutionOptions.defaults().withPageSize(2);

    List<Integer> firstTwo;
    try (Stream<Row> rows = CqlEngine.of(executor).withOptions(options).allRows(select)) {
      firstTwo = rows.limit(2).map(r -> r.get("n", Integer.class)).collect(Collectors.toList());
    }
    assertThat(firstTwo).containsExactly(1, 2);
    assertThat(executor.sentCount()).isEqualTo(1);

    List<Integer> rest = executor.allRows(select, options).map(r -> r.get("n", Integer.class)).collect(Collectors.toList());

    assertThat(rest).containsExactly(3, 4);
    assertThat(executor.executions()).extracting(e -> e.options().pagingState().orElse(null))
        .containsExactly(null, null, third);
  }

  @Test
  void should_refuse_to_page_through_a_write_before_sending_it() {
    RecordingExecutor executor = RecordingExecutor.create();
    CqlEngine engine = CqlEngine.of(executor);
    CqlStatement insert = insertInto("ks", "t").value("pk", 1).build();

    assertThatThrownBy(() -> engine.allRows(insert))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "allRows(...) pages through the rows of a query, but INSERT INTO ks.t (pk) VALUES (?)"
                + " is an INSERT: send it with execute(...)");
    assertThatThrownBy(() -> engine.allRows(loggedBatch().add(insert).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("is a BATCH: send it with execute(...)");
    executor.assertNothingSent();
    try (Stream<Row> rows = engine.allRows(Cql.raw("SELECT * FROM ks.t"))) {
      assertThat(rows).isEmpty();
    }
    assertThat(executor.sentCount()).isEqualTo(1);
  }

  @Test
  void should_keep_a_paging_state_as_a_token() {
    PagingState state = PagingState.of(ByteBuffer.wrap(new byte[] {1, 2, 3}));

    assertThat(PagingState.fromString(state.toString())).isEqualTo(state);
    assertThatThrownBy(() -> PagingState.fromString("%%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a paging state token: '%%'; pass a string from PagingState.toString()");
  }

  @Test
  void should_surface_server_warnings_after_the_engine_warnings() {
    RecordingExecutor executor = RecordingExecutor.create();
    executor.whenAny().thenReturn(CqlResult.of(List.of(), null, List.of("server says"), null));

    CqlResult result = CqlEngine.of(executor).execute(selectFrom("ks", "t").build());

    assertThat(result.warnings()).containsExactly("server says");
    assertThat(Dispatch.withWarnings(result, List.of("engine says")).warnings())
        .containsExactly("engine says", "server says");
  }

  @Test
  void should_keep_the_coordinator_through_the_engine_and_its_warnings() {
    InetSocketAddress node = InetSocketAddress.createUnresolved("127.0.0.2", 9042);
    RecordingExecutor executor = RecordingExecutor.create();
    executor.whenAny().thenReturn(CqlResult.empty().withCoordinator(node));

    CqlResult result = CqlEngine.of(executor).execute(selectFrom("ks", "t").build());

    assertThat(result.coordinator()).contains(node);
    assertThat(Dispatch.withWarnings(result, List.of("engine says")).coordinator()).contains(node);
    assertThat(CqlResult.empty().coordinator()).isEmpty();
    assertThat(result).isNotEqualTo(CqlResult.empty()).hasToString("CqlResult{rows=0, coordinator=" + node + "}");
  }

  @Test
  void should_throw_the_executor_exception_with_its_cause_to_a_synchronous_caller() {
    RecordingExecutor executor = RecordingExecutor.create();
    IllegalStateException driverError = new IllegalStateException("driver: read timeout");
    executor.whenAny().thenFail(new QueryTimeoutException("read timeout", driverError));

    assertThatThrownBy(() -> CqlEngine.of(executor).execute(selectFrom("ks", "t").build()))
        .isInstanceOf(QueryTimeoutException.class)
        .isInstanceOf(CqlExecutionException.class)
        .hasMessage("read timeout")
        .hasCause(driverError);
  }

  @Test
  void should_wrap_a_checked_failure_in_a_cql_execution_exception() {
    Exception checked = new java.io.IOException("socket closed");

    RuntimeException unwrapped =
        CqlExecutionException.unwrap(new java.util.concurrent.CompletionException(checked));

    assertThat(unwrapped).isInstanceOf(CqlExecutionException.class).hasCause(checked);
    assertThat(unwrapped).hasMessage("execution failed: java.io.IOException: socket closed");
  }

  private static Row row(int n) {
    return Row.of(Map.of("n", n));
  }
}
