package io.cqlkit.executor;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Term.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.executor.testing.RecordingExecutor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Bounded concurrent execution: order, window, fail-fast, collect-all, streaming, cancellation. */
class ConcurrentExecutionTest {
  private static final CqlTemplate INSERT =
      insertInto("ks", "t").value("pk", marker()).value("ck", marker()).template();

  private final RecordingExecutor executor = RecordingExecutor.create();

  private static CqlStatement insert(int i) {
    return INSERT.bind(i, i);
  }

  private static List<CqlStatement> inserts(int n) {
    return IntStream.range(0, n).mapToObj(ConcurrentExecutionTest::insert).collect(Collectors.toList());
  }

  private static boolean isInsert(CqlStatement s, int i) {
    return s.params().get(0).equals(i);
  }

  @Test
  void should_return_results_in_input_order_when_completions_come_in_reverse() {
    List<CompletableFuture<CqlResult>> pending = new ArrayList<>();
    List<CqlStatement> sent = new ArrayList<>();
    CqlExecutor reversing =
        (statement, options) -> {
          CompletableFuture<CqlResult> f = new CompletableFuture<>();
          pending.add(f);
          sent.add(statement);
          return f;
        };
    ConcurrentRun run = ConcurrentExecution.on(reversing).withWindow(5).start(inserts(5));
    for (int i = 4; i >= 0; i--) {
      pending.get(i).complete(CqlResult.of(List.of(Row.of(java.util.Map.of("i", i)))));
    }

    List<ExecutionResult> results = run.join();

    assertThat(results).extracting(ExecutionResult::index).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(results).extracting(r -> r.result().one().get("i", Integer.class)).containsExactly(0, 1, 2, 3, 4);
    assertThat(results).extracting(r -> r.statement().orElseThrow()).containsExactlyElementsOf(inserts(5));
  }

  @Test
  void should_never_have_more_than_the_window_in_flight() {
    executor.holdAnswers();
    ConcurrentRun run = ConcurrentExecution.on(executor).withWindow(10).start(inserts(1_000));

    assertThat(executor.inFlight()).isEqualTo(10);
    assertThat(run.issued()).isEqualTo(10);
    while (!run.isDone()) {
      executor.releaseHeld();
      assertThat(executor.inFlight()).isLessThanOrEqualTo(10);
    }

    assertThat(run.join()).hasSize(1_000).allMatch(ExecutionResult::isSuccess);
    assertThat(executor.maxInFlight()).isEqualTo(10);
    assertThat(executor.statements()).containsExactlyElementsOf(inserts(1_000));
  }

  @Test
  void should_stop_issuing_at_the_first_failure_when_fail_fast() {
    QueryTimeoutException timeout = new QueryTimeoutException("write timeout");
    executor.when(s -> isInsert(s, 2)).thenFail(timeout);

    assertThatThrownBy(() -> ConcurrentExecution.on(executor).withWindow(1).execute(inserts(100)))
        .isInstanceOfSatisfying(
            ConcurrentExecutionException.class,
            e -> {
              assertThat(e.index()).isEqualTo(2);
              assertThat(e.getCause()).isSameAs(timeout);
              assertThat(e.results()).extracting(ExecutionResult::isSuccess).containsExactly(true, true, false);
            })
        .hasMessage(
            "statement 2 (INSERT INTO ks.t (pk, ck) VALUES (?, ?)) failed, so no further statement"
                + " was issued: io.cqlkit.executor.QueryTimeoutException: write timeout");
    assertThat(executor.sentCount()).isEqualTo(3);
  }

