package io.cqlkit.executor;

import io.cqlkit.builder.CqlStatement;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * Runs CQL statements. An implementer writes one method, {@link #executeAsync(CqlStatement,
 * ExecutionOptions)}; batches, rule checks, concurrent execution and named executors come from
 * the engine in this package on top of it.
 *
 * <p>An executor may offer optional capabilities ({@link NativeBatchExecution}, {@link
 * SchemaFacts}) by implementing them; the engine asks for them with {@link #capability(Class)}
 * and falls back when they are absent. A wrapper (metrics, logging) should forward {@code
 * capability} to the executor it wraps.
 *
 * <pre>{@code
 * CqlExecutor recorder = (statement, options) -> CompletableFuture.completedFuture(CqlResult.empty());
 * }</pre>
 */
@FunctionalInterface
public interface CqlExecutor {

  /**
   * Sends one statement. The returned stage completes with the result, or exceptionally with a
   * {@link CqlExecutionException} (the driver's or server's error kept as its cause).
   * Implementations must not block the calling thread.
   */
  CompletionStage<CqlResult> executeAsync(CqlStatement statement, ExecutionOptions options);

  /** Sends one statement with default options. */
  default CompletionStage<CqlResult> executeAsync(CqlStatement statement) {
    return executeAsync(statement, ExecutionOptions.defaults());
  }

  /**
   * Sends one statement and waits for its result.
   *
   * @throws CqlExecutionException when execution fails
   */
  default CqlResult execute(CqlStatement statement, ExecutionOptions options) {
    try {
      return executeAsync(statement, options).toCompletableFuture().join();
    } catch (CompletionException e) {
      throw CqlExecutionException.unwrap(e);
    }
  }

  /** Sends one statement with default options and waits for its result. */
  default CqlResult execute(CqlStatement statement) {
    return execute(statement, ExecutionOptions.defaults());
  }

  /**
   * Every row of a SELECT, across pages: the next page is fetched (with the paging state of the
   * previous one) only when the stream reaches it. Each fetch waits for its page.
   *
   * <pre>{@code
   * try (Stream<Row> rows = executor.allRows(select, ExecutionOptions.defaults().withPageSize(500))) {
   *   rows.map(r -> r.get("id", UUID.class)).forEach(ids::add);
   * }
   * }</pre>
   *
   * @throws CqlExecutionException from the stream's operations, when fetching a page fails
   */
  default Stream<Row> allRows(CqlStatement select, ExecutionOptions options) {
    return CqlEngine.pages(this, select, options);
  }

  /**
   * This executor's implementation of an optional capability, if it has one. The default answers
   * from the executor's own type.
   */
  default <C> Optional<C> capability(Class<C> type) {
    return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
  }
}
