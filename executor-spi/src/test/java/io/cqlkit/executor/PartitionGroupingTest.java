package io.cqlkit.executor;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.rules.BatchLimits;
import io.cqlkit.executor.testing.RecordingExecutor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Concurrent execution grouped by partition into UNLOGGED batches, on a recording executor. */
class PartitionGroupingTest {

  private static List<ExecutionResult> groupedCollectingAll(
      RecordingExecutor executor, List<CqlStatement> input) {
    return CqlEngine.of(executor)
        .concurrently()
        .collectAll()
        .groupByPartition(GroupingOptions.defaults())
        .execute(input);
  }

  private static CqlStatement insert(int pk, int ck) {
    return insertInto("ks", "t").value("pk", pk).value("ck", ck).value("v", "x" + ck).build();
  }

  @Test
  void should_group_statements_of_one_partition_into_unlogged_batches_capped_by_count() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().build();
    List<CqlStatement> input = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      input.add(insert(i % 2, i)); // two partitions, interleaved
    }
    input.add(selectFrom("ks", "t").where("pk", 0).build()); // a read goes alone

    List<ExecutionResult> results =
        CqlEngine.of(executor)
            .concurrently()
            .groupByPartition(GroupingOptions.defaults().withMaxStatements(3))
            .execute(input);

    assertThat(results).hasSize(11);
    assertThat(results).allMatch(ExecutionResult::isSuccess);
    assertThat(results.stream().map(ExecutionResult::index).collect(Collectors.toList()))
        .isEqualTo(IntStream.range(0, 11).asLongStream().boxed().collect(Collectors.toList()));
    for (int i = 0; i < 11; i++) {
      assertThat(results.get(i).statement()).contains(input.get(i));
    }
    List<CqlStatement> sent = executor.statements();
    // 5 rows per partition in batches of at most 3: 3 + 2 for each, and the read alone.
    assertThat(sent).hasSize(5);
    assertThat(sent.stream().filter(s -> s.kind() == StatementKind.BATCH).count()).isEqualTo(4);
    assertThat(sent.stream().filter(s -> s.kind() == StatementKind.BATCH))
        .allSatisfy(b -> assertThat(b.cql()).startsWith("BEGIN UNLOGGED BATCH"));
    assertThat(sent.stream().mapToInt(s -> s.kind() == StatementKind.BATCH ? s.children().size() : 1).sum())
        .isEqualTo(11);
  }

  @Test
  void should_report_each_statement_of_a_failed_batch_failed_in_input_order() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().build();
    executor.when(s -> s.kind() == StatementKind.BATCH).thenFail(new IllegalStateException("boom"));
    List<CqlStatement> input = List.of(insert(1, 1), insert(2, 1), insert(1, 2), insert(3, 1));

    List<ExecutionResult> results = groupedCollectingAll(executor, input);

    assertThat(results).extracting(ExecutionResult::isSuccess).containsExactly(false, true, false, true);
    assertThat(results).extracting(ExecutionResult::index).containsExactly(0L, 1L, 2L, 3L);
    assertThat(results.get(0).error().orElseThrow()).hasMessageContaining("boom");
    assertThat(results.get(2).error()).isEqualTo(results.get(0).error());
  }

  @Test
  void should_report_a_null_statement_as_that_statement_failure() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().build();
    List<CqlStatement> input = new ArrayList<>(List.of(insert(1, 1), insert(1, 2), insert(1, 3)));
    input.set(1, null);

    List<ExecutionResult> results = groupedCollectingAll(executor, input);

    assertThat(results).extracting(ExecutionResult::isSuccess).containsExactly(true, false, true);
    assertThat(results.get(1).error().orElseThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statement 1 is null: every element of a run must be a statement");
  }

  @Test
  void should_stop_at_the_first_failed_statement_in_fail_fast_mode() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().build();
    executor.when(s -> s.kind() == StatementKind.BATCH).thenFail(new IllegalStateException("boom"));
    assertThatThrownBy(
            () ->
                CqlEngine.of(executor)
                    .concurrently()
                    .groupByPartition(GroupingOptions.defaults())
                    .execute(List.of(insert(2, 1), insert(1, 1), insert(1, 2))))
        .isInstanceOf(ConcurrentExecutionException.class)
        .satisfies(e -> assertThat(((ConcurrentExecutionException) e).index()).isEqualTo(1L));
  }

  @Test
  void should_hand_out_nothing_more_after_the_first_failure_in_fail_fast_mode() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().build();
    executor.when(s -> s.kind() == StatementKind.BATCH).thenFail(new IllegalStateException("boom"));
    // the batch of rows 1 and 2 is full, so it goes (and fails) before rows 0 and 3
    Iterator<ExecutionResult> results =
        CqlEngine.of(executor)
            .concurrently()
            .groupByPartition(GroupingOptions.defaults().withMaxStatements(2))
            .stream(Stream.of(insert(9, 0), insert(1, 1), insert(1, 2), insert(5, 0)))
            .iterator();

    assertThat(results.next().isSuccess()).isTrue();
    assertThatThrownBy(results::hasNext) // the stream's iterator takes the result to answer
        .isInstanceOf(ConcurrentExecutionException.class)
        .satisfies(e -> assertThat(((ConcurrentExecutionException) e).index()).isEqualTo(1L));
    assertThat(results.hasNext()).isFalse(); // row 2's result had come, but the run stopped
  }

  @Test
  void should_send_each_statement_alone_when_no_partition_key_is_known_unless_declared() {
    RecordingExecutor executor = RecordingExecutor.builder().nativeBatches().build();
    List<CqlStatement> input = List.of(insert(1, 1), insert(1, 2), insert(1, 3));
    CqlEngine engine = CqlEngine.of(executor);

    engine.concurrently().groupByPartition(GroupingOptions.defaults()).execute(input);
    assertThat(executor.statements()).hasSize(3);

    executor.reset();
    engine
        .concurrently()
        .groupByPartition(GroupingOptions.defaults().withPartitionKey("ks", "t", "pk"))
        .execute(input);
    assertThat(executor.statements()).hasSize(1);
    assertThat(executor.statements().get(0).children()).containsExactlyElementsOf(input);
  }

  @Test
  void should_cap_a_batch_below_the_warn_size() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().build();
    String big = "x".repeat(2000);
    List<CqlStatement> input = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      input.add(insertInto("ks", "t").value("pk", 1).value("ck", i).value("v", big).build());
    }
    CqlEngine.of(executor)
        .concurrently()
        .groupByPartition(GroupingOptions.defaults().withLimits(BatchLimits.of(5 * 1024, 50 * 1024)))
        .execute(input);
    // 2,000-byte values under a 5 KiB warn size: two a batch.
    assertThat(executor.statements()).hasSize(3);
  }

  @Test
  void should_stream_results_in_input_order_with_at_most_the_window_in_flight() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().asyncAnswers().build();
    int n = 20_000;
    long[] count = {0};
    long[] expected = {0};
    CqlEngine.of(executor)
        .concurrently()
        .withWindow(8)
        .groupByPartition(GroupingOptions.defaults().withMaxStatements(4))
        .stream(IntStream.range(0, n).mapToObj(i -> insert(i / 10, i)))
        .forEach(
            r -> {
              assertThat(r.index()).isEqualTo(expected[0]++);
              assertThat(r.isSuccess()).isTrue();
              count[0]++;
            });
    assertThat(count[0]).isEqualTo(n);
    assertThat(executor.maxInFlight()).isLessThanOrEqualTo(8);
    assertThat(executor.sentCount()).isEqualTo(n / 10 * 3); // 10 rows a partition: 4 + 4 + 2
  }

  @Test
  void should_send_a_full_batch_before_reading_on_and_a_lone_statement_within_the_horizon() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().build();
    int window = 8;
    int max = 4;
    int horizon = window * max;
    // 4 rows of partition 0, then 200 rows each alone in its partition
    List<int[]> rows = new ArrayList<>();
    for (int i = 0; i < 204; i++) {
      rows.add(new int[] {i < max ? 0 : i, i});
    }
    long[] sentBeforeRead = new long[rows.size()];
    int[] reads = {0};

    List<ExecutionResult> results =
        CqlEngine.of(executor)
            .concurrently()
            .withWindow(window)
            .groupByPartition(GroupingOptions.defaults().withMaxStatements(max))
            .executeWithArgs(
                (int[] row) -> {
                  sentBeforeRead[reads[0]++] = executor.sentCount();
                  return insert(row[0], row[1]);
                },
                rows);

    assertThat(results).extracting(ExecutionResult::index)
        .containsExactlyElementsOf(LongStream.range(0, 204).boxed().collect(Collectors.toList()));
    assertThat(results).allMatch(ExecutionResult::isSuccess);
    assertThat(executor.statements().get(0).children()).hasSize(max);
    // the batch of partition 0 went as soon as it was full, before the next row was read
    assertThat(sentBeforeRead[max]).isEqualTo(1);
    // a row alone in its partition waits at most a horizon (window × max) of input
    for (int i = max; i + horizon + 1 < rows.size(); i++) {
      assertThat(sentBeforeRead[i + horizon + 1])
          .as("statements sent before row %s is read", i + horizon + 1)
          .isGreaterThanOrEqualTo(i - max + 2);
    }
  }

  @Test
  void should_hand_out_results_while_reading_with_memory_bounded_by_the_horizon() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().asyncAnswers().build();
    int window = 16;
    int max = 8;
    long[] reads = {0};
    long[] handedOut = {0};
    long[] mostHeld = {0};
    CqlEngine.of(executor)
        .concurrently()
        .withWindow(window)
        .groupByPartition(GroupingOptions.defaults().withMaxStatements(max))
        .stream(
            IntStream.range(0, 50_000)
                .mapToObj(
                    i -> {
                      reads[0]++;
                      return insert(i % 3 == 0 ? i % 7 : i, i); // busy partitions among lone rows
                    }))
        .forEach(
            r -> {
              assertThat(r.index()).isEqualTo(handedOut[0]++);
              mostHeld[0] = Math.max(mostHeld[0], reads[0] - handedOut[0]);
            });
    assertThat(handedOut[0]).isEqualTo(50_000);
    assertThat(mostHeld[0]).isLessThanOrEqualTo(4L * window * max);
  }

  @Test
  void should_group_only_rows_within_the_look_ahead_when_one_is_set() {
    RecordingExecutor executor =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk").nativeBatches().build();
    List<CqlStatement> input = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      input.add(insert(i % 3, i)); // three partitions, round robin: a row's next is 3 rows on
    }
    CqlEngine engine = CqlEngine.of(executor);

    engine.concurrently().groupByPartition(GroupingOptions.defaults().withLookAhead(3)).execute(input);
    assertThat(executor.statements()).hasSize(12).noneMatch(s -> s.kind() == StatementKind.BATCH);

    executor.reset();
    engine.concurrently().groupByPartition(GroupingOptions.defaults().withLookAhead(4)).execute(input);
    assertThat(executor.statements()).extracting(s -> s.children().size()).containsOnly(2);
    assertThat(executor.statements()).hasSize(6);
  }

  @Test
  void should_refuse_a_look_ahead_out_of_range_and_show_it() {
    assertThatThrownBy(() -> GroupingOptions.defaults().withLookAhead(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the look-ahead is 1 to 1048576 statements of input, not 0");
    assertThatThrownBy(() -> GroupingOptions.defaults().withLookAhead((1 << 20) + 1))
        .hasMessage("the look-ahead is 1 to 1048576 statements of input, not 1048577");
    assertThat(GroupingOptions.defaults().lookAhead(256)).isEqualTo(256 * 32);
    assertThat(GroupingOptions.defaults().withLookAhead(128).lookAhead(256)).isEqualTo(128);
    assertThat(GroupingOptions.defaults().withLookAhead(128).withMaxStatements(8).lookAhead(256))
        .isEqualTo(128);
    assertThat(GroupingOptions.defaults().withLookAhead(128))
        .isNotEqualTo(GroupingOptions.defaults())
        .isEqualTo(GroupingOptions.defaults().withLookAhead(128))
        .hasToString(
            GroupingOptions.defaults().withLookAhead(128).toString())
        .asString()
        .contains("lookAhead=128");
  }

  @Test
  void should_refuse_the_forms_that_do_not_group_yet() {
    ConcurrentExecution grouped =
        CqlEngine.of(RecordingExecutor.create())
            .concurrently()
            .groupByPartition(GroupingOptions.defaults());
    assertThatThrownBy(() -> grouped.start(List.of(insert(1, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("start(...) does not group by partition yet");
    assertThatThrownBy(() -> GroupingOptions.defaults().withMaxStatements(1))
        .hasMessage("a batch groups 2 to 65535 statements (the protocol's limit), not 1");
  }
}