  @Test
  void should_let_those_in_flight_finish_but_issue_nothing_after_a_failure() {
    executor.when(s -> isInsert(s, 1)).thenFail(new UnavailableException("2 replicas needed"));
    executor.holdAnswers();
    ConcurrentRun run = ConcurrentExecution.on(executor).withWindow(4).start(inserts(100));
    assertThat(run.issued()).isEqualTo(4);

    executor.releaseHeld();
    // statement 0 succeeded first and freed a slot, so statement 4 went out before 1 failed
    assertThat(run.issued()).isEqualTo(5);
    assertThat(run.isDone()).isFalse();
    executor.releaseHeld();

    assertThat(run.isDone()).isTrue();
    assertThat(run.issued()).isEqualTo(5);
    assertThat(run.done()).isEqualTo(5);
    assertThat(run.failed()).isEqualTo(1);
    assertThatThrownBy(run::join)
        .isInstanceOfSatisfying(
            ConcurrentExecutionException.class,
            e ->
                assertThat(e.results())
                    .extracting(ExecutionResult::isSuccess)
                    .containsExactly(true, false, true, true, true));
    assertThat(executor.sentCount()).isEqualTo(5);
  }

  @Test
  void should_collect_every_outcome_when_collect_all() {
    executor.when(s -> isInsert(s, 1) || isInsert(s, 3)).thenFail(new InvalidQueryException("bad"));

    List<ExecutionResult> results =
        ConcurrentExecution.on(executor).withWindow(2).collectAll().execute(inserts(5));

    assertThat(results).extracting(ExecutionResult::isSuccess).containsExactly(true, false, true, false, true);
    assertThat(results.get(1).error()).get().isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> results.get(1).result())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "statement 1 failed, so it has no result; check isSuccess() and read error():"
                + " io.cqlkit.executor.InvalidQueryException: bad");
    assertThat(executor.sentCount()).isEqualTo(5);
  }

  @Test
  void should_execute_one_template_with_many_argument_lists() {
    List<Object[]> arguments = List.of(new Object[] {1, 10}, new Object[] {2, 20}, new Object[] {3, 30});

    List<ExecutionResult> results =
        ConcurrentExecution.on(executor).executeWithArgs(INSERT::bind, arguments);

    assertThat(results).hasSize(3).allMatch(ExecutionResult::isSuccess);
    assertThat(executor.statements())
        .extracting(CqlStatement::params)
        .containsExactly(List.of(1, 10), List.of(2, 20), List.of(3, 30));
  }

  @Test
  void should_report_a_failing_binder_as_that_statement_failure() {
    List<Object[]> arguments = List.of(new Object[] {1, 10}, new Object[] {2}, new Object[] {3, 30});

    List<ExecutionResult> results =
        ConcurrentExecution.on(executor).collectAll().executeWithArgs(INSERT::bind, arguments);

    assertThat(results).extracting(ExecutionResult::isSuccess).containsExactly(true, false, true);
    assertThat(results.get(1).statement()).isEmpty();
    assertThat(results.get(1).error()).get().isInstanceOf(IllegalArgumentException.class);
    assertThat(executor.sentCount()).isEqualTo(2);
  }

  @Test
  void should_report_a_null_statement_or_a_binder_that_returns_null_as_that_statement_failure() {
    List<CqlStatement> input = new ArrayList<>(inserts(3));
    input.set(1, null);

    List<ExecutionResult> results = ConcurrentExecution.on(executor).collectAll().execute(input);
    List<ExecutionResult> bound =
        ConcurrentExecution.on(executor)
            .collectAll()
            .executeWithArgs(i -> i == 1 ? null : insert(i), List.of(0, 1, 2));

    assertThat(results).extracting(ExecutionResult::isSuccess).containsExactly(true, false, true);
    assertThat(results.get(1).error().orElseThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statement 1 is null: every element of a run must be a statement");
    assertThat(bound.get(1).error().orElseThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the binder made no statement of argument 1: it returned null");
    assertThat(executor.sentCount()).isEqualTo(4);
  }

  @Test
  void should_treat_an_executor_that_throws_as_that_statement_failure() {
    IllegalStateException closed = new IllegalStateException("session closed");
    CqlExecutor throwing =
        (statement, options) -> {
          if (isInsert(statement, 1)) {
            throw closed;
          }
          return CompletableFuture.completedFuture(CqlResult.empty());
        };

    List<ExecutionResult> results = ConcurrentExecution.on(throwing).collectAll().execute(inserts(3));

    assertThat(results).extracting(ExecutionResult::isSuccess).containsExactly(true, false, true);
    assertThat(results.get(1).error()).containsSame(closed);
  }

  @Test
  void should_not_recurse_when_futures_complete_synchronously() {
    QueryTimeoutException timeout = new QueryTimeoutException("t");
    CqlExecutor failing = (statement, options) -> CompletableFuture.failedFuture(timeout);
    CqlExecutor succeeding =
        (statement, options) -> CompletableFuture.completedFuture(CqlResult.empty());
    List<CqlStatement> many = Collections.nCopies(100_000, insert(1));

    List<ExecutionResult> failed = ConcurrentExecution.on(failing).withWindow(1).collectAll().execute(many);
    List<ExecutionResult> succeeded = ConcurrentExecution.on(succeeding).withWindow(1).execute(many);

    assertThat(failed).hasSize(100_000).noneMatch(ExecutionResult::isSuccess);
    assertThat(succeeded).hasSize(100_000).allMatch(ExecutionResult::isSuccess);
  }

  @Test
  void should_stop_issuing_when_cancelled() {
    executor.holdAnswers();
    ConcurrentRun run = ConcurrentExecution.on(executor).withWindow(5).start(inserts(100));

    run.cancel();
    executor.releaseHeld();

    assertThat(run.isCancelled()).isTrue();
    assertThat(run.isDone()).isTrue();
    assertThat(run.join()).hasSize(5).allMatch(ExecutionResult::isSuccess);
    assertThat(executor.sentCount()).isEqualTo(5);
  }

  @Test
  void should_report_progress_while_running() {
    executor.when(s -> isInsert(s, 0)).thenFail(new QueryTimeoutException("t"));
    executor.holdAnswers();
    ConcurrentRun run = ConcurrentExecution.on(executor).withWindow(3).collectAll().start(inserts(6));
    assertThat(List.of(run.issued(), run.done(), run.failed(), run.inFlight())).containsExactly(3L, 0L, 0L, 3L);

    executor.releaseHeld();

    assertThat(List.of(run.issued(), run.done(), run.failed(), run.inFlight())).containsExactly(6L, 3L, 1L, 3L);
    executor.stopHolding();
    assertThat(List.of(run.issued(), run.done(), run.failed(), run.inFlight())).containsExactly(6L, 6L, 1L, 0L);
    assertThat(run.results().toCompletableFuture().join()).hasSize(6);
  }

  @Test
  void should_stay_ordered_and_bounded_with_completions_on_other_threads() {
    RecordingExecutor executor = RecordingExecutor.builder().asyncAnswers().build();

    List<ExecutionResult> results =
        ConcurrentExecution.on(executor).withWindow(32).execute(inserts(5_000));

    assertThat(results).extracting(ExecutionResult::index)
        .containsExactlyElementsOf(LongStreamRange.of(5_000));
    assertThat(results).extracting(r -> r.statement().orElseThrow()).containsExactlyElementsOf(inserts(5_000));
    assertThat(executor.maxInFlight()).isLessThanOrEqualTo(32);
  }

  @Test
  void should_stream_a_million_statements_with_bounded_window_and_memory() {
    RecordingExecutor counting = RecordingExecutor.builder().countOnly().asyncAnswers().build();
    int total = 1_000_000;
    int window = 256;
    AtomicLong pulled = new AtomicLong();
    AtomicLong consumed = new AtomicLong();
    AtomicLong maxAhead = new AtomicLong();
    Iterator<CqlStatement> lazyInput =
        new Iterator<>() {
          int next;

          @Override
          public boolean hasNext() {
            return next < total;
          }

          @Override
          public CqlStatement next() {
            if (next >= total) {
              throw new NoSuchElementException();
            }
            long ahead = pulled.incrementAndGet() - consumed.get();
            maxAhead.accumulateAndGet(ahead, Math::max);
            return insert(next++);
          }
        };
    long heapBefore = usedHeapAfterGc();

    long expected = 0;
    try (ResultIterator results = ConcurrentExecution.on(counting).withWindow(window).iterate(lazyInput)) {
      while (results.hasNext()) {
        ExecutionResult result = results.next();
        assertThat(result.index()).isEqualTo(expected++);
        consumed.incrementAndGet();
        if (expected == total / 2) {
          assertThat(usedHeapAfterGc() - heapBefore).isLessThan(32L << 20);
        }
      }
      assertThat(results.done()).isEqualTo(total);
      assertThat(results.failed()).isZero();
    }

    assertThat(expected).isEqualTo(total);
    assertThat(counting.sentCount()).isEqualTo(total);
    assertThat(counting.maxInFlight()).isLessThanOrEqualTo(window).isGreaterThan(1);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(2L * window); // in flight, or waiting to be consumed
  }

  @Test
  void should_end_the_stream_at_the_first_failure_in_input_order_when_fail_fast() {
    executor.when(s -> isInsert(s, 3)).thenFail(new QueryTimeoutException("t"));
    List<Long> seen = new ArrayList<>();

    try (ResultIterator results = ConcurrentExecution.on(executor).withWindow(2).iterate(inserts(100).iterator())) {
      assertThatThrownBy(
              () -> {
                while (results.hasNext()) {
                  seen.add(results.next().index());
                }
              })
          .isInstanceOfSatisfying(ConcurrentExecutionException.class, e -> assertThat(e.index()).isEqualTo(3));
      assertThat(results.hasNext()).isFalse();
    }

    assertThat(seen).containsExactly(0L, 1L, 2L);
    assertThat(executor.sentCount()).isLessThanOrEqualTo(5);
  }

  @Test
  void should_stop_issuing_when_the_stream_is_closed() {
    AtomicLong pulled = new AtomicLong();
    Stream<CqlStatement> input = IntStream.range(0, 1_000).peek(i -> pulled.incrementAndGet()).mapToObj(ConcurrentExecutionTest::insert);

    List<Long> firstTen;
    try (Stream<ExecutionResult> results = ConcurrentExecution.on(executor).withWindow(8).stream(input)) {
      firstTen = results.limit(10).map(ExecutionResult::index).collect(Collectors.toList());
    }

    assertThat(firstTen).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(pulled.get()).isLessThanOrEqualTo(10 + 2 * 8); // the consumed, and at most two windows more
    assertThat(executor.sentCount()).isEqualTo(pulled.get());
  }

  @Test
  void should_refuse_a_window_below_one() {
    assertThatThrownBy(() -> ConcurrentExecution.on(executor).withWindow(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the window must be at least 1 statement in flight, but was 0");
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** 0..n-1 as boxed longs. */
  private static final class LongStreamRange {
    static List<Long> of(int n) {
      return java.util.stream.LongStream.range(0, n).boxed().collect(Collectors.toList());
    }
  }

  @Test
  void should_issue_every_statement_from_the_calling_thread_in_the_blocking_form() {
    Thread caller = Thread.currentThread();
    Set<Thread> issuers = ConcurrentHashMap.newKeySet();
    ExecutorService io = Executors.newFixedThreadPool(2);
    try {
      CqlExecutor completesOnOtherThreads =
          (statement, options) -> {
            issuers.add(Thread.currentThread());
            return CompletableFuture.supplyAsync(CqlResult::empty, io);
          };

      List<ExecutionResult> results =
          ConcurrentExecution.on(completesOnOtherThreads).withWindow(8).execute(inserts(2_000));

      assertThat(results).hasSize(2_000).allMatch(ExecutionResult::isSuccess);
      assertThat(issuers).containsExactly(caller);
    } finally {
      io.shutdownNow();
    }
  }
}
