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
 * The streaming form's consumer sleeps until the result it needs next completes, however the
 * others complete around it: results completed on another thread, each window in reverse order,
 * all come back in input order and nothing waits forever.
 */
class ResultIteratorWakeTest {

  @Test
  void should_hand_out_every_result_in_order_when_each_window_completes_in_reverse_on_another_thread() {
    int window = 8;
    int total = 4_000;
    HeldFutures held = new HeldFutures();
    CqlExecutor later = held.executor();
    HeldFutures.complete(
        () -> {
          for (int done = 0; done < total; done += window) {
            List<CompletableFuture<CqlResult>> batch = new ArrayList<>();
            for (int i = 0; i < Math.min(window, total - done); i++) {
              batch.add(held.sent.take());
            }
            for (int i = batch.size() - 1; i >= 0; i--) {
              batch.get(i).complete(CqlResult.empty()); // the head last
            }
          }
        });
    List<CqlStatement> statements = HeldFutures.inserts(total);

    List<Long> seen = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          try (ResultIterator results =
              ConcurrentExecution.on(later).withWindow(window).iterate(statements.iterator())) {
            while (results.hasNext()) {
              ExecutionResult result = results.next();
              assertThat(result.isSuccess()).isTrue();
              seen.add(result.index());
            }
          }
        });

    assertThat(seen).hasSize(total);
    assertThat(seen).isSorted();
    assertThat(seen.get(total - 1)).isEqualTo(total - 1L);
  }
}
