package io.cqlkit.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cqlkit.builder.CqlStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * One slow statement does not stop the streaming form: while the consumer waits for it, the
 * statements after it keep going out (at most the window in flight), until a whole window of
 * results waits behind it.
 */
class ResultIteratorSlowHeadTest {

  @Test
  void should_keep_issuing_behind_a_slow_statement_with_at_most_the_window_in_flight() {
    int window = 8;
    int total = 200;
    HeldFutures held = new HeldFutures();
    CqlExecutor later = held.executor();
    // Completes statements as they come, but statement 0 only once statement 2 × window − 1 has
    // been sent: a window that counted every result not yet consumed would never send it.
    HeldFutures.complete(
        () -> {
          CompletableFuture<CqlResult> head = held.sent.take();
          for (int i = 1; i < total; i++) {
            CompletableFuture<CqlResult> next = held.sent.take();
            held.inFlight.decrementAndGet(); // before the engine can see it done
            next.complete(CqlResult.empty());
            if (i == 2 * window - 1) {
              held.inFlight.decrementAndGet();
              head.complete(CqlResult.empty());
            }
          }
        });
    List<CqlStatement> statements = HeldFutures.inserts(total);

    List<Long> seen = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try (ResultIterator results =
              ConcurrentExecution.on(later).withWindow(window).iterate(statements.iterator())) {
            while (results.hasNext()) {
              seen.add(results.next().index());
              assertThat(results.outstanding()).isLessThanOrEqualTo(2L * window);
            }
          }
        });

    assertThat(seen).hasSize(total).isSorted();
    assertThat(held.maxInFlight.get()).isLessThanOrEqualTo(window);
  }

  @Test
  void should_issue_as_soon_as_one_place_frees_while_waiting_for_a_slow_statement() {
    int window = 4;
    int total = 100;
    HeldFutures held = new HeldFutures();
    CqlExecutor later = held.executor();
    // An executor that completes statement 3 alone, then nothing until one more is sent: a
    // consumer that waited for more than one free place (or for statement 0) would wait forever.
    HeldFutures.complete(
        () -> {
          List<CompletableFuture<CqlResult>> first = new ArrayList<>();
          for (int i = 0; i < window; i++) {
            first.add(held.sent.take());
          }
          first.get(window - 1).complete(CqlResult.empty());
          CompletableFuture<CqlResult> fifth = held.sent.take();
          for (int i = 0; i < window - 1; i++) {
            first.get(i).complete(CqlResult.empty());
          }
          fifth.complete(CqlResult.empty());
          for (int i = window + 1; i < total; i++) {
            held.sent.take().complete(CqlResult.empty());
          }
        });
    List<CqlStatement> statements = HeldFutures.inserts(total);

    List<Long> seen = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try (ResultIterator results =
              ConcurrentExecution.on(later).withWindow(window).iterate(statements.iterator())) {
            results.forEachRemaining(r -> seen.add(r.index()));
          }
        });

    assertThat(seen).hasSize(total).isSorted();
  }

  @Test
  void should_stream_with_the_largest_window_without_allocating_for_it() {
    CqlExecutor now = (statement, options) -> CompletableFuture.completedFuture(CqlResult.empty());
    List<CqlStatement> statements = HeldFutures.inserts(1_000);

    List<Long> seen = new ArrayList<>();
    try (ResultIterator results =
        ConcurrentExecution.on(now).withWindow(Integer.MAX_VALUE).iterate(statements.iterator())) {
      results.forEachRemaining(r -> seen.add(r.index()));
      assertThat(results.outstanding()).isZero();
    }

    assertThat(seen).hasSize(1_000).isSorted();
  }
}
